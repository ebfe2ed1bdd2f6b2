package org.councilfeedback.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilfeedback.complaints.ProcedureFixtures.CALENDAR;
import static org.councilfeedback.complaints.ProcedureFixtures.PROCEDURES;
import static org.councilfeedback.complaints.ProcedureFixtures.london;
import static org.councilfeedback.complaints.ProcedureFixtures.newCase;
import static org.councilfeedback.complaints.ProcedureFixtures.response;

import java.time.LocalDate;
import org.councilfeedback.triage.Process;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each procedure's deadlines, computed from the stage's facts and the calendar, across Christmas 2026 (Friday 25 and
 * the substitute Monday 28 December), New Year, Easter 2026 (Good Friday 3 and Easter Monday 6 April) and the early
 * May bank holiday.
 */
class ProcedureDeadlinesTests {

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Nested
    class VersionInForce {

        @Test
        void complaintReceivedAt1659OnFriday16January2026FollowsTheThreeStageProcedure() {
            Procedure procedure = PROCEDURES.inForce(Process.CORPORATE, london("2026-01-16T16:59"));

            assertThat(procedure.version()).isEqualTo("three-stage-2019");
            assertThat(procedure.stages()).hasSize(3);
        }

        @Test
        void complaintReceivedAt1700OnFriday16January2026FollowsTheComplaintHandlingCode() {
            Procedure procedure = PROCEDURES.inForce(Process.CORPORATE, london("2026-01-16T17:00"));

            assertThat(procedure.version()).isEqualTo("complaint-handling-code-2026");
            assertThat(procedure.stages()).hasSize(2);
        }

        @Test
        void everyProcessHasAProcedureForComplaintsReceivedLongAgo() {
            for (Process process : Process.values()) {
                assertThat(PROCEDURES.inForce(process, london("2001-06-01T12:00")).process()).isEqualTo(process);
            }
        }
    }

    @Nested
    class CorporateComplaintHandlingCode {

        @Test
        void stageOneIsAcknowledgedWithinFiveWorkingDaysSkippingChristmasAndTheSubstituteDay() {
            ComplaintCase c = newCase(Process.CORPORATE, date("2026-12-21"));

            // 22, 23, 24 Dec; 25 (Christmas), 26-27 (weekend) and 28 (Boxing Day substitute) skipped; 29, 30 Dec
            assertThat(c.deadlines(c.current(), CALENDAR).acknowledgeBy()).isEqualTo(date("2026-12-30"));
        }

        @Test
        void stageOneResponseIsDueTenWorkingDaysAfterTheAcknowledgement() {
            ComplaintCase c = newCase(Process.CORPORATE, date("2026-12-21"));
            c.acknowledge(date("2026-12-24"));

            StageDeadlines d = c.deadlines(c.current(), CALENDAR);
            // 29, 30, 31 Dec; 1 Jan skipped; 4-8 Jan; 11, 12 Jan
            assertThat(d.dueBy()).isEqualTo(date("2027-01-12"));
            // then up to 10 more working days
            assertThat(d.latestExtension()).isEqualTo(date("2027-01-26"));
        }

        @Test
        void beforeAcknowledgementTheResponseIsDueTenWorkingDaysAfterTheLastDayToAcknowledge() {
            ComplaintCase c = newCase(Process.CORPORATE, date("2026-12-21"));

            // acknowledge by 30 Dec; 31 Dec, 4-8, 11-14 Jan
            assertThat(c.deadlines(c.current(), CALENDAR).dueBy()).isEqualTo(date("2027-01-14"));
        }

        @Test
        void stageTwoIsAcknowledgedInFiveWorkingDaysAndAnsweredTwentyWorkingDaysAfterThat() {
            ComplaintCase c = newCase(Process.CORPORATE, london("2026-03-02T10:00"), date("2026-03-02"));
            c.respond(response("complaints.officer", Outcome.NOT_UPHELD, date("2026-03-27")));
            Stage two = c.escalate("Still unhappy", london("2026-03-31T10:00"), date("2026-03-31"), "complaints.officer",
                    date("2026-03-31"), CALENDAR);
            assertThat(c.deadlines(two, CALENDAR).acknowledgeBy())
                    .as("1 and 2 April, Good Friday and Easter Monday skipped, 7, 8, 9 April").isEqualTo(date("2026-04-09"));

            c.acknowledge(date("2026-04-01"));
            StageDeadlines d = c.deadlines(c.current(), CALENDAR);
            // 20 working days after Wed 1 April: 2, 7-10, 13-17, 20-24, 27-30 April, 1 May
            assertThat(d.dueBy()).isEqualTo(date("2026-05-01"));
            // up to 20 more: 4 May (bank holiday) skipped, 5-8, 11-15, 18-22, 26-29 May (25 May skipped), 1-2 June
            assertThat(d.latestExtension()).isEqualTo(date("2026-06-02"));
        }

        @Test
        void theComplainantHasTwentyWorkingDaysAfterAResponseToAskForStageTwo() {
            ComplaintCase c = newCase(Process.CORPORATE, date("2026-12-01"));
            c.respond(response("complaints.officer", Outcome.NOT_UPHELD, date("2026-12-22")));

            // 23, 24, 29, 30, 31 Dec, 4-8, 11-15, 18-22 Jan 2027
            assertThat(c.deadlines(c.current(), CALENDAR).escalateBy()).isEqualTo(date("2027-01-22"));
        }
    }

    @Nested
    class CorporateThreeStage {

        @Test
        void eachStageRunsFromItsOpeningWithoutAnAcknowledgementDeadline() {
            ComplaintCase c = newCase(Process.CORPORATE, london("2025-06-02T10:00"), date("2026-04-01"));

            StageDeadlines d = c.deadlines(c.current(), CALENDAR);
            assertThat(d.acknowledgeBy()).isNull();
            // 2 April; Good Friday, weekend and Easter Monday skipped; 7-10, 13-17 April
            assertThat(d.dueBy()).isEqualTo(date("2026-04-17"));
            assertThat(d.latestExtension()).as("the three-stage procedure has no extensions").isNull();
        }

        @Test
        void stagesTwoAndThreeHaveTwentyWorkingDaysEach() {
            ComplaintCase c = newCase(Process.CORPORATE, london("2025-06-02T10:00"), date("2026-12-01"));
            c.respond(response("complaints.officer", Outcome.NOT_UPHELD, date("2026-12-14")));
            Stage two = c.escalate("No", london("2026-12-15T10:00"), date("2026-12-15"), "x", date("2026-12-15"), CALENDAR);

            // 16-18, 21-24, 29-31 Dec, 4-8, 11-15 Jan 2027
            assertThat(c.deadlines(two, CALENDAR).dueBy()).isEqualTo(date("2027-01-15"));
            assertThat(c.deadlines(two, CALENDAR).dueBy())
                    .isEqualTo(CALENDAR.addWorkingDays(date("2026-12-15"), 20));
        }
    }

    @Nested
    class ChildrensSocialCare {

        @Test
        void stageOneIsTenWorkingDaysExtendableToTwentyInAll() {
            ComplaintCase c = newCase(Process.CHILDRENS_SOCIAL_CARE, date("2026-12-18"));

            StageDeadlines d = c.deadlines(c.current(), CALENDAR);
            // 21-24, 29-31 Dec, 4-6 Jan
            assertThat(d.dueBy()).isEqualTo(date("2027-01-06"));
            assertThat(d.latestExtension()).isEqualTo(CALENDAR.addWorkingDays(date("2026-12-18"), 20))
                    .isEqualTo(date("2027-01-20"));
        }

        @Test
        void stageTwoIsTwentyFiveWorkingDaysExtendableToSixtyFiveInAll() {
            ComplaintCase c = newCase(Process.CHILDRENS_SOCIAL_CARE, date("2026-11-02"));
            c.respond(response("social.care", Outcome.NOT_UPHELD, date("2026-11-13")));
            Stage two = c.escalate("No", london("2026-11-16T10:00"), date("2026-11-16"), "x", date("2026-11-16"), CALENDAR);

            StageDeadlines d = c.deadlines(two, CALENDAR);
            // 17-20, 23-27, 30 Nov-4 Dec, 7-11, 14-18 Dec, 21 Dec
            assertThat(d.dueBy()).isEqualTo(date("2026-12-21"));
            assertThat(d.latestExtension()).isEqualTo(CALENDAR.addWorkingDays(date("2026-11-16"), 65));
        }

        @Test
        void theReviewPanelMeetsWithinThirtyWorkingDaysReportsInFiveAndTheCouncilRespondsInFifteen() {
            ComplaintCase c = childrensCaseAtStageThree(date("2026-03-02"));

            StageDeadlines d = c.deadlines(c.current(), CALENDAR);
            // 30 working days after Mon 2 March, skipping Good Friday and Easter Monday
            assertThat(d.panelBy()).isEqualTo(date("2026-04-15"));
            assertThat(d.reportBy()).isEqualTo(date("2026-04-22"));
            // 15 working days after 22 April, skipping the early May bank holiday
            assertThat(d.dueBy()).isEqualTo(date("2026-05-14"));
        }

        @Test
        void eachReviewPanelDeadlineCountsFromWhenTheStepBeforeHappened() {
            ComplaintCase c = childrensCaseAtStageThree(date("2026-03-02"));
            c.recordPanel(date("2026-04-13"), date("2026-04-13"));

            StageDeadlines d = c.deadlines(c.current(), CALENDAR);
            assertThat(d.reportBy()).isEqualTo(date("2026-04-20"));
            assertThat(d.dueBy()).isEqualTo(date("2026-05-12"));

            c.recordPanelReport(date("2026-04-16"), date("2026-04-16"));
            assertThat(c.deadlines(c.current(), CALENDAR).dueBy()).isEqualTo(CALENDAR.addWorkingDays(date("2026-04-16"), 15));
        }

        private ComplaintCase childrensCaseAtStageThree(LocalDate requested) {
            ComplaintCase c = newCase(Process.CHILDRENS_SOCIAL_CARE, requested.minusMonths(3));
            c.respond(response("social.care", Outcome.NOT_UPHELD, requested.minusMonths(3).plusDays(7)));
            c.escalate("No", requested.minusMonths(3).plusDays(8).atStartOfDay(ProcedureFixtures.LONDON).toInstant(),
                    requested.minusMonths(3).plusDays(8), "x", requested.minusMonths(3).plusDays(8), CALENDAR);
            c.assign("investigator", "Jo Independent");
            c.respond(response("investigator", Outcome.NOT_UPHELD, requested.minusDays(5)));
            c.escalate("Review please", requested.atTime(10, 0).atZone(ProcedureFixtures.LONDON).toInstant(), requested,
                    "x", requested, CALENDAR);
            return c;
        }
    }

    @Nested
    class AdultSocialCare {

        @Test
        void isAcknowledgedWithinThreeWorkingDays() {
            ComplaintCase c = newCase(Process.ADULT_SOCIAL_CARE, date("2026-12-23"));

            // 24, 29, 30 December
            assertThat(c.deadlines(c.current(), CALENDAR).acknowledgeBy()).isEqualTo(date("2026-12-30"));
        }

        @Test
        void untilARespondByDateIsAgreedTheResponseIsDueSixMonthsOnAtTheNextWorkingDay() {
            ComplaintCase c = newCase(Process.ADULT_SOCIAL_CARE, date("2026-06-25"));

            // 25 December is Christmas Day, then a weekend and the Boxing Day substitute
            assertThat(c.deadlines(c.current(), CALENDAR).dueBy()).isEqualTo(date("2026-12-29"));
        }

        @Test
        void theAgreedDateIsTheDueDate() {
            ComplaintCase c = newCase(Process.ADULT_SOCIAL_CARE, date("2026-06-25"));
            c.agreeResponseDate(date("2026-09-30"), "Agreed by phone", date("2026-06-29"), CALENDAR);

            assertThat(c.deadlines(c.current(), CALENDAR).dueBy()).isEqualTo(date("2026-09-30"));
        }
    }

    @Nested
    class DataProtection {

        @Test
        void isAcknowledgedWithinThirtyDaysAndAnsweredWithinOneCalendarMonth() {
            ComplaintCase c = newCase(Process.DATA_PROTECTION, date("2026-11-25"));

            StageDeadlines d = c.deadlines(c.current(), CALENDAR);
            // both land on Christmas Day and move past the weekend and the substitute day
            assertThat(d.acknowledgeBy()).isEqualTo(date("2026-12-29"));
            assertThat(d.dueBy()).isEqualTo(date("2026-12-29"));
            // extendable by two months: 28 February 2027 is a Sunday
            assertThat(d.latestExtension()).isEqualTo(date("2027-03-01"));
        }

        @Test
        void aMonthThatEndsOnTheBoxingDaySubstituteMovesToTheNextWorkingDay() {
            ComplaintCase c = newCase(Process.DATA_PROTECTION, date("2026-11-28"));

            assertThat(c.deadlines(c.current(), CALENDAR).dueBy()).isEqualTo(date("2026-12-29"));
        }
    }

    @Nested
    class Timescales {

        @Test
        void readsTheProfilesWords() {
            assertThat(Timescale.parse("10 working days")).isEqualTo(new Timescale.WorkingDays(10));
            assertThat(Timescale.parse("1 working day")).isEqualTo(new Timescale.WorkingDays(1));
            assertThat(Timescale.parse("30 days")).isEqualTo(new Timescale.Days(30));
            assertThat(Timescale.parse("6 Months")).isEqualTo(new Timescale.Months(6));
            assertThat(Timescale.parse(" ")).isNull();
        }

        @Test
        void refusesWhatItCannotRead() {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Timescale.parse("ten days"));
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Timescale.parse("10 weeks"));
        }
    }
}
