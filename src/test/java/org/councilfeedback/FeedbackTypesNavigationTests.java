package org.councilfeedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The navigation offers the compliments, suggestions and representations pages to the roles that may open them, and
 * those pages keep to the content security policy (no inline script or style).
 */
class FeedbackTypesNavigationTests extends FeedbackTypesPageTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "CUSTOMER_SERVICES,       true,  false, false",
            "COMPLAINTS_OFFICER,      true,  true,  true",
            "INVESTIGATING_OFFICER,   false, false, false",
            "SOCIAL_CARE_COMPLAINTS,  false, false, false",
            "DATA_PROTECTION_OFFICER, false, false, false",
            "DIRECTOR,                false, true,  true",
            "ADMIN,                   false, false, false",
            "REPORT_VIEWER,           false, false, false"})
    void theNavigationOffersEachRoleTheQueuesItMayOpen(String role, boolean compliments, boolean suggestions,
            boolean representations) throws Exception {
        String page = page("/staff/account/tokens", as("someone", role)).andReturn().getResponse().getContentAsString();

        assertThat(page.contains(">Compliments</a>")).isEqualTo(compliments);
        assertThat(page.contains(">Suggestions</a>")).isEqualTo(suggestions);
        assertThat(page.contains(">Representations</a>")).isEqualTo(representations);
        for (String link : List.of("/staff/compliments", "/staff/suggestions", "/staff/representations",
                "/staff/representation-groups")) {
            boolean offered = link.equals("/staff/representation-groups") ? representations
                    : page.contains("href=\"" + link + "\"");
            page(link, as("someone", role)).andExpect(status().is(offered ? 200 : 403));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/staff/compliments", "/staff/suggestions", "/staff/representations",
            "/staff/representation-groups"})
    void pagesHaveNoInlineScriptOrStyle(String path) throws Exception {
        page(path, complaintsOfficer())
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"main-content\""),
                        not(containsString(" style=\"")), not(containsString("<style")), not(containsString("<script>")))));
    }
}
