package org.councilfeedback.intake.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One person with one browser on the public journey: keeps the session cookie between requests, sends the CSRF token
 * with every form, and comes from an internet address of their own (so rate limits do not leak between tests).
 */
final class Visitor {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    /** The answers a complaint with an email reply gives on each page, in order. */
    static final Map<String, String[]> COMPLAINT_BY_EMAIL = answers(
            "/give-feedback", new String[] {"about", "FEEDBACK"},
            "/give-feedback/type", new String[] {"type", "COMPLAINT"},
            "/give-feedback/service", new String[] {"serviceArea", "highways"},
            "/give-feedback/what-happened", new String[] {"description", "The pothole outside 4 Mill Road was\r\nreported twice and is still there."},
            "/give-feedback/when", new String[] {"eventDate-day", "1", "eventDate-month", "10", "eventDate-year", "2026"},
            "/give-feedback/what-you-want", new String[] {"desiredOutcome", "Fill it in, please."},
            "/give-feedback/for-someone-else", new String[] {"forSomeoneElse", "no"},
            "/give-feedback/reply", new String[] {"anonymous", "contact"},
            "/give-feedback/name", new String[] {"name", "Sam Smith"},
            "/give-feedback/contact-method", new String[] {"contactMethod", "EMAIL"},
            "/give-feedback/email", new String[] {"email", "sam@example.org"});

    private final MockMvc mvc;
    private final String address;
    private Cookie session;

    Visitor(MockMvc mvc) {
        this.mvc = mvc;
        int n = ADDRESSES.getAndIncrement();
        this.address = "2001:db8::" + Integer.toHexString(n); // a documentation address: never contacted
    }

    String address() {
        return address;
    }

    MockHttpServletResponse get(String path) throws Exception {
        return perform(MockMvcRequestBuilders.get(path));
    }

    /** Posts a form: {@code fields} are names and values in turn. */
    MockHttpServletResponse post(String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return perform(request);
    }

    /** Answers every page up to (not including) {@code stopAt}, with the complaint answers unless {@code changes} says otherwise. */
    Visitor answerUntil(String stopAt, Map<String, String[]> changes) throws Exception {
        get("/give-feedback");
        for (var page : COMPLAINT_BY_EMAIL.entrySet()) {
            if (page.getKey().equals(stopAt)) {
                return this;
            }
            String[] fields = changes.getOrDefault(page.getKey(), page.getValue());
            MockHttpServletResponse response = post(page.getKey(), fields);
            if (response.getStatus() != 302) {
                throw new AssertionError("Answering " + page.getKey() + " gave " + response.getStatus() + ":\n"
                        + response.getContentAsString(StandardCharsets.UTF_8));
            }
        }
        return this;
    }

    Visitor answerUntil(String stopAt) throws Exception {
        return answerUntil(stopAt, Map.of());
    }

    /** Answers everything for a complaint by email and arrives at "check your answers". */
    Visitor atCheckAnswers() throws Exception {
        return answerUntil("/give-feedback/check-answers");
    }

    static String html(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (session != null) {
            request.cookie(session);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        Cookie sent = response.getCookie("SESSION");
        if (sent != null) {
            session = sent.getMaxAge() == 0 ? null : sent;
        }
        return response;
    }

    private static Map<String, String[]> answers(Object... pathsAndFields) {
        Map<String, String[]> answers = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndFields.length; i += 2) {
            answers.put((String) pathsAndFields[i], (String[]) pathsAndFields[i + 1]);
        }
        return answers;
    }
}
