package org.councilfeedback;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Support for the staff pages of compliments, suggestions and representations: pages as a browser asks for them, forms
 * posted with their CSRF token, and a redirect followed with the session cookie, which carries the success banner.
 */
public abstract class FeedbackTypesPageTestSupport extends FeedbackTypesTestSupport {

    protected static RequestPostProcessor investigator() {
        return as("investigator", "INVESTIGATING_OFFICER");
    }

    protected static RequestPostProcessor reportViewer() {
        return as("manager", "REPORT_VIEWER");
    }

    /** A Director of none of the profile's policy areas. */
    protected static RequestPostProcessor otherDirector() {
        return as("other.director", "DIRECTOR");
    }

    protected ResultActions page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(who));
    }

    protected ResultActions casePage(String reference, RequestPostProcessor who) throws Exception {
        return page("/staff/feedback/" + reference, who);
    }

    /** Posts a form: {@code fields} are names and values in turn. */
    protected ResultActions submitForm(String path, RequestPostProcessor who, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).accept(MediaType.TEXT_HTML).with(who).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    /** Follows a POST's redirect as the browser would, with the session cookie that carries the flash attributes. */
    protected ResultActions follow(ResultActions posted, RequestPostProcessor who) throws Exception {
        MvcResult result = posted.andExpect(status().is3xxRedirection()).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        MockHttpServletRequestBuilder request = get(result.getResponse().getRedirectedUrl()).accept(MediaType.TEXT_HTML)
                .with(who);
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request);
    }
}
