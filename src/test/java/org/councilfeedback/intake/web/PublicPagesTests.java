package org.councilfeedback.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilfeedback.intake.web.Visitor.html;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The start page, the pages the footer links to, and what every public page has in common. */
@SpringBootTest
@AutoConfigureMockMvc
class PublicPagesTests {

    private static final String[] PAGES = {"/", "/accessibility", "/privacy", "/cookies", "/give-feedback",
            "/give-feedback/school", "/give-feedback/highway-problem", "/give-feedback/someone-at-risk"};

    @Autowired
    MockMvc mvc;

    @Test
    void theStartPageExplainsTheServiceAndStartsTheJourney() throws Exception {
        String start = html(new Visitor(mvc).get("/"));
        assertThat(start).contains("<h1 class=\"govuk-heading-xl\">Give feedback</h1>", "make a complaint",
                "give a compliment", "make a suggestion", "make a representation", "href=\"/give-feedback\"",
                "Start now", "0345 045 5202", "call 999", "0345 045 5200", "Data Protection Officer");
    }

    @Test
    void everyPublicPageCarriesTheCouncilsNameNotGovUkBranding() throws Exception {
        for (String path : PAGES) {
            MockHttpServletResponse response = new Visitor(mvc).get(path);
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            String html = html(response);
            assertThat(html).as(path).contains("<span class=\"app-header__council-name\">Cambridgeshire County Council</span>")
                    .contains("– Cambridgeshire County Council</title>")
                    .doesNotContain("govuk-header__logotype", "govuk-crest", "Crown copyright", "GOV.UK</title>");
        }
    }

    @Test
    void everyPublicPageLinksToTheAccessibilityStatementPrivacyNoticeAndCookies() throws Exception {
        for (String path : PAGES) {
            assertThat(html(new Visitor(mvc).get(path))).as(path).contains(
                    "<a class=\"govuk-footer__link\" href=\"/accessibility\">Accessibility statement</a>",
                    "<a class=\"govuk-footer__link\" href=\"/privacy\">Privacy notice</a>",
                    "<a class=\"govuk-footer__link\" href=\"/cookies\">Cookies</a>");
        }
    }

    @Test
    void publicPagesUseNoInlineScriptsOrStylesSoTheContentSecurityPolicyHolds() throws Exception {
        for (String path : PAGES) {
            MockHttpServletResponse response = new Visitor(mvc).get(path);
            assertThat(response.getHeader("Content-Security-Policy")).as(path).contains("script-src 'self'", "style-src 'self'");
            String html = html(response);
            assertThat(html).as(path).doesNotContainPattern(Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>"))
                    .doesNotContain(" style=\"", "<style", "onclick=", "javascript:");
        }
    }

    @Test
    void theAccessibilityStatementSaysHowToAskForAnotherFormatAndWhoEnforcesTheRegulations() throws Exception {
        assertThat(html(new Visitor(mvc).get("/accessibility"))).contains("Accessibility statement for Give feedback",
                "WCAG", "2.2", "0345 045 5200", "Equality Advisory and Support Service", "Compliance status");
    }

    @Test
    void thePrivacyNoticeNamesTheDataProtectionOfficerAndTheInformationCommissioner() throws Exception {
        assertThat(html(new Visitor(mvc).get("/privacy"))).contains("data.protection@cambridgeshire.gov.uk",
                "01223 699 137", "Information Commissioner&#39;s Office", "0303 123 1113", "https://ico.org.uk",
                "unsafe or at risk of being harmed");
    }

    @Test
    void theCookiesPageListsTheOneEssentialCookieTheJourneySets() throws Exception {
        Visitor visitor = new Visitor(mvc);
        assertThat(visitor.get("/").getCookies()).as("the start page sets no cookie").isEmpty();
        MockHttpServletResponse journey = visitor.get("/give-feedback");
        assertThat(journey.getCookies()).extracting(jakarta.servlet.http.Cookie::getName).containsExactly("SESSION");
        assertThat(html(visitor.get("/cookies"))).contains("<td class=\"govuk-table__cell\">SESSION</td>",
                "We do not use analytics");
    }

    @Test
    void anUnknownPublicPageIsNotFound() throws Exception {
        MockHttpServletResponse response = new Visitor(mvc).get("/give-feedback/no-such-question");
        assertThat(response.getStatus()).isEqualTo(404);
    }
}
