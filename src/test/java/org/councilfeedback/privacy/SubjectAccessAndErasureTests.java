package org.councilfeedback.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.councilfeedback.support.FeedbackFixtures.feedback;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.councilfeedback.access.AuditEntry;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.access.CaseProcess;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.people.Adjustments;
import org.councilfeedback.people.People;
import org.councilfeedback.safeguarding.Safeguarding;
import org.councilfeedback.support.CaseFactsStub;
import org.councilfeedback.support.FeedbackFixtures;
import org.councilfeedback.support.PeopleAndPrivacyTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Data Protection Officer exports everything held about a person and carries out erasures, both audited. */
@PeopleAndPrivacyTest
class SubjectAccessAndErasureTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    FeedbackRecords records;

    @Autowired
    People people;

    @Autowired
    Safeguarding safeguarding;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    long personOf(String reference) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> people.personFor(reference), p -> p.isPresent())
                .orElseThrow().id();
    }

    /** A person with two pieces of feedback (one about social care), adjustments and a safeguarding concern. */
    record Someone(FeedbackFixtures details, long personId, String first, String second) {}

    Someone someoneWithHistory() {
        FeedbackFixtures sam = feedback().description("The bus to the day centre did not come on Monday.")
                .onBehalfOf("Pat Tester", "Son", true);
        String first = sam.recordWith(intake);
        long personId = personOf(first);
        String second = feedback().name(sam.name()).email(sam.email()).description("My mother's care plan was not followed.").recordWith(intake);
        personOf(second);
        await().until(() -> !people.matchesFor(second).isEmpty());
        people.decide(second, personId, true, "complaints.officer", "10.0.0.1");
        CaseFactsStub.classify(second, CaseProcess.ADULT_SOCIAL_CARE, "social.care");
        people.updateAdjustments(personId, new Adjustments(true, false, false, null, false, null, null, null, null, null),
                "customer.services", "10.0.0.1");
        safeguarding.raise(second, "social.care", "Mother may be neglected at home.");
        return new Someone(sam, personId, first, second);
    }

    @Test
    void theSubjectAccessExportIsAZipWithReadableHtmlAndMachineReadableJson() throws Exception {
        Someone sam = someoneWithHistory();

        var response = mvc.perform(get("/api/v1/people/{id}/subject-access-export", sam.personId()).with(as("dpo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("subject-access-person-" + sam.personId() + ".zip")))
                .andReturn().getResponse();

        Map<String, String> files = unzip(response.getContentAsByteArray());
        assertThat(files).containsOnlyKeys("subject-access-person-" + sam.personId() + ".html",
                "subject-access-person-" + sam.personId() + ".json");
        JsonNode json = JSON.readTree(files.get("subject-access-person-" + sam.personId() + ".json"));
        assertThat(json.at("/person/name").asString()).isEqualTo(sam.details().name());
        assertThat(json.at("/person/email").asString()).isEqualTo(sam.details().email());
        assertThat(json.at("/reasonableAdjustments/largePrint").asBoolean()).isTrue();
        assertThat(json.get("feedback")).hasSize(2);
        assertThat(json.at("/feedback/0/reference").asString()).isEqualTo(sam.first());
        assertThat(json.at("/feedback/0/description").asString()).contains("bus to the day centre");
        assertThat(json.at("/feedback/0/representative/representedName").asString()).isEqualTo("Pat Tester");
        assertThat(json.at("/feedback/0/timeline/0/event").asString()).isEqualTo("Received");
        assertThat(json.at("/feedback/1/safeguardingConcerns/0/concern").asString()).contains("neglected");
        assertThat(json.at("/feedback/1/safeguardingReviewNote").asString()).contains("Review before disclosure");
        assertThat(json.at("/feedback/0/receivedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(json.get("accessLog").findValuesAsString("action")).contains("PERSON_CREATED", "PERSON_MATCH_CONFIRMED");
        String html = files.get("subject-access-person-" + sam.personId() + ".html");
        assertThat(html).contains("Information Cambridgeshire County Council holds about you")
                .contains(sam.details().name()).contains(sam.first()).contains(sam.second())
                .contains("The bus to the day centre did not come on Monday.").contains("Large print")
                .contains("Review before disclosure");
        assertThat(audit.forPerson(sam.personId(), java.util.List.of(), 0, 1000)).extracting(AuditEntry::action)
                .contains("SUBJECT_ACCESS_EXPORTED");
    }

    @Test
    void onlyTheDataProtectionOfficerExports() throws Exception {
        Someone sam = someoneWithHistory();

        mvc.perform(get("/api/v1/people/{id}/subject-access-export", sam.personId()).with(as("complaints.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/{id}/subject-access-export", sam.personId()).with(as("admin")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/999999999/subject-access-export").with(as("dpo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void erasureAnonymisesThePersonAndAllTheirFeedbackAndIsAudited() throws Exception {
        Someone sam = someoneWithHistory();

        mvc.perform(post("/api/v1/people/{id}/erasure", sam.personId()).with(as("dpo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Request under Article 17 accepted\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personId").value(sam.personId()))
                .andExpect(jsonPath("$.feedback", Matchers.containsInAnyOrder(sam.first(), sam.second())));

        for (String reference : new String[] {sam.first(), sam.second()}) {
            var record = records.find(reference).orElseThrow();
            assertThat(record.description()).isEqualTo(FeedbackRecords.ANONYMISED);
            assertThat(record.contact().email()).isEqualTo(FeedbackRecords.ANONYMISED);
            assertThat(record.type()).isNotNull();
        }
        assertThat(people.find(sam.personId()).orElseThrow().name()).isEqualTo(FeedbackRecords.ANONYMISED);
        assertThat(people.adjustmentsOf(sam.personId()).orElseThrow().largePrint()).isTrue();
        assertThat(safeguarding.concernsFor(sam.second())).singleElement()
                .satisfies(concern -> assertThat(concern.concern()).isEqualTo(FeedbackRecords.ANONYMISED));
        assertThat(audit.forPerson(sam.personId(), java.util.List.of(sam.first(), sam.second()), 0, 1000))
                .extracting(AuditEntry::action).contains("ERASURE", "ANONYMISED_BY_ERASURE");
        assertThat(audit.verify().intact()).isTrue();
        mvc.perform(post("/api/v1/people/{id}/erasure", sam.personId()).with(as("dpo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Again\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void erasureIsRefusedWhileAnyOfThePersonsFeedbackIsHeld() throws Exception {
        Someone sam = someoneWithHistory();
        mvc.perform(post("/api/v1/feedback/{reference}/legal-hold", sam.first()).with(as("dpo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Litigation\"}"))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/v1/people/{id}/erasure", sam.personId()).with(as("dpo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Requested\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", Matchers.containsString("legal hold")));

        assertThat(records.isAnonymised(sam.first())).isFalse();
        assertThat(records.isAnonymised(sam.second())).isFalse();
        mvc.perform(post("/api/v1/people/{id}/erasure", sam.personId()).with(as("dpo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/people/{id}/erasure", sam.personId()).with(as("complaints.officer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
