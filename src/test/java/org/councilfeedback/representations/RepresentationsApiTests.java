package org.councilfeedback.representations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.councilfeedback.FeedbackTypesTestSupport;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackStatus;
import org.councilfeedback.intake.FeedbackType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class RepresentationsApiTests extends FeedbackTypesTestSupport {

    @Autowired
    Representations representations;
    @Autowired
    RepresentationCounts counts;
    @Autowired
    Correspondence correspondence;

    private ResultActions setPolicyArea(String reference, String policyArea) throws Exception {
        return mvc.perform(put("/api/v1/feedback/{r}/representation", reference).with(complaintsOfficer())
                .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("policyArea", policyArea))));
    }

    private ResultActions decide(String reference, RequestPostProcessor who, Map<String, Object> decision) throws Exception {
        return mvc.perform(post("/api/v1/feedback/{r}/representation-decision", reference).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(body(decision)));
    }

    private String representation(String policyArea, String text, Person person) throws Exception {
        String reference = submit(FeedbackType.REPRESENTATION, null, text, person);
        setPolicyArea(reference, policyArea).andExpect(status().isOk());
        return reference;
    }

    @Test
    void tellsThePersonItIsARepresentationWhenTheyChoseThatTypeThemselves() throws Exception {
        String reference = submit(FeedbackType.REPRESENTATION, "libraries",
                "The council should reverse the cut to library opening hours in Huntingdon.",
                Person.byEmail("reader@example.org"));
        classify(reference, FeedbackType.REPRESENTATION);

        String notice = awaitMail("reader@example.org", "Your representation – reference " + reference);
        assertThat(notice).contains("treating them as a representation").contains("within 20 working days")
                .contains("elected members make the final decision");
    }

    @Test
    void leavesTellingThePersonToTheClassificationWhenTheTypeChanged() throws Exception {
        String reference = submit(FeedbackType.NOT_SURE, null,
                "Your policy of charging for parking at country parks is wrong.", Person.byEmail("walker@example.org"));
        classify(reference, FeedbackType.REPRESENTATION);
        setPolicyArea(reference, "highways-maintenance").andExpect(status().isOk());

        // the classification tells the person (once); the representations module does not tell them a second time
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> correspondence.forReference(reference).stream()
                .filter(m -> m.kind() == MessageKind.NOTICE && "walker@example.org".equals(m.recipient())).count() >= 1);
        assertThat(correspondence.forReference(reference).stream().filter(m -> m.kind() == MessageKind.NOTICE
                && m.method() == ContactMethod.EMAIL && "walker@example.org".equals(m.recipient()))).hasSize(1);
    }

    @Test
    void passesToTheDirectorWhoDecidesNoChangeAndThePersonIsToldItIsTheFinalDecision() throws Exception {
        String reference = representation("libraries",
                "The policy of charging for inter-library loans should be scrapped.", Person.byEmail("borrower@example.org"));

        String toDirector = awaitMail("director.place@cambridgeshire.example", "Representation " + reference);
        assertThat(toDirector).contains("inter-library loans").contains("Libraries, archives and mobile library services");
        mvc.perform(get("/api/v1/feedback/{r}", reference).with(director()))
                .andExpect(jsonPath("$.representation.policyArea").value("libraries"))
                .andExpect(jsonPath("$.representation.director").value("director"))
                .andExpect(jsonPath("$.timeline[?(@.event == 'Passed to the Director')]").isNotEmpty());

        decide(reference, director(), Map.of("decision", "NO_CHANGE",
                "reason", "The charge covers only the postage between library services."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("NO_CHANGE"));

        String toPerson = awaitMail("borrower@example.org", "Your representation – reference " + reference);
        assertThat(toPerson).contains("covers only the postage")
                .contains("This is the council's final decision on this representation at this time");
        assertThat(records.find(reference).orElseThrow().status()).isEqualTo(FeedbackStatus.CLOSED);
    }

    @Test
    void takesAChangeForwardTellsThePersonTheNextStepsAndThenTheMembersDecision() throws Exception {
        String reference = representation("school-transport",
                "Children in Soham should get free transport to their catchment school.", Person.byEmail("parent@example.org"));

        decide(reference, director(), Map.of("decision", "CHANGE_PROPOSED",
                "nextSteps", "A report will go to the Children and Young People Committee in March."))
                .andExpect(status().isOk());
        assertThat(awaitMail("parent@example.org", "Your representation – reference " + reference))
                .contains("Children and Young People Committee in March").contains("elected members will make the final decision");

        LocalDate today = LocalDate.now(clock);
        mvc.perform(post("/api/v1/feedback/{r}/members-decision", reference).with(director())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("decision", "CHANGE_AGREED", "decidedOn", today.toString(),
                                "summary", "Catchment schools now count for free transport from September."))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.membersDecision.decision").value("CHANGE_AGREED"))
                .andExpect(jsonPath("$.membersDecision.decidedOn").value(today.toString()));
        assertThat(awaitMail("parent@example.org", "The decision on your representation"))
                .contains("elected members decided to change the policy").contains("from September");
        assertThat(records.find(reference).orElseThrow().status()).isEqualTo(FeedbackStatus.CLOSED);
    }

    @Test
    void tellsThePersonWhoToContactWhenThePolicyBelongsToAnotherOrganisation() throws Exception {
        String reference = representation("bus-subsidies", "Bring back the number 12 bus on Sundays.", Person.byLetter());

        decide(reference, director(), Map.of("decision", "OTHER_ORGANISATION", "organisation", "combined-authority"))
                .andExpect(status().isOk());

        var letter = correspondence.forReference(reference).stream().filter(m -> m.kind() == MessageKind.RESPONSE)
                .findFirst().orElseThrow();
        assertThat(letter.method()).isEqualTo(ContactMethod.LETTER);
        assertThat(letter.body()).contains("Cambridgeshire and Peterborough Combined Authority").contains("01480 277180");
    }

    @Test
    void refusesDecisionsThatBreakTheRules() throws Exception {
        String noArea = submit(FeedbackType.REPRESENTATION, null, "Stop closing tips early in winter.", Person.byPhone());
        String complaint = submit(FeedbackType.COMPLAINT, "waste", "The tip was shut when it said open.", Person.byPhone());
        String decided = representation("public-health", "Fund more smoking cessation clinics.", Person.byPhone());
        Map<String, Object> noChange = Map.of("decision", "NO_CHANGE", "reason", "Funding is fixed this year.");

        decide("FB-2026-999997", director(), noChange).andExpect(status().isNotFound());
        decide(noArea, director(), noChange).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("policy area")));
        decide(complaint, director(), noChange).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("not as a representation")));
        decide(decided, complaintsOfficer(), noChange).andExpect(status().isForbidden());
        decide(decided, as("other.director", "DIRECTOR"), noChange).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("Only the Director responsible")));
        decide(decided, director(), Map.of("decision", "NO_CHANGE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        decide(decided, director(), Map.of("decision", "OTHER_ORGANISATION", "organisation", "mi5"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("organisation"));
        decide(decided, director(), Map.of("decision", "MAYBE")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/feedback/{r}/members-decision", decided).with(director())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("decision", "CHANGE_AGREED", "decidedOn", LocalDate.now(clock).toString()))))
                .andExpect(status().isUnprocessableContent());
        decide(decided, director(), noChange).andExpect(status().isOk());
        decide(decided, director(), noChange).andExpect(status().isUnprocessableContent());
        setPolicyArea(decided, "libraries").andExpect(status().isUnprocessableContent());
        setPolicyArea(noArea, "atlantis").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("policyArea"));
        mvc.perform(put("/api/v1/feedback/{r}/representation", noArea).with(customerServices())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("policyArea", "libraries"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/feedback/{r}/representation-group", noArea).with(complaintsOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("newGroup", true))))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/feedback/{r}/representation-group", decided).with(complaintsOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("groupId", 1, "newGroup", true))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void countsRepresentationsByPolicyArea() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long before = count(today, "adult-social-care-charging");
        representation("adult-social-care-charging", "Care charges ignore the cost of my son's special diet.",
                Person.byPhone());
        assertThat(count(today, "adult-social-care-charging")).isEqualTo(before + 1);
        assertThat(counts.byPolicyArea(today, today)).anySatisfy(c ->
                assertThat(c.name()).isEqualTo("Adult social care charging and financial assessments"));
    }

    private long count(LocalDate day, String area) {
        return counts.byPolicyArea(day, day).stream().filter(c -> area.equals(c.policyArea()))
                .mapToLong(RepresentationCounts.PolicyAreaCount::count).sum();
    }
}
