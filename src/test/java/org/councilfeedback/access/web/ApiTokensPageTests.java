package org.councilfeedback.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.councilfeedback.access.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * {@code /staff/account/tokens}: staff create personal API tokens, see each secret once, use it as
 * {@code Authorization: Bearer} against the API, and revoke it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokensPageTests {

    private static final UserRequestPostProcessor OFFICER = user("complaints.officer").roles("COMPLAINTS_OFFICER");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Test
    void createsATokenAndShowsItsSecretOnceOnly() throws Exception {
        MvcResult created = mvc.perform(post("/staff/account/tokens").with(OFFICER).with(csrf()).param("name", "Case system"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/account/tokens"))
                .andExpect(flash().attribute("newTokenName", "Case system"))
                .andReturn();
        String secret = (String) created.getFlashMap().get("newTokenSecret");
        assertThat(secret).startsWith("cf_").hasSizeGreaterThan(40);
        Cookie session = created.getResponse().getCookie("SESSION");

        mvc.perform(get("/staff/account/tokens").with(OFFICER).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Token created"), containsString(secret),
                        containsString("It will not be shown again"), containsString("Case system"),
                        containsString("moj-badge moj-badge--green\">Active"))));
        mvc.perform(get("/staff/account/tokens").with(OFFICER).cookie(session))
                .andExpect(content().string(allOf(not(containsString(secret)), containsString("Case system"))));
    }

    @Test
    void theTokenWorksAgainstTheApiUntilItIsRevoked() throws Exception {
        MvcResult created = mvc.perform(post("/staff/account/tokens").with(OFFICER).with(csrf()).param("name", "Reporting"))
                .andReturn();
        String secret = (String) created.getFlashMap().get("newTokenSecret");

        mvc.perform(get("/api/v1/feedback").with(anonymous()).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/feedback").with(anonymous()))
                .andExpect(status().isUnauthorized());

        long id = tokens.of("complaints.officer").stream().filter(token -> token.name().equals("Reporting"))
                .findFirst().orElseThrow().id();
        mvc.perform(post("/staff/account/tokens/" + id + "/revoke").with(OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/account/tokens"))
                .andExpect(flash().attribute("revokedTokenName", "Reporting"));

        mvc.perform(get("/api/v1/feedback").with(anonymous()).header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/staff/account/tokens").with(OFFICER))
                .andExpect(content().string(containsString("moj-badge moj-badge--grey\">Revoked")));
    }

    @Test
    void listsOnlyYourOwnTokensAndCannotRevokeSomeoneElses() throws Exception {
        String secret = tokens.issue("investigator", "Investigator's own");
        long id = tokens.of("investigator").get(0).id();

        mvc.perform(get("/staff/account/tokens").with(OFFICER))
                .andExpect(content().string(not(containsString("Investigator&#39;s own"))));
        mvc.perform(post("/staff/account/tokens/" + id + "/revoke").with(OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(0));

        mvc.perform(get("/api/v1/feedback").with(anonymous()).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenNeedsAShortName() throws Exception {
        mvc.perform(post("/staff/account/tokens").with(OFFICER).with(csrf()).param("name", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("<a href=\"#name\">Enter a name for the token, such as the system that will use it</a>"))));
        mvc.perform(post("/staff/account/tokens").with(OFFICER).with(csrf()).param("name", "x".repeat(101)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The token name must be 100 characters or fewer")));
    }

    @Test
    void anyRoleMayHaveTokens() throws Exception {
        mvc.perform(get("/staff/account/tokens").with(user("manager").roles("REPORT_VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Create a token")));
    }
}
