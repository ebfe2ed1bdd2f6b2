package org.councilfeedback.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilfeedback.complaints.ProcedureFixtures.CALENDAR;
import static org.councilfeedback.complaints.ProcedureFixtures.LONDON;
import static org.councilfeedback.complaints.ProcedureFixtures.newCase;
import static org.councilfeedback.complaints.ProcedureFixtures.response;

import java.time.LocalDate;
import org.councilfeedback.triage.Process;
import org.junit.jupiter.api.Test;

/** A case only moves the way its procedure allows. */
class StageTransitionsTests {

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static Stage escalate(ComplaintCase c, LocalDate on) {
        return c.escalate("Still not satisfied", on.atTime(10, 0).atZone(LONDON).toInstant(), on, "complaints.officer", on, CALENDAR);
    }

    @Test
    void aStageIsRespondedToOnce() {
        ComplaintCase c = newCase(Process.CORPORATE, date("2026-11-02"));
        c.respond(response("complaints.officer", Outcome.UPHELD, date("2026-11-06")));

        assertThatThrownBy(() -> c.respond(response("complaints.officer", Outcome.UPHELD, date("2026-11-07"))))
                .isInstanceOf(ComplaintException.RuleBroken.class).hasMessageContaining("already responded");
    }

    @Test
    void escalatesToStageTwoWhenTheComplainantRemainsDissatisfied() {
        ComplaintCase c = newCase(Process.CORPORATE, date("2026-11-02"));
        c.respond(response("complaints.officer", Outcome.NOT_UPHELD, date("2026-11-06")));

        Stage two = escalate(c, date("2026-11-10"));

        assertThat(two.number()).isEqualTo(2);
        assertThat(c.current()).isEqualTo(two);
        assertThat(c.rules(two).name()).isEqualTo("Stage 2");
    }

    @Test
    void cannotEscalateBeforeWeHaveResponded() {
        ComplaintCase c = newCase(Process.CORPORATE, date("2026-11-02"));

        assertThatThrownBy(() -> escalate(c, date("2026-11-03")))
                .isInstanceOf(ComplaintException.RuleBroken.class).hasMessageContaining("not responded");
    }

    @Test
    void canEscalateOnTheLastDayOfTheWindowButNotAfter() {
        ComplaintCase c = newCase(Process.CORPORATE, date("2026-11-02"));
        c.respond(response("complaints.officer", Outcome.NOT_UPHELD, date("2026-11-06")));
        LocalDate last = c.deadlines(c.current(), CALENDAR).escalateBy();
        assertThat(last).isEqualTo(CALENDAR.addWorkingDays(date("2026-11-06"), 20));

        assertThat(c.whyNoEscalation(last, CALENDAR)).isEmpty();
        assertThat(c.whyNoEscalation(last.plusDays(1), CALENDAR)).get().asString().contains("ended on");
        assertThatThrownBy(() -> escalate(c, last.plusDays(1))).isInstanceOf(ComplaintException.RuleBroken.class);
    }

    @Test
    void thereIsNoStageAfterTheLast() {
        ComplaintCase c = newCase(Process.CORPORATE, date("2026-11-02"));
        c.respond(response("complaints.officer", Outcome.NOT_UPHELD, date("2026-11-06")));
        escalate(c, date("2026-11-09"));
        c.assign("investigator", null);
        c.respond(response("investigator", Outcome.NOT_UPHELD, date("2026-11-20")));

        assertThatThrownBy(() -> escalate(c, date("2026-11-23")))
                .isInstanceOf(ComplaintException.RuleBroken.class).hasMessageContaining("last stage");
    }

    @Test
    void aWithdrawnComplaintCannotBeEscalated() {
        ComplaintCase c = newCase(Process.CORPORATE, date("2026-11-02"));
        c.respond(response("complaints.officer", Outcome.WITHDRAWN, date("2026-11-06")));

        assertThatThrownBy(() -> escalate(c, date("2026-11-09"))).hasMessageContaining("withdrawn");
    }

    @Test
    void theStageOneHandlerCannotBeAssignedStageTwoOfTheComplaintHandlingCode() {
        ComplaintCase c = newCase(Process.CORPORATE, date("2026-11-02"));
        c.assign("complaints.officer", null);
        c.respond(response("complaints.officer", Outcome.NOT_UPHELD, date("2026-11-06")));
        escalate(c, date("2026-11-09"));

        assertThatThrownBy(() -> c.assign("complaints.officer", null))
                .isInstanceOf(ComplaintException.RuleBroken.class).hasMessageContaining("handled Stage 1");
        assertThat(c.assign("investigator", null).handler()).isEqualTo("investigator");
    }

    @Test
    void theStageOneResponderCannotRespondAtStageTwoWithoutAnotherHandler() {
        ComplaintCase c = newCase(Process.CORPORATE, date("2026-11-02"));
        c.respond(response("complaints.officer", Outcome.NOT_UPHELD, date("2026-11-06")));
        escalate(c, date("2026-11-09"));

        assertThatThrownBy(() -> c.respond(response("complaints.officer", Outcome.NOT_UPHELD, date("2026-11-20"))))
                .isInstanceOf(ComplaintException.RuleBroken.class).hasMessageContaining("Assign another handler");
    }

    @Test
    void theSameHandlerMayHandleEveryStageOfTheThreeStageProcedure() {
        ComplaintCase c = newCase(Process.CORPORATE, ProcedureFixtures.london("2025-06-02T10:00"), date("2025-06-02"));
        c.assign("complaints.officer", null);
        c.respond(response("complaints.officer", Outcome.NOT_UPHELD, date("2025-06-06")));
        c.escalate("No", ProcedureFixtures.london("2025-06-09T10:00"), date("2025-06-09"), "x", date("2025-06-09"), CALENDAR);

        assertThat(c.assign("complaints.officer", null).handler()).isEqualTo("complaints.officer");
    }

    @Test
    void anExtensionMustBeAWorkingDayWithinTheStagesMaximum() {
        ComplaintCase c = newCase(Process.CORPORATE, date("2026-12-21"));
        c.acknowledge(date("2026-12-24"));
        StageDeadlines d = c.deadlines(c.current(), CALENDAR);

        assertThatThrownBy(() -> c.extend(date("2027-01-16"), "Waiting for a report", CALENDAR))
                .as("a Saturday").hasMessageContaining("not a working day");
        assertThatThrownBy(() -> c.extend(d.latestExtension().plusDays(1), "Waiting for a report", CALENDAR))
                .hasMessageContaining("up to 10 working days");
        assertThatThrownBy(() -> c.extend(d.dueBy(), "Waiting", CALENDAR)).hasMessageContaining("must be after");

        Stage extended = c.extend(d.latestExtension(), "Waiting for a report", CALENDAR);
        assertThat(extended.extendedTo()).isEqualTo(date("2027-01-26"));
        assertThat(c.deadlines(extended, CALENDAR).dueBy()).as("the procedure's date stays").isEqualTo(d.dueBy());
        assertThat(c.deadlines(extended, CALENDAR).respondBy()).isEqualTo(date("2027-01-26"));
    }

    @Test
    void theThreeStageProcedureCannotBeExtended() {
        ComplaintCase c = newCase(Process.CORPORATE, ProcedureFixtures.london("2025-06-02T10:00"), date("2025-06-02"));

        assertThatThrownBy(() -> c.extend(date("2025-06-20"), "More time", CALENDAR)).hasMessageContaining("cannot be extended");
    }

    @Test
    void childrensStageTwoNeedsAnIndependentPersonBeforeTheResponse() {
        ComplaintCase c = newCase(Process.CHILDRENS_SOCIAL_CARE, date("2026-11-02"));
        c.respond(response("social.care", Outcome.NOT_UPHELD, date("2026-11-06")));
        escalate(c, date("2026-11-09"));
        c.assign("investigator", null);

        assertThatThrownBy(() -> c.respond(response("investigator", Outcome.NOT_UPHELD, date("2026-11-20"))))
                .hasMessageContaining("independent person");
        c.assign("investigator", "Jo Independent");
        assertThat(c.respond(response("investigator", Outcome.NOT_UPHELD, date("2026-11-20"))).responded()).isTrue();
    }

    @Test
    void onlyAReviewPanelStageRecordsAPanel() {
        ComplaintCase c = newCase(Process.CORPORATE, date("2026-11-02"));

        assertThatThrownBy(() -> c.recordPanel(date("2026-11-03"), date("2026-11-03"))).hasMessageContaining("no review panel");
    }

    @Test
    void onlyAnAgreedPeriodProcedureAgreesAResponseDate() {
        ComplaintCase corporate = newCase(Process.CORPORATE, date("2026-11-02"));
        ComplaintCase adult = newCase(Process.ADULT_SOCIAL_CARE, date("2026-11-02"));

        assertThatThrownBy(() -> corporate.agreeResponseDate(date("2026-12-01"), null, date("2026-11-03"), CALENDAR))
                .hasMessageContaining("set by the procedure");
        assertThatThrownBy(() -> adult.agreeResponseDate(date("2026-12-25"), null, date("2026-11-03"), CALENDAR))
                .hasMessageContaining("not a working day");
        assertThat(adult.agreeResponseDate(date("2027-02-01"), "Agreed", date("2026-11-03"), CALENDAR).agreedResponseBy())
                .isEqualTo(date("2027-02-01"));
    }

    @Test
    void aStageIsAcknowledgedOnce() {
        ComplaintCase c = newCase(Process.CORPORATE, date("2026-11-02"));
        c.acknowledge(date("2026-11-03"));

        assertThatThrownBy(() -> c.acknowledge(date("2026-11-04"))).hasMessageContaining("already acknowledged");
    }

    @Test
    void aDataProtectionComplaintGoesToTheIcoNotTheOmbudsman() {
        ComplaintCase c = newCase(Process.DATA_PROTECTION, date("2026-11-02"));

        assertThatThrownBy(() -> c.refer(new OmbudsmanReferral(OmbudsmanBody.LGSCO, "1", null, null, null, null, null,
                "dpo", null, null))).hasMessageContaining("go to the ICO");
    }
}
