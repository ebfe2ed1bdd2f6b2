package org.councilfeedback.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.TestFeedback;
import org.councilfeedback.people.HandlingRestriction;
import org.councilfeedback.people.HandlingRestrictions;
import org.councilfeedback.people.People;
import org.councilfeedback.privacy.LegalHolds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The person on the staff pages: the panel on a case page, the person page, the Customer Handling Policy banner
 * wherever the person appears (case, recording, search), placing and reviewing restrictions, and the data protection
 * officer's legal hold, audit trails, export and erasure. Each role sees only its own actions.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeoplePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    People people;

    @Autowired
    HandlingRestrictions restrictions;

    @Autowired
    LegalHolds holds;

    @Autowired
    UserDetailsService users;

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String feedbackFrom(String name, String email) {
        return TestFeedback.byEmail().from(name).email(email).about("Bins not collected.").recordBy(intake).reference();
    }

    /** The person behind the feedback, linked here or by the new-feedback listener, whichever comes first. */
    private long personOf(String reference) {
        try {
            return people.ensureLinked(reference).orElseThrow().id();
        } catch (org.springframework.dao.DataIntegrityViolationException linkedMeanwhile) {
            return people.personFor(reference).orElseThrow().id();
        }
    }

    private long restrictedPerson(String name, String email) {
        String reference = feedbackFrom(name, email);
        long id = personOf(reference);
        restrictions.place(id, "Repeated abusive calls", List.of(new HandlingRestrictions.TermRequest("WRITTEN_CONTACT_ONLY", null)),
                null, null, "complaints.officer", null);
        return id;
    }

    @Test
    void theCasePageShowsThePersonPanelWithALinkToThePerson() throws Exception {
        String reference = feedbackFrom("Pat Panel", "pat-" + unique() + "@example.org");
        long id = personOf(reference);
        mvc.perform(get("/staff/feedback/" + reference).with(as("customer.services")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"person-heading\""),
                        containsString("href=\"/staff/people/" + id + "\""), containsString("Record reasonable adjustments"),
                        not(containsString("Legal hold</h2>")), not(containsString("Audit trail of this case")))));
    }

    @Test
    void aMatchIsProposedAndConfirmedByStaffNeverSilently() throws Exception {
        String email = "match-" + unique() + "@example.org";
        String first = feedbackFrom("Morgan Match", email);
        long known = personOf(first);
        String second = feedbackFrom("Morgan Match", email);

        mvc.perform(get("/staff/feedback/" + second).with(as("customer.services")))
                .andExpect(content().string(allOf(containsString("Possible matches"), containsString("Confirm same person"),
                        containsString("Not the same person"))));
        MvcResult result = mvc.perform(post("/staff/feedback/" + second + "/person-link").with(as("customer.services"))
                        .with(csrf()).param("personId", Long.toString(known)).param("decision", "CONFIRM"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(people.personFor(second).orElseThrow().id()).isEqualTo(known);
        mvc.perform(get("/staff/feedback/" + second).with(as("customer.services"))
                        .cookie(result.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("Match confirmed")));
    }

    @Test
    void adjustmentsAreSavedAndShownProminently() throws Exception {
        String reference = feedbackFrom("Ada Adjust", "ada-" + unique() + "@example.org");
        long id = personOf(reference);
        mvc.perform(get("/staff/people/" + id + "/adjustments").param("from", reference).with(as("customer.services")))
                .andExpect(status().isOk()).andExpect(view().name(PeoplePageController.ADJUSTMENTS_VIEW));
        mvc.perform(post("/staff/people/" + id + "/adjustments").with(as("customer.services")).with(csrf())
                        .param("from", reference).param("interpreter", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the language the interpreter is needed for")));
        mvc.perform(post("/staff/people/" + id + "/adjustments").with(as("customer.services")).with(csrf())
                        .param("from", reference).param("largePrint", "true").param("interpreter", "true")
                        .param("interpreterLanguage", "Polish"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/feedback/" + reference).with(as("customer.services")))
                .andExpect(content().string(allOf(containsString("Reasonable adjustments"), containsString("Large print"),
                        containsString("Interpreter: Polish"))));
    }

    @Test
    void theRepresentativesConsentAndTellingThePersonRepresentedAreRecorded() throws Exception {
        String reference = TestFeedback.byEmail().from("Rep Resent").email("rep-" + unique() + "@example.org")
                .onBehalfOf("Ray Resented", "Son", null).about("For my father.").recordBy(intake).reference();
        mvc.perform(get("/staff/feedback/" + reference).with(as("customer.services")))
                .andExpect(content().string(allOf(containsString("on someone else"),
                        containsString("Ray Resented"))));
        mvc.perform(post("/staff/feedback/" + reference + "/representative").with(as("customer.services")).with(csrf())
                        .param("relationship", "Son").param("consentGiven", "true").param("consentEvidence", "Signed form"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/staff/feedback/" + reference + "/representative/informed").with(as("customer.services")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"),
                        containsString("Select how the person represented was told"))));
        mvc.perform(post("/staff/feedback/" + reference + "/representative/informed").with(as("customer.services"))
                        .with(csrf()).param("how", "PHONE"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/feedback/" + reference).with(as("customer.services")))
                .andExpect(content().string(allOf(containsString("Signed form"), containsString("Phone, "))));
    }

    @Test
    void theDecisionMakerPlacesRestrictionsAndTheLetterIsShown() throws Exception {
        String reference = feedbackFrom("Rita Restrict", "rita-" + unique() + "@example.org");
        long id = personOf(reference);
        mvc.perform(get("/staff/people/" + id).with(as("customer.services")))
                .andExpect(content().string(not(containsString("Place handling restrictions"))));
        mvc.perform(get("/staff/people/" + id + "/restrictions/new").with(as("customer.services")))
                .andExpect(status().isForbidden());

        mvc.perform(get("/staff/people/" + id + "/restrictions/new").with(as("complaints.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Single point of contact"),
                        containsString("name=\"reviewYear\""))));
        mvc.perform(post("/staff/people/" + id + "/restrictions/new").with(as("complaints.officer")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"),
                        containsString("Choose at least one restriction"))));
        LocalDate today = LocalDate.now();
        mvc.perform(post("/staff/people/" + id + "/restrictions/new").with(as("complaints.officer")).with(csrf())
                        .param("kind", "WRITTEN_CONTACT_ONLY").param("reason", "Abusive <b>calls</b>")
                        .param("singlePointOfContact", "Chris Officer")
                        .param("startDay", "" + today.getDayOfMonth()).param("startMonth", "" + today.getMonthValue())
                        .param("startYear", "" + today.getYear()))
                .andExpect(status().is3xxRedirection());
        assertThat(restrictions.activeFor(id)).hasSize(1);

        mvc.perform(get("/staff/people/" + id).with(as("complaints.officer")))
                .andExpect(content().string(allOf(containsString("Customer Handling Policy applies"),
                        containsString("Abusive &lt;b&gt;calls&lt;/b&gt;"), containsString("Single point of contact: Chris Officer"),
                        containsString("The letter sent"), containsString("Record a review"))));
    }

    @Test
    void aReviewEndsTheRestrictions() throws Exception {
        long id = restrictedPerson("Rory Review", "rory-" + unique() + "@example.org");
        HandlingRestriction restriction = restrictions.activeFor(id).get(0);
        String path = "/staff/people/" + id + "/restrictions/" + restriction.id() + "/review";
        mvc.perform(get(path).with(as("complaints.officer"))).andExpect(status().isOk());
        mvc.perform(post(path).with(as("complaints.officer")).with(csrf()).param("decision", "END"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Give the reason for the decision")));
        mvc.perform(post(path).with(as("complaints.officer")).with(csrf()).param("decision", "END")
                        .param("reason", "Behaviour improved"))
                .andExpect(status().is3xxRedirection());
        assertThat(restrictions.activeFor(id)).isEmpty();
    }

    @Test
    void theRestrictionBannerShowsOnTheCasePageRecordingPageAndSearchResults() throws Exception {
        String email = "banner-" + unique() + "@example.org";
        restrictedPerson("Bea Banner", email);
        String again = feedbackFrom("Bea Banner", email);

        mvc.perform(get("/staff/feedback/" + again).with(as("customer.services")))
                .andExpect(content().string(allOf(containsString("Customer Handling Policy applies"),
                        containsString("This contact matches a person under the Customer Handling Policy"))));

        mvc.perform(post("/staff/record").with(as("customer.services")).with(csrf()).param("channel", "EMAIL")
                        .param("name", "Bea Banner").param("email", email))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"),
                        containsString("Customer Handling Policy applies"))));

        mvc.perform(get("/staff/feedback").param("q", "Bea Banner").with(as("customer.services")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Handling restrictions</strong>")));
    }

    @Test
    void theDataProtectionOfficerHasLegalHoldAuditExportAndErasure() throws Exception {
        String reference = feedbackFrom("Dee Data", "dee-" + unique() + "@example.org");
        long id = personOf(reference);
        mvc.perform(get("/staff/feedback/" + reference).with(as("dpo")))
                .andExpect(content().string(allOf(containsString("Place a legal hold"),
                        containsString("Audit trail of this case"))));
        mvc.perform(post("/staff/feedback/" + reference + "/legal-hold").with(as("customer.services")).with(csrf())
                        .param("reason", "Litigation"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/feedback/" + reference + "/legal-hold").with(as("dpo")).with(csrf())
                        .param("reason", "Litigation"))
                .andExpect(status().is3xxRedirection());
        assertThat(holds.isHeld(reference)).isTrue();
        mvc.perform(get("/staff/feedback/" + reference).with(as("dpo")))
                .andExpect(content().string(allOf(containsString("Legal hold: this case is kept"),
                        containsString("Release the legal hold"))));

        mvc.perform(get("/staff/feedback/" + reference + "/audit").with(as("dpo")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Audit trail of " + reference)));
        mvc.perform(get("/staff/feedback/" + reference + "/audit").with(as("customer.services")))
                .andExpect(status().isForbidden());

        mvc.perform(get("/staff/people/" + id).with(as("dpo")))
                .andExpect(content().string(allOf(containsString("Download the subject access export"),
                        containsString("Erase personal data"))));
        mvc.perform(get("/staff/people/" + id).with(as("customer.services")))
                .andExpect(content().string(not(containsString("Erase personal data"))));
        mvc.perform(get("/staff/people/" + id + "/subject-access-export").with(as("dpo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"));
        mvc.perform(post("/staff/people/" + id + "/erasure").with(as("dpo")).with(csrf()).param("reason", "Asked"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirm that this person")));
    }
}
