package org.councilfeedback.access.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /staff/sign-in}: the staff sign-in form, its error, and signing out. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheSignInFormToAnyone() throws Exception {
        mvc.perform(get("/staff/sign-in"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1 class=\"govuk-heading-l\">Sign in</h1>"),
                        containsString("name=\"username\""), containsString("name=\"password\""),
                        containsString("name=\"_csrf\""), containsString("Cambridgeshire County Council"),
                        not(containsString("Primary navigation")), not(containsString("There is a problem")))));
    }

    @Test
    void aDemoAccountSignsInAndLandsOnTheWorkQueue() throws Exception {
        mvc.perform(formLogin("/staff/sign-in").user("complaints.officer").password("demo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff"));
    }

    @Test
    void aWrongPasswordComesBackWithAnError() throws Exception {
        mvc.perform(formLogin("/staff/sign-in").user("complaints.officer").password("wrong"))
                .andExpect(redirectedUrl("/staff/sign-in?error"));
        mvc.perform(get("/staff/sign-in").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Error: Sign in"),
                        containsString("There is a problem"),
                        containsString("<a href=\"#username\">Enter a correct username and password</a>"))));
    }

    @Test
    void signingOutComesBackToSignInWithABanner() throws Exception {
        mvc.perform(post("/staff/sign-out").accept(MediaType.TEXT_HTML)
                        .with(user("complaints.officer").roles("COMPLAINTS_OFFICER")).with(csrf()))
                .andExpect(redirectedUrl("/staff/sign-in?signedOut"));
        mvc.perform(get("/staff/sign-in").param("signedOut", ""))
                .andExpect(content().string(allOf(containsString("govuk-notification-banner--success"),
                        containsString("You have signed out"))));
    }

    @Test
    void someoneSignedInGoesStraightToTheirStartPage() throws Exception {
        mvc.perform(get("/staff/sign-in").with(user("complaints.officer").roles("COMPLAINTS_OFFICER")))
                .andExpect(redirectedUrl("/staff"));
    }

    @Test
    void aBrowserIsAskedToSignInFirst() throws Exception {
        mvc.perform(get("/staff/record").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/sign-in"));
    }
}
