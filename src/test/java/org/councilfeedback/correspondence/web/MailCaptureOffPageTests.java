package org.councilfeedback.correspondence.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /staff/mail} where mail capture is off, as in production: no such page, and no link to it. */
@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("complaints.officer")
class MailCaptureOffPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void mailIsPageNotFound() throws Exception {
        mvc.perform(get("/staff/mail"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        mvc.perform(get("/staff/mail/1")).andExpect(status().isNotFound());
    }

    @Test
    void theNavigationHasNoMailLink() throws Exception {
        mvc.perform(get("/staff"))
                .andExpect(content().string(allOf(containsString(">Print queue<"), not(containsString(">Mail<")))));
    }
}
