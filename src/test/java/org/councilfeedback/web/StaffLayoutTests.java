package org.councilfeedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff layout: the assets it links resolve, nothing inline for the content security policy to block, a skip
 * link, and a navigation that offers each role exactly what it may open.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffLayoutTests {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|assets)/[^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void everyStylesheetAndScriptThePagesLinkResolvesWithoutSigningIn() throws Exception {
        String page = mvc.perform(get("/staff/sign-in")).andReturn().getResponse().getContentAsString();
        List<String> assets = new ArrayList<>();
        Matcher matcher = ASSET.matcher(page);
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        assertThat(assets).hasSizeGreaterThanOrEqualTo(4);
        for (String asset : assets) {
            mvc.perform(get(asset)).andExpect(status().isOk());
        }
        String script = mvc.perform(get("/assets/staff/staff.js")).andReturn().getResponse().getContentAsString();
        Matcher imports = Pattern.compile("from '(/webjars/[^']+)'").matcher(script);
        int count = 0;
        while (imports.find()) {
            mvc.perform(get(imports.group(1))).andExpect(status().isOk());
            count++;
        }
        assertThat(count).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/staff", "/staff/feedback", "/staff/record", "/staff/print-queue", "/staff/calls",
            "/staff/account/tokens"})
    void pagesHaveNoInlineScriptOrStyleAndASkipLink(String path) throws Exception {
        mvc.perform(get(path).with(user("complaints.officer").roles("COMPLAINTS_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#main-content\" class=\"govuk-skip-link\""),
                        containsString("id=\"main-content\""),
                        not(containsString(" style=\"")), not(containsString("<style")),
                        not(containsString("<script>")),
                        containsString("<script type=\"module\" src=\"/assets/staff/staff.js\">"),
                        containsString("<form class=\"cf-sign-out\" method=\"post\" action=\"/staff/sign-out\">"
                                + "<input type=\"hidden\" name=\"_csrf\""))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "CUSTOMER_SERVICES,       true,  true,  true",
            "COMPLAINTS_OFFICER,      true,  true,  true",
            "INVESTIGATING_OFFICER,   true,  true,  false",
            "SOCIAL_CARE_COMPLAINTS,  true,  true,  true",
            "DATA_PROTECTION_OFFICER, true,  true,  true",
            "DIRECTOR,                true,  false, false",
            "ADMIN,                   false, false, false",
            "REPORT_VIEWER,           false, false, false"})
    void theNavigationOffersEachRoleWhatItMayOpen(String role, boolean caseWork, boolean recording,
            boolean correspondence) throws Exception {
        String page = mvc.perform(get("/staff/account/tokens").with(user("someone").roles(role)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page.contains(">Work queue</a>")).isEqualTo(caseWork);
        assertThat(page.contains(">Search</a>")).isEqualTo(caseWork);
        assertThat(page.contains(">Record feedback</a>")).isEqualTo(recording);
        assertThat(page.contains(">Print queue</a>")).isEqualTo(correspondence);
        assertThat(page.contains(">Calls</a>")).isEqualTo(correspondence);
        assertThat(page).contains(">API tokens</a>");
        for (String link : List.of("/staff/feedback", "/staff/record", "/staff/print-queue", "/staff/calls")) {
            boolean offered = page.contains("href=\"" + link + "\"");
            int expected = offered ? 200 : 403;
            mvc.perform(get(link).with(user("someone").roles(role))).andExpect(status().is(expected));
        }
    }

    @Test
    void theHeaderNamesTheCouncilTheServiceAndWhoIsSignedIn() throws Exception {
        mvc.perform(get("/staff").with(user("complaints.officer").roles("COMPLAINTS_OFFICER")))
                .andExpect(content().string(allOf(containsString(">Cambridgeshire County Council</a>"),
                        containsString(">Feedback</a>"), containsString(">Chris Officer</span>"),
                        containsString(">Sign out</button>"), not(containsString("crown")))));
    }
}
