package org.councilfeedback.representations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilfeedback.FeedbackTypesTestSupport;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class RepresentationGroupsApiTests extends FeedbackTypesTestSupport {

    @Autowired
    Representations representations;
    @Autowired
    Correspondence correspondence;

    private JsonNode setPolicyArea(String reference, String policyArea) throws Exception {
        return json(mvc.perform(put("/api/v1/feedback/{r}/representation", reference).with(complaintsOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("policyArea", policyArea))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private long group(String reference, Map<String, Object> choice) throws Exception {
        String response = mvc.perform(post("/api/v1/feedback/{r}/representation-group", reference).with(complaintsOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(choice)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json(response).get("groupId").asLong();
    }

    @Test
    void proposesTheGroupASimilarRepresentationResemblesAndStaffConfirmOrSplit() throws Exception {
        String first = submit(FeedbackType.REPRESENTATION, null,
                "Please do not close our local children's centre. The stay and play sessions and baby clinics there "
                        + "were a lifeline for new parents.", Person.byEmail("first.parent@example.org"));
        assertThat(setPolicyArea(first, "childrens-centres").get("proposedGroup").isNull()).isTrue();
        long closures = group(first, Map.of("newGroup", true, "title", "Children's centre closures"));

        String similar = submit(FeedbackType.REPRESENTATION, null,
                "Shutting the children's centre in our town means parents of babies must travel miles for clinics "
                        + "and play sessions. Keep children's centres open.", Person.byLetter());
        JsonNode proposal = setPolicyArea(similar, "childrens-centres").get("proposedGroup");
        assertThat(proposal.get("groupId").asLong()).isEqualTo(closures);
        assertThat(proposal.get("similarity").asDouble()).isBetween(0.2, 1.0);
        assertThat(group(similar, Map.of("groupId", closures))).isEqualTo(closures);

        String different = submit(FeedbackType.REPRESENTATION, null,
                "The childcare sufficiency assessment should be published every year with figures for each district.",
                Person.byPhone());
        assertThat(setPolicyArea(different, "childrens-centres").get("proposedGroup").isNull()).isTrue();
        long split = group(different, Map.of("newGroup", true));
        assertThat(split).isNotEqualTo(closures);

        mvc.perform(get("/api/v1/representation-groups/{id}", closures).with(director()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Children's centre closures"))
                .andExpect(jsonPath("$.members.length()").value(2));
        mvc.perform(get("/api/v1/representation-groups").param("policyArea", "childrens-centres").with(complaintsOfficer()))
                .andExpect(jsonPath("$.items[?(@.id == " + closures + ")]").isNotEmpty());

        mvc.perform(post("/api/v1/representation-groups/{id}/decision", closures).with(director())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("decision", "NO_CHANGE",
                                "reason", "Family hubs offer the same sessions within three miles of every home."))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decided.length()").value(2));
        assertThat(awaitMail("first.parent@example.org", "Your representation – reference " + first))
                .contains("within three miles").contains("final decision on this representation at this time");
        var letter = correspondence.forReference(similar).stream().filter(m -> m.kind() == MessageKind.RESPONSE)
                .findFirst().orElseThrow();
        assertThat(letter.method()).isEqualTo(ContactMethod.LETTER);
        assertThat(letter.body()).contains("within three miles");
        mvc.perform(post("/api/v1/representation-groups/{id}/decision", closures).with(director())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("decision", "NO_CHANGE", "reason", "Again."))))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/representation-groups/{id}/decision", closures).with(complaintsOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("decision", "NO_CHANGE", "reason", "Again."))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/representation-groups/{id}", 987654).with(director())).andExpect(status().isNotFound());
    }

    @Test
    void alertsTheDirectorOnceEachTimeAGroupReachesTheThresholdAndRecordsTheirReconsideration() throws Exception {
        String alertSubject = "similar representations about Council tax and the council's budget";
        String director = "director.finance@cambridgeshire.example";
        List<String> references = new ArrayList<>();
        long groupId = 0;
        for (int i = 1; i <= 26; i++) {
            String reference = submit(FeedbackType.REPRESENTATION, null,
                    "I object to the council tax rise of 4.99% this year (letter " + i + "); pensioners cannot afford it.",
                    Person.byPhone());
            setPolicyArea(reference, "council-tax-budget");
            groupId = i == 1 ? group(reference, Map.of("newGroup", true, "title", "Council tax rise"))
                    : group(reference, Map.of("groupId", groupId));
            references.add(reference);
            if (i == 24) {
                Thread.sleep(300);
                assertThat(mails(director, alertSubject)).isEmpty();
            }
        }
        await().atMost(WAIT).until(() -> mails(director, alertSubject).size() == 1);
        assertThat(text(mails(director, alertSubject).get(0))).contains("now holds 25 similar representations")
                .contains("/api/v1/representation-groups/" + groupId + "/reconsideration");
        Thread.sleep(500);
        assertThat(mails(director, alertSubject)).hasSize(1);

        // below the threshold again, then back up to it: a new crossing, a new alert
        group(references.get(0), Map.of("newGroup", true));
        group(references.get(1), Map.of("newGroup", true));
        group(references.get(1), Map.of("groupId", groupId));
        await().atMost(WAIT).until(() -> mails(director, alertSubject).size() == 2);
        assertThat(representations.group(groupId).orElseThrow().alertsSent()).isEqualTo(2);

        mvc.perform(post("/api/v1/representation-groups/{id}/reconsideration", groupId).with(director())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("decision", "NO_REINVESTIGATION",
                                "reason", "The rise was set by Full Council after consultation; no new concerns are raised."))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("NO_REINVESTIGATION"))
                .andExpect(jsonPath("$.membersCounted").value(25));
        mvc.perform(get("/api/v1/representation-groups/{id}", groupId).with(director()))
                .andExpect(jsonPath("$.reconsiderations[0].reason").value(org.hamcrest.Matchers.containsString("Full Council")))
                .andExpect(jsonPath("$.thresholdAlertsSent").value(2));
        mvc.perform(post("/api/v1/representation-groups/{id}/reconsideration", groupId).with(director())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("decision", "REINVESTIGATE"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/representation-groups/{id}/reconsideration", groupId).with(complaintsOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("decision", "REINVESTIGATE", "reason", "x"))))
                .andExpect(status().isForbidden());
    }
}
