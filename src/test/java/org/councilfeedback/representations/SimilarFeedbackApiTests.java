package org.councilfeedback.representations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilfeedback.FeedbackTypesTestSupport;
import org.councilfeedback.intake.FeedbackType;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

class SimilarFeedbackApiTests extends FeedbackTypesTestSupport {

    private List<JsonNode> similar(String reference, RequestPostProcessor who) throws Exception {
        String response = mvc.perform(get("/api/v1/feedback/{r}/similar", reference).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<JsonNode> items = new ArrayList<>();
        json(response).get("items").forEach(items::add);
        return items;
    }

    private static List<String> references(List<JsonNode> items) {
        return items.stream().map(item -> item.get("reference").asString()).toList();
    }

    @Test
    void findsARepeatContactAboutTheSameThingMostSimilarFirst() throws Exception {
        String first = submit(FeedbackType.COMPLAINT, "planning",
                "The lorries from the quarry at Dry Drayton start at 5am and wake the whole street, although the "
                        + "planning conditions say they may not start before 7am.", Person.byPhone());
        String repeat = submit(FeedbackType.NOT_SURE, "planning",
                "Quarry lorries at Dry Drayton are running from 5am again, breaking the planning conditions that say 7am.",
                Person.byPhone());
        String other = submit(FeedbackType.COMPLAINT, "planning",
                "Nobody has replied to my email about the consultation on the minerals and waste local plan.",
                Person.byPhone());

        await().atMost(WAIT).until(() -> references(similar(first, complaintsOfficer())).contains(repeat));
        List<JsonNode> items = similar(first, complaintsOfficer());
        assertThat(items.get(0).get("reference").asString()).isEqualTo(repeat);
        assertThat(items).hasSizeLessThanOrEqualTo(20).allSatisfy(item ->
                assertThat(item.get("similarity").asDouble()).isBetween(0.0, 1.0));
        assertThat(items.stream().map(item -> item.get("similarity").asDouble()).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(references(items)).doesNotContain(first);
        double repeatSimilarity = items.get(0).get("similarity").asDouble();
        items.stream().filter(item -> item.get("reference").asString().equals(other)).findFirst()
                .ifPresent(item -> assertThat(item.get("similarity").asDouble()).isLessThan(repeatSimilarity));
    }

    @Test
    void comparesRepresentationsOnlyWithinTheSamePolicyArea() throws Exception {
        String text = "Scrap the booking system at the household recycling centres; people should be able to turn up.";
        String first = representation(text + " It causes fly-tipping.", "waste-recycling-centres");
        String sameArea = representation(text + " Older people cannot book online.", "waste-recycling-centres");
        String otherArea = representation(text + " Lanes near the tip are full of rubbish.", "highways-maintenance");

        List<String> found = references(similar(first, director()));
        assertThat(found).contains(sameArea).doesNotContain(otherArea);
    }

    private String representation(String text, String policyArea) throws Exception {
        String reference = submit(FeedbackType.REPRESENTATION, null, text, Person.byPhone());
        mvc.perform(put("/api/v1/feedback/{r}/representation", reference).with(complaintsOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("policyArea", policyArea))))
                .andExpect(status().isOk());
        return reference;
    }

    @Test
    void showsOnlyWhatTheCallerMaySee() throws Exception {
        String complaint = submit(FeedbackType.COMPLAINT, "planning", "The quarry is too noisy.", Person.byPhone());

        mvc.perform(get("/api/v1/feedback/{r}/similar", complaint).with(director())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/feedback/{r}/similar", complaint).with(as("manager", "REPORT_VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/feedback/{r}/similar", complaint)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/feedback/FB-2026-999996/similar").with(complaintsOfficer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/feedback/{r}/similar", complaint).with(as("investigator", "INVESTIGATING_OFFICER")))
                .andExpect(status().isOk());
    }
}
