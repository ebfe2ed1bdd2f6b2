package org.councilfeedback.representations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import org.councilfeedback.FeedbackTypesPageTestSupport;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.representations.MembersDecision;
import org.councilfeedback.representations.Representation;
import org.councilfeedback.representations.RepresentationDecision;
import org.councilfeedback.representations.Representations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The representation panel of the case page and its forms (policy area, group, the Director's and the members'
 * decisions), the representations queue, and the similar feedback panel.
 */
class RepresentationPagesTests extends FeedbackTypesPageTestSupport {

    @Autowired
    Representations representations;
    @Autowired
    Correspondence correspondence;

    private String representation(String policyArea, String text, Person person) throws Exception {
        String reference = submit(FeedbackType.REPRESENTATION, null, text, person);
        await().atMost(WAIT).until(() -> representations.find(reference).isPresent());
        if (policyArea != null) {
            representations.setPolicyArea(reference, policyArea, "complaints.officer");
        }
        return reference;
    }

    @Test
    void showsTheRoutingFormsToCaseworkersAndTheDecisionFormOnlyToTheDirectorOfThePolicyArea() throws Exception {
        String reference = representation("libraries", "Mobile library stops in Fenland villages must not be cut.",
                Person.byPhone());

        casePage(reference, complaintsOfficer()).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"representation-heading\">Representation</h2>"),
                        containsString("Libraries, archives and mobile library services"),
                        containsString("Set the policy area"), containsString("Start a new group"),
                        not(containsString("Record the decision and tell the person")))));
        casePage(reference, director())
                .andExpect(content().string(allOf(containsString("Set the policy area"),
                        containsString("Record the decision and tell the person"),
                        containsString("action=\"/staff/feedback/" + reference + "/representation-decision\""),
                        containsString("Similar feedback"))));
        // a Director of another area and an investigator not assigned to it do not see the case at all
        casePage(reference, otherDirector()).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Mobile library stops"))));
        casePage(reference, investigator()).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Mobile library stops"))));
        submitForm("/staff/feedback/" + reference + "/representation-decision", otherDirector(),
                "decision", "NO_CHANGE", "reason", "Not my area.")
                .andExpect(status().isForbidden());
        submitForm("/staff/feedback/" + reference + "/representation-decision", complaintsOfficer(),
                "decision", "NO_CHANGE", "reason", "Not a Director.")
                .andExpect(status().isForbidden());
        assertThat(representations.find(reference).orElseThrow().decision()).isNull();
    }

    @Test
    void startsAGroupConfirmsTheProposedOneAndSplitsOffANewOne() throws Exception {
        String first = representation("highways-maintenance",
                "The 20mph speed limit through Histon village centre should be extended past the school.", Person.byPhone());
        follow(submitForm("/staff/feedback/" + first + "/representation-group", complaintsOfficer(),
                        "newGroup", "true", "title", "Histon 20mph limit")
                        .andExpect(flash().attribute("successTitle", matchesPattern("New group started: group \\d+"))),
                complaintsOfficer())
                .andExpect(content().string(allOf(containsString("moj-alert--success"),
                        containsString("Histon 20mph limit"))));
        long group = representations.find(first).orElseThrow().groupId();

        String second = submit(FeedbackType.REPRESENTATION, null,
                "Please extend the Histon village centre 20mph speed limit past the school.", Person.byPhone());
        await().atMost(WAIT).until(() -> representations.find(second).isPresent());
        follow(submitForm("/staff/feedback/" + second + "/representation", complaintsOfficer(),
                        "policyArea", "highways-maintenance")
                        .andExpect(flash().attribute("successTitle",
                                "Policy area set: Highways maintenance, speed limits and street lighting")),
                complaintsOfficer())
                .andExpect(content().string(allOf(containsString("Confirm group " + group),
                        containsString("% similar)"), containsString("is proposed"))));
        submitForm("/staff/feedback/" + second + "/representation-group", complaintsOfficer(), "groupId", Long.toString(group))
                .andExpect(redirectedUrl("/staff/feedback/" + second))
                .andExpect(flash().attribute("successTitle", "Grouped with similar representations: group " + group));
        assertThat(representations.find(second).orElseThrow().groupId()).isEqualTo(group);

        String third = representation("highways-maintenance",
                "Extend the Histon 20mph speed limit past the school and add a crossing.", Person.byPhone());
        assertThat(representations.find(third).orElseThrow().proposedGroupId()).isEqualTo(group);
        submitForm("/staff/feedback/" + third + "/representation-group", director(), "newGroup", "true", "title", "")
                .andExpect(flash().attribute("successTitle", matchesPattern("New group started: group \\d+")));
        assertThat(representations.find(third).orElseThrow().groupId()).isNotNull().isNotEqualTo(group);

        submitForm("/staff/feedback/" + third + "/representation-group", complaintsOfficer(), "groupId", "")
                .andExpect(status().isOk())
                .andExpect(view().name(RepresentationPages.FORM_VIEW))
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#groupId\""),
                        containsString("Choose the group to put the representation in, or start a new group"))));
        submitForm("/staff/feedback/" + third + "/representation-group", complaintsOfficer(), "newGroup", "true",
                "title", "x".repeat(201))
                .andExpect(content().string(allOf(containsString("href=\"#groupTitle\""),
                        containsString("Enter a title of 200 characters or fewer"))));
    }

    @Test
    void theDirectorDecidesNoChangeAndThePersonIsEmailedTheReason() throws Exception {
        String reference = submit(FeedbackType.REPRESENTATION, null,
                "The council should stop charging for replacement library cards.", Person.byEmail("cardholder@example.org"));
        await().atMost(WAIT).until(() -> representations.find(reference).isPresent());

        submitForm("/staff/feedback/" + reference + "/representation", complaintsOfficer(), "policyArea", "")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#policyArea\""),
                        containsString("Choose the policy area the representation is about"))));
        submitForm("/staff/feedback/" + reference + "/representation", complaintsOfficer(), "policyArea", "libraries")
                .andExpect(redirectedUrl("/staff/feedback/" + reference));
        page("/staff/representations", director())
                .andExpect(content().string(allOf(containsString("Awaiting your decision"), containsString(reference))));

        submitForm("/staff/feedback/" + reference + "/representation-decision", director(), "decision", "")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Error: Your decision"),
                        containsString("href=\"#representationDecision\""), containsString("Select your decision"))));
        submitForm("/staff/feedback/" + reference + "/representation-decision", director(), "decision", "NO_CHANGE",
                "reason", " ")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#representationReason\""),
                        containsString("Give the reason the policy should not change"))));
        submitForm("/staff/feedback/" + reference + "/representation-decision", director(), "decision",
                "OTHER_ORGANISATION", "organisation", "nowhere")
                .andExpect(content().string(containsString("href=\"#representationOrganisation\"")));

        var posted = submitForm("/staff/feedback/" + reference + "/representation-decision", director(),
                "decision", "NO_CHANGE", "reason", "Replacement cards cost us more than the charge.")
                .andExpect(redirectedUrl("/staff/feedback/" + reference))
                .andExpect(flash().attribute("successTitle", "Decision recorded: No change"));
        follow(posted, director())
                .andExpect(content().string(allOf(containsString("Decision recorded: No change"),
                        containsString("Replacement cards cost us more than the charge."),
                        not(containsString("Record the decision and tell the person")))));

        assertThat(awaitMail("cardholder@example.org", "Your representation – reference " + reference))
                .contains("Replacement cards cost us more than the charge")
                .contains("This is the council's final decision on this representation at this time");
        page("/staff/representations", director()).andExpect(content().string(not(containsString(reference))));
    }

    @Test
    void aChangeProposedIsFollowedByTheMembersDecision() throws Exception {
        String reference = representation("school-transport",
                "Free transport should cover the sixth form college in Ely.", Person.byEmail("sixthform@example.org"));
        submitForm("/staff/feedback/" + reference + "/representation-decision", director(), "decision",
                "CHANGE_PROPOSED", "nextSteps", "A paper goes to committee in June.")
                .andExpect(flash().attribute("successTitle", "Decision recorded: Change proposed"));
        casePage(reference, director()).andExpect(content().string(containsString("Record the members")));
        page("/staff/representations", director())
                .andExpect(content().string(allOf(containsString("Awaiting the elected members"), containsString(reference))));

        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        submitForm("/staff/feedback/" + reference + "/members-decision", director(), "decision", "CHANGE_AGREED",
                "decidedOnDay", "31", "decidedOnMonth", "2", "decidedOnYear", "2026")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#membersDecidedOn\""),
                        containsString("must be a real date"))));
        submitForm("/staff/feedback/" + reference + "/members-decision", director(), "decision", "CHANGE_AGREED",
                "decidedOnDay", Integer.toString(tomorrow.getDayOfMonth()),
                "decidedOnMonth", Integer.toString(tomorrow.getMonthValue()),
                "decidedOnYear", Integer.toString(tomorrow.getYear()))
                .andExpect(content().string(containsString("must be today or in the past")));
        submitForm("/staff/feedback/" + reference + "/members-decision", director())
                .andExpect(content().string(allOf(containsString("Select what the members decided"),
                        containsString("Enter the date the members decided"))));

        LocalDate today = LocalDate.now(clock);
        submitForm("/staff/feedback/" + reference + "/members-decision", director(), "decision", "CHANGE_AGREED",
                "decidedOnDay", Integer.toString(today.getDayOfMonth()),
                "decidedOnMonth", Integer.toString(today.getMonthValue()),
                "decidedOnYear", Integer.toString(today.getYear()), "summary", "Ely college is now covered.")
                .andExpect(redirectedUrl("/staff/feedback/" + reference))
                .andExpect(flash().attribute("successTitle", "Members' decision recorded: Change agreed"));
        assertThat(representations.find(reference).orElseThrow().membersDecision()).isEqualTo(MembersDecision.CHANGE_AGREED);
        assertThat(awaitMail("sixthform@example.org", "The decision on your representation")).contains("Ely college is now covered");
    }

    @Test
    void theQueuesEscapeWhatPeopleWrote() throws Exception {
        String unrouted = representation(null, "<script>alert('queue')</script> Stop the bus cuts.", Person.byPhone());
        String routed = representation("bus-subsidies", "<script>alert('director')</script> Keep the Sunday buses.",
                Person.byPhone());

        page("/staff/representations", complaintsOfficer()).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Needing a policy area or a group"),
                        containsString(unrouted), containsString(routed), not(containsString("Awaiting your decision")),
                        containsString("&lt;script&gt;alert(&#39;queue&#39;)&lt;/script&gt; Stop the bus cuts."),
                        not(containsString("<script>alert")),
                        containsString("aria-current=\"page\">Representations</a>"))));
        page("/staff/representations", director()).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Awaiting your decision"), containsString(routed),
                        not(containsString(unrouted)), not(containsString("Needing a policy area")),
                        containsString("&lt;script&gt;alert(&#39;director&#39;)&lt;/script&gt;"),
                        not(containsString("<script>alert")))));
        page("/staff/representations", otherDirector())
                .andExpect(content().string(allOf(not(containsString(routed)), not(containsString(unrouted)))));
        page("/staff/representations", customerServices()).andExpect(status().isForbidden());
    }

    @Test
    void theSimilarFeedbackPanelLinksToRepeatContactsWithTheirSimilarity() throws Exception {
        String first = submit(FeedbackType.COMPLAINT, "waste",
                "Our green bin on Mill Lane in Sawston was missed again this fortnight.", Person.byPhone());
        String second = submit(FeedbackType.COMPLAINT, "waste",
                "The green bin on Mill Lane, Sawston was missed again, third fortnight running.", Person.byPhone());

        await().atMost(WAIT).untilAsserted(() -> casePage(second, complaintsOfficer())
                .andExpect(content().string(allOf(containsString("id=\"similar-heading\">Similar feedback</h2>"),
                        containsString("href=\"/staff/feedback/" + first + "\""), matchesPattern("(?s).*>\\d+%</td>.*")))));
        casePage(second, director()).andExpect(content().string(not(containsString("similar-heading"))));
    }

    @Test
    void theDecisionOnOneRepresentationReachesThePersonByTheirPreferredMethod() throws Exception {
        String reference = representation("public-health", "Fund a needle exchange in Wisbech.", Person.byLetter());
        submitForm("/staff/feedback/" + reference + "/representation-decision", director(), "decision", "NO_CHANGE",
                "reason", "The service in March covers Wisbech.")
                .andExpect(status().is3xxRedirection());
        await().atMost(WAIT).until(() -> correspondence.forReference(reference).stream()
                .anyMatch(m -> m.kind() == MessageKind.RESPONSE && m.method() == ContactMethod.LETTER));
        assertThat(representations.find(reference).map(Representation::decision)).contains(RepresentationDecision.NO_CHANGE);
    }
}
