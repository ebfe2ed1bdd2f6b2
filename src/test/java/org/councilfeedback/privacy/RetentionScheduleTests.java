package org.councilfeedback.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.councilfeedback.support.FeedbackFixtures.feedback;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import org.councilfeedback.access.AuditEntry;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackStatus;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.intake.TimelineEntry;
import org.councilfeedback.people.People;
import org.councilfeedback.people.Person;
import org.councilfeedback.support.FeedbackFixtures;
import org.councilfeedback.support.PeopleAndPrivacyTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The retention schedule anonymises closed feedback once its period has passed, never open or held feedback, and keeps
 * the statistics and the audit trail.
 */
@PeopleAndPrivacyTest
class RetentionScheduleTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    RetentionSchedule retention;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    FeedbackRecords records;

    @Autowired
    People people;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    String closed(FeedbackFixtures feedback, FeedbackStatus status) {
        String reference = feedback.recordWith(intake);
        await().atMost(Duration.ofSeconds(10)).until(() -> people.personFor(reference).isPresent());
        records.changeStatus(reference, status);
        records.recordOnTimeline(reference, "complaints.officer", "Closed", "Response sent to " + feedback.email());
        return reference;
    }

    /** Three years from now: compliments (kept 2 years after closure) are due, complaints (6 years) are not. */
    static Instant threeYearsOn() {
        return Instant.now().atZone(LONDON).plus(Period.ofYears(3)).toInstant();
    }

    @Test
    void onlyClosedUnheldFeedbackOldEnoughIsAnonymisedAndItsStatisticsStay() throws Exception {
        FeedbackFixtures compliment = feedback().type(FeedbackType.COMPLIMENT).description("Thank you to the library staff.");
        String oldEnough = closed(compliment, FeedbackStatus.CLOSED);
        String signposted = closed(feedback().type(FeedbackType.COMPLIMENT), FeedbackStatus.SIGNPOSTED);
        String complaintNotYetDue = closed(feedback().type(FeedbackType.COMPLAINT), FeedbackStatus.CLOSED);
        String open = feedback().type(FeedbackType.COMPLIMENT).recordWith(intake);
        String held = closed(feedback().type(FeedbackType.COMPLIMENT), FeedbackStatus.CLOSED);
        mvc.perform(post("/api/v1/feedback/{reference}/legal-hold", held).with(as("dpo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Claim issued in the county court\"}"))
                .andExpect(status().isCreated());
        FeedbackRecord before = records.find(oldEnough).orElseThrow();
        Map<String, Object> statisticsBefore = statistics(oldEnough);
        long personId = people.personFor(oldEnough).orElseThrow().id();

        RetentionReport report = retention.runAt(threeYearsOn(), RetentionSchedule.ACTOR, null);

        assertThat(report.anonymisedReferences()).contains(oldEnough, signposted)
                .doesNotContain(complaintNotYetDue, open, held);
        assertThat(report.held()).isGreaterThanOrEqualTo(1);
        assertThat(report.notYetDue()).isGreaterThanOrEqualTo(1);

        FeedbackRecord after = records.find(oldEnough).orElseThrow();
        assertThat(after.description()).isEqualTo(FeedbackRecords.ANONYMISED);
        assertThat(after.desiredOutcome()).isEqualTo(FeedbackRecords.ANONYMISED);
        assertThat(after.contact().name()).isEqualTo(FeedbackRecords.ANONYMISED);
        assertThat(after.contact().email()).isEqualTo(FeedbackRecords.ANONYMISED);
        assertThat(after.contact().phone()).isEqualTo(FeedbackRecords.ANONYMISED);
        assertThat(after.contact().address().line1()).isEqualTo(FeedbackRecords.ANONYMISED);
        assertThat(after.contact().address().postcode()).isEqualTo(FeedbackRecords.ANONYMISED);
        assertThat(statistics(oldEnough)).isEqualTo(statisticsBefore);
        assertThat(after.type()).isEqualTo(before.type());
        assertThat(after.receivedAt()).isEqualTo(before.receivedAt());
        assertThat(records.timeline(after)).extracting(TimelineEntry::event).contains("Received", "Closed", "Personal data anonymised");
        assertThat(records.timeline(after)).filteredOn(entry -> !entry.event().equals("Personal data anonymised"))
                .extracting(TimelineEntry::detail).containsOnly(FeedbackRecords.ANONYMISED);
        Person person = people.find(personId).orElseThrow();
        assertThat(person.anonymisedAt()).isNotNull();
        assertThat(person.name()).isEqualTo(FeedbackRecords.ANONYMISED);

        for (String untouched : new String[] {complaintNotYetDue, open, held}) {
            assertThat(records.find(untouched).orElseThrow().description()).isNotEqualTo(FeedbackRecords.ANONYMISED);
            assertThat(records.isAnonymised(untouched)).isFalse();
        }
        assertThat(audit.forReference(oldEnough, 0, 100)).extracting(AuditEntry::action)
                .contains("PERSON_CREATED", "ANONYMISED_BY_RETENTION");
        assertThat(audit.forReference(oldEnough, 0, 100)).allSatisfy(entry -> assertThat(String.valueOf(entry.detail()))
                .doesNotContain(compliment.name()).doesNotContain(compliment.email()).doesNotContain("library"));
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void releasingTheHoldLetsTheNextRunAnonymise() throws Exception {
        String held = closed(feedback().type(FeedbackType.COMPLIMENT), FeedbackStatus.CLOSED);
        mvc.perform(post("/api/v1/feedback/{reference}/legal-hold", held).with(as("complaints.officer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Ombudsman enquiry 26 001 234\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.placedBy").value("complaints.officer"));
        mvc.perform(get("/api/v1/feedback/{reference}", held).with(as("complaints.officer")))
                .andExpect(jsonPath("$.flags", Matchers.hasItem("LEGAL_HOLD")))
                .andExpect(jsonPath("$.legalHold.holds[0].reason").value("Ombudsman enquiry 26 001 234"));

        assertThat(retention.runAt(threeYearsOn(), RetentionSchedule.ACTOR, null).anonymisedReferences()).doesNotContain(held);

        mvc.perform(delete("/api/v1/feedback/{reference}/legal-hold", held).param("reason", "Ombudsman closed the enquiry")
                        .with(as("dpo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holds[0].releasedBy").value("dpo"));
        assertThat(retention.runAt(threeYearsOn(), RetentionSchedule.ACTOR, null).anonymisedReferences()).contains(held);
        mvc.perform(delete("/api/v1/feedback/{reference}/legal-hold", held).with(as("dpo")))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void nothingIsAnonymisedBeforeItsTime() {
        String compliment = closed(feedback().type(FeedbackType.COMPLIMENT), FeedbackStatus.CLOSED);

        RetentionReport report = retention.runAt(Instant.now().atZone(LONDON).plus(Period.ofYears(1)).toInstant(),
                RetentionSchedule.ACTOR, null);

        assertThat(report.anonymisedReferences()).doesNotContain(compliment);
        assertThat(records.isAnonymised(compliment)).isFalse();
    }

    @Test
    void legalHoldsAndRunsNeedTheRightRole() throws Exception {
        String reference = feedback().recordWith(intake);
        mvc.perform(post("/api/v1/feedback/{reference}/legal-hold", reference).with(as("customer.services"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/feedback/{reference}/legal-hold", reference).with(as("dpo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/feedback/FB-2001-999997/legal-hold").with(as("dpo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/privacy/retention-runs").with(as("complaints.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/privacy/retention-schedule").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.afterClosure.COMPLAINT").value("P6Y"))
                .andExpect(jsonPath("$.afterClosure.COMPLIMENT").value("P2Y"));
        mvc.perform(post("/api/v1/privacy/retention-runs").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.examined").isNumber());
    }

    private Map<String, Object> statistics(String reference) {
        return jdbc.sql("""
                select type, chosen_type, status, channel, received_at, clock_start, service_area, event_date, anonymous,
                  preferred_contact_method, ack_method, ack_due_by, created_at from feedback where reference = :r""")
                .param("r", reference).query().singleRow();
    }
}
