package org.councilfeedback.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.councilfeedback.intake.Channel;
import org.councilfeedback.intake.ContactDetails;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.FeedbackSubmission;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.intake.Submitter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request mapping needs credentials unless it is on the public allow-list below: the test walks all of them
 * (every path and method, with sample path variables) and fails on any that answers someone who has not signed in
 * with anything but 401, 403 or a redirect to the sign-in page. Then, for each staff page: unauthenticated, wrong
 * role, allowed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResourceSecurityTest {

    /** A method ({@code *} for any) and an Ant-style path pattern anyone may use without signing in. */
    record Unprotected(String method, String pattern) {}

    /** The public allow-list: nothing else may answer without credentials. */
    static final List<Unprotected> PUBLIC = List.of(
            // staff sign-in form (its POST is handled by Spring Security, not a mapping)
            new Unprotected("GET", "/staff/sign-in"),
            // the public website (GOV.UK pages) and its error page
            new Unprotected("GET", "/"),
            new Unprotected("*", "/give-feedback"),
            new Unprotected("*", "/give-feedback/**"),
            new Unprotected("GET", "/feedback-given/**"),
            new Unprotected("*", "/track/**"),
            new Unprotected("GET", "/accessibility"),
            new Unprotected("GET", "/privacy"),
            new Unprotected("GET", "/cookies"),
            new Unprotected("*", "/error"),
            // the public API
            new Unprotected("POST", "/api/v1/feedback"),
            new Unprotected("GET", "/api/v1/calendar/**"),
            new Unprotected("*", "/api/v1/track/**"),
            // the OpenAPI document and its browsable UI
            new Unprotected("GET", "/v3/api-docs"),
            new Unprotected("GET", "/v3/api-docs/**"),
            new Unprotected("GET", "/v3/api-docs.yaml"),
            new Unprotected("GET", "/swagger-ui.html"),
            new Unprotected("GET", "/swagger-ui/**"));

    static final String SAMPLE_REFERENCE = "FB-2026-000001";
    private static final AntPathMatcher PATHS = new AntPathMatcher();
    private static final Set<Role> CASE_WORK = EnumSet.of(Role.CUSTOMER_SERVICES, Role.COMPLAINTS_OFFICER,
            Role.INVESTIGATING_OFFICER, Role.SOCIAL_CARE_COMPLAINTS, Role.DATA_PROTECTION_OFFICER, Role.DIRECTOR);
    private static final Set<Role> RECORDING = EnumSet.of(Role.CUSTOMER_SERVICES, Role.COMPLAINTS_OFFICER,
            Role.INVESTIGATING_OFFICER, Role.SOCIAL_CARE_COMPLAINTS, Role.DATA_PROTECTION_OFFICER);
    private static final Set<Role> CORRESPONDENCE = EnumSet.of(Role.CUSTOMER_SERVICES, Role.COMPLAINTS_OFFICER,
            Role.SOCIAL_CARE_COMPLAINTS, Role.DATA_PROTECTION_OFFICER);

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    FeedbackIntake intake;

    @Test
    void everyEndpointOutsideThePublicAllowListNeedsCredentials() throws Exception {
        Set<String> unprotected = new TreeSet<>();
        int checked = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
            List<String> methods = declared.isEmpty() ? List.of("GET", "POST", "PUT", "PATCH", "DELETE")
                    : declared.stream().map(RequestMethod::name).toList();
            for (String pattern : info.getPatternValues()) {
                String path = sample(pattern);
                for (String method : methods) {
                    if (isPublic(method, path)) {
                        continue;
                    }
                    checked++;
                    for (MediaType accept : List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML)) {
                        MockHttpServletResponse response = mvc.perform(request(HttpMethod.valueOf(method), path)
                                        .accept(accept).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                                .andReturn().getResponse();
                        if (!asksForCredentials(response)) {
                            unprotected.add(method + " " + pattern + " (as " + path + ", accepting " + accept
                                    + ") answered " + response.getStatus() + " without credentials");
                        }
                    }
                }
            }
        }
        assertThat(unprotected).as("endpoints that answer without credentials but are not on the public allow-list")
                .isEmpty();
        assertThat(checked).as("protected endpoints checked").isGreaterThanOrEqualTo(15);
    }

    @Test
    void theActuatorBeyondHealthNeedsCredentials() throws Exception {
        for (String path : List.of("/actuator", "/actuator/info", "/actuator/prometheus")) {
            assertThat(asksForCredentials(mvc.perform(get(path)).andReturn().getResponse())).as(path).isTrue();
        }
    }

    @Test
    void theAllowListCoversNoStaffPage() {
        assertThat(Stream.of("/staff", "/staff/feedback", "/staff/feedback/" + SAMPLE_REFERENCE, "/staff/record",
                "/staff/print-queue", "/staff/calls", "/staff/mail", "/staff/account/tokens"))
                .noneMatch(path -> isPublic("GET", path) || isPublic("POST", path));
    }

    static boolean isPublic(String method, String path) {
        return PUBLIC.stream().anyMatch(allowed -> (allowed.method().equals("*") || allowed.method().equals(method))
                && PATHS.match(allowed.pattern(), path));
    }

    /** 401, 403, or a redirect to the sign-in page. */
    static boolean asksForCredentials(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getHeader("Location");
        return status == 401 || status == 403
                || (status >= 300 && status < 400 && location != null && location.endsWith("/staff/sign-in"));
    }

    /** A concrete path for a mapping's pattern: a real-looking reference, 1 for any other variable. */
    static String sample(String pattern) {
        return pattern.replace("{reference}", SAMPLE_REFERENCE)
                .replaceAll("\\{\\*[^}]+}", "x")
                .replaceAll("\\{[^}]+}", "1")
                .replace("**", "x")
                .replace("*", "x");
    }

    // per staff page: unauthenticated, wrong role, allowed

    private static MockHttpServletRequestBuilder browser(MockHttpServletRequestBuilder request) {
        return request.accept(MediaType.TEXT_HTML).with(csrf());
    }

    private ResultActions as(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(browser(request).with(user(username(role)).roles(role.name())));
    }

    private static ResultMatcher[] forbiddenPage() {
        return new ResultMatcher[] {status().isForbidden(),
                content().string(containsString("You do not have permission to see this page"))};
    }

    private static ResultMatcher[] signInFirst() {
        return new ResultMatcher[] {status().is3xxRedirection(), redirectedUrl("/staff/sign-in")};
    }

    /** A demo account with the role, so that pages that store something for the user (tokens) can. */
    private static String username(Role role) {
        return switch (role) {
            case ADMIN -> "admin";
            case CUSTOMER_SERVICES -> "customer.services";
            case COMPLAINTS_OFFICER -> "complaints.officer";
            case INVESTIGATING_OFFICER -> "investigator";
            case SOCIAL_CARE_COMPLAINTS -> "social.care";
            case DATA_PROTECTION_OFFICER -> "dpo";
            case DIRECTOR -> "director";
            case REPORT_VIEWER -> "manager";
        };
    }

    static Stream<Arguments> allowedAndNot(Set<Role> allowed) {
        return EnumSet.allOf(Role.class).stream().map(role -> Arguments.of(role, allowed.contains(role)));
    }

    static Stream<Arguments> caseWork() {
        return allowedAndNot(CASE_WORK);
    }

    static Stream<Arguments> recording() {
        return allowedAndNot(RECORDING);
    }

    static Stream<Arguments> correspondence() {
        return allowedAndNot(CORRESPONDENCE);
    }

    private String existingReference() {
        ContactDetails contact = new ContactDetails("Sam Secure", null, "01234 567890", null, null);
        FeedbackSubmission submission = new FeedbackSubmission(FeedbackType.COMPLAINT, Channel.PHONE, null, null,
                "Resource security sample", null, null, false, contact, null);
        return intake.submit(submission, Submitter.staff("complaints.officer", "127.0.0.1"), "resource-security-test")
                .receipt().reference();
    }

    @Nested
    class WorkQueue {

        @Test
        void unauthenticatedIsAskedToSignIn() throws Exception {
            mvc.perform(browser(get("/staff"))).andExpectAll(signInFirst());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.councilfeedback.access.ResourceSecurityTest#caseWork")
        void caseHandlersSeeTheQueueAndOtherRolesTheirStartPage(Role role, boolean allowed) throws Exception {
            as(role, get("/staff")).andExpect(status().isOk()).andExpect(content().string(allowed
                    ? containsString("<h1 class=\"govuk-heading-l\">Work queue</h1>")
                    : containsString("Your role does not show feedback cases")));
        }
    }

    @Nested
    class Search {

        @Test
        void unauthenticatedIsAskedToSignIn() throws Exception {
            mvc.perform(browser(get("/staff/feedback").param("q", "smith"))).andExpectAll(signInFirst());
        }

        @ParameterizedTest(name = "{0} allowed: {1}")
        @MethodSource("org.councilfeedback.access.ResourceSecurityTest#caseWork")
        void onlyCaseHandlersMaySearch(Role role, boolean allowed) throws Exception {
            ResultActions result = as(role, get("/staff/feedback").param("q", "smith"));
            if (allowed) {
                result.andExpect(status().isOk());
            } else {
                result.andExpectAll(forbiddenPage());
            }
        }
    }

    @Nested
    class FeedbackPage {

        @Test
        void unauthenticatedIsAskedToSignIn() throws Exception {
            mvc.perform(browser(get("/staff/feedback/" + existingReference()))).andExpectAll(signInFirst());
        }

        @ParameterizedTest(name = "{0} allowed: {1}")
        @MethodSource("org.councilfeedback.access.ResourceSecurityTest#caseWork")
        void onlyCaseHandlersSeeFeedback(Role role, boolean allowed) throws Exception {
            String reference = existingReference();
            ResultActions result = as(role, get("/staff/feedback/" + reference));
            if (role == Role.INVESTIGATING_OFFICER || role == Role.DIRECTOR) {
                // they may use case pages, but see only the cases assigned to them: this one does not exist for them
                result.andExpect(status().isNotFound())
                        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Resource security sample"))));
            } else if (allowed) {
                result.andExpect(status().isOk()).andExpect(content().string(containsString("Resource security sample")));
            } else {
                result.andExpectAll(forbiddenPage())
                        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Resource security sample"))));
            }
        }
    }

    @Nested
    class RecordFeedback {

        @Test
        void unauthenticatedIsAskedToSignIn() throws Exception {
            mvc.perform(browser(get("/staff/record"))).andExpectAll(signInFirst());
            mvc.perform(browser(post("/staff/record"))).andExpectAll(signInFirst());
        }

        @ParameterizedTest(name = "{0} allowed: {1}")
        @MethodSource("org.councilfeedback.access.ResourceSecurityTest#recording")
        void everyCaseHandlerButTheDirectorRecordsFeedback(Role role, boolean allowed) throws Exception {
            ResultActions form = as(role, get("/staff/record"));
            ResultActions submitted = as(role, post("/staff/record").param("description", "x"));
            if (allowed) {
                form.andExpect(status().isOk());
                submitted.andExpect(status().isOk()).andExpect(content().string(containsString("There is a problem")));
            } else {
                form.andExpectAll(forbiddenPage());
                submitted.andExpectAll(forbiddenPage());
            }
        }
    }

    @Nested
    class PrintQueue {

        @Test
        void unauthenticatedIsAskedToSignIn() throws Exception {
            mvc.perform(browser(get("/staff/print-queue"))).andExpectAll(signInFirst());
            mvc.perform(browser(get("/staff/print-queue/1.pdf"))).andExpectAll(signInFirst());
            mvc.perform(browser(post("/staff/print-queue/1/posted"))).andExpectAll(signInFirst());
        }

        @ParameterizedTest(name = "{0} allowed: {1}")
        @MethodSource("org.councilfeedback.access.ResourceSecurityTest#correspondence")
        void customerServicesComplaintsSocialCareAndDataProtectionPrintLetters(Role role, boolean allowed)
                throws Exception {
            ResultActions list = as(role, get("/staff/print-queue"));
            ResultActions pdf = as(role, get("/staff/print-queue/999999.pdf"));
            ResultActions posted = as(role, post("/staff/print-queue/999999/posted"));
            if (allowed) {
                list.andExpect(status().isOk());
                pdf.andExpect(status().isNotFound());
                posted.andExpect(status().isNotFound());
            } else {
                list.andExpectAll(forbiddenPage());
                pdf.andExpect(status().isForbidden());
                posted.andExpectAll(forbiddenPage());
            }
        }
    }

    @Nested
    class Calls {

        @Test
        void unauthenticatedIsAskedToSignIn() throws Exception {
            mvc.perform(browser(get("/staff/calls"))).andExpectAll(signInFirst());
            mvc.perform(browser(post("/staff/calls/1/done"))).andExpectAll(signInFirst());
        }

        @ParameterizedTest(name = "{0} allowed: {1}")
        @MethodSource("org.councilfeedback.access.ResourceSecurityTest#correspondence")
        void customerServicesComplaintsSocialCareAndDataProtectionMakeCalls(Role role, boolean allowed)
                throws Exception {
            ResultActions list = as(role, get("/staff/calls"));
            ResultActions done = as(role, post("/staff/calls/999999/done"));
            if (allowed) {
                list.andExpect(status().isOk());
                done.andExpect(status().isNotFound());
            } else {
                list.andExpectAll(forbiddenPage());
                done.andExpectAll(forbiddenPage());
            }
        }
    }

    @Nested
    class Mail {

        @Test
        void unauthenticatedIsAskedToSignIn() throws Exception {
            mvc.perform(browser(get("/staff/mail"))).andExpectAll(signInFirst());
            mvc.perform(browser(get("/staff/mail/1"))).andExpectAll(signInFirst());
        }

        @ParameterizedTest(name = "{0} allowed: {1}")
        @MethodSource("org.councilfeedback.access.ResourceSecurityTest#caseWork")
        void caseHandlersMayReadCapturedMailWhereItIsOn(Role role, boolean allowed) throws Exception {
            ResultActions list = as(role, get("/staff/mail"));
            if (allowed) {
                list.andExpect(status().isNotFound()); // mail capture is off in tests; see MailCapturePageTests
            } else {
                list.andExpectAll(forbiddenPage());
            }
        }
    }

    @Nested
    class ApiTokens {

        @Test
        void unauthenticatedIsAskedToSignIn() throws Exception {
            mvc.perform(browser(get("/staff/account/tokens"))).andExpectAll(signInFirst());
            mvc.perform(browser(post("/staff/account/tokens").param("name", "x"))).andExpectAll(signInFirst());
            mvc.perform(browser(post("/staff/account/tokens/1/revoke"))).andExpectAll(signInFirst());
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Role.class)
        void everyMemberOfStaffManagesTheirOwnTokens(Role role) throws Exception {
            as(role, get("/staff/account/tokens")).andExpect(status().isOk());
            as(role, post("/staff/account/tokens").param("name", "")).andExpect(status().isOk());
            as(role, post("/staff/account/tokens/999999/revoke")).andExpect(status().is3xxRedirection());
        }
    }
}
