package org.councilfeedback.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working days for the demo council around the holidays that trip deadlines up, and core hours around their edges
 * and the clock changes. Instants are written in UTC: Europe/London is UTC in winter and UTC+1 in summer.
 */
class WorkingDayCalendarTests {

    private final WorkingDayCalendar calendar = CalendarFixtures.demoCalendar();

    @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-12-24 | true  | Wednesday, Christmas Eve
            2025-12-25 | false | Christmas Day 2025, Thursday
            2025-12-26 | false | Boxing Day 2025, Friday
            2025-12-29 | true  | Monday after Christmas 2025
            2026-01-01 | false | New Year's Day 2026, Thursday
            2026-12-24 | true  | Thursday, Christmas Eve
            2026-12-25 | false | Christmas Day 2026, Friday
            2026-12-26 | false | Saturday, Boxing Day 2026
            2026-12-28 | false | Monday, substitute for Boxing Day 2026
            2026-12-29 | true  | Tuesday after Christmas 2026
            2027-01-01 | false | New Year's Day 2027, Friday
            2027-12-24 | true  | Friday, Christmas Eve
            2027-12-27 | false | Monday, substitute for Christmas Day 2027
            2027-12-28 | false | Tuesday, substitute for Boxing Day 2027
            2027-12-29 | true  | Wednesday after Christmas 2027
            2022-01-03 | false | Monday, substitute for New Year's Day 2022
            2022-01-04 | true  | Tuesday after it
            2025-04-18 | false | Good Friday 2025
            2025-04-21 | false | Easter Monday 2025
            2026-04-03 | false | Good Friday 2026
            2026-04-06 | false | Easter Monday 2026
            2026-04-07 | true  | Tuesday after Easter 2026
            2025-05-05 | false | early May bank holiday 2025
            2025-05-26 | false | spring bank holiday 2025
            2026-05-04 | false | early May bank holiday 2026
            2026-05-25 | false | spring bank holiday 2026
            2026-08-31 | false | summer bank holiday 2026
            2022-05-30 | true  | last Monday of May 2022: the spring bank holiday moved to the jubilee
            2022-06-02 | false | spring bank holiday 2022, Platinum Jubilee
            2022-06-03 | false | Platinum Jubilee bank holiday
            2022-09-19 | false | State Funeral of Queen Elizabeth II
            2023-05-08 | false | coronation of King Charles III
            2026-03-29 | false | Sunday, clocks go forward
            2026-10-25 | false | Sunday, clocks go back
            2026-11-21 | false | Saturday
            2026-11-23 | true  | Monday
            """)
    void knowsWhichDaysAreWorkingDays(LocalDate date, boolean working, String why) {
        assertThat(calendar.isWorkingDay(date)).as(why).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-12-23 | 3 | 2025-12-30 | Christmas 2025: 24, 29, 30
            2025-12-24 | 1 | 2025-12-29 | over Christmas and Boxing Day 2025
            2025-12-31 | 1 | 2026-01-02 | over New Year's Day 2026
            2026-12-23 | 3 | 2026-12-30 | API example: 24, 29, 30
            2026-12-24 | 1 | 2026-12-29 | over Christmas 2026 and the substitute Monday
            2026-12-31 | 1 | 2027-01-04 | over New Year's Day 2027 and the weekend
            2026-12-21 | 10 | 2027-01-07 | ten working days over Christmas 2026 and New Year 2027
            2027-12-23 | 2 | 2027-12-29 | Christmas 2027: 24, then both substitute days
            2027-12-24 | 1 | 2027-12-29 | over both substitute days 2027
            2021-12-24 | 1 | 2021-12-29 | over both substitute days 2021
            2021-12-31 | 1 | 2022-01-04 | over the substitute New Year's Day 2022
            2025-04-17 | 1 | 2025-04-22 | over Easter 2025
            2026-04-02 | 1 | 2026-04-07 | over Easter 2026
            2026-03-31 | 5 | 2026-04-09 | a working week over Easter 2026
            2025-05-02 | 1 | 2025-05-06 | over the early May bank holiday 2025
            2025-05-23 | 1 | 2025-05-27 | over the spring bank holiday 2025
            2026-05-01 | 1 | 2026-05-05 | over the early May bank holiday 2026
            2026-05-22 | 1 | 2026-05-26 | over the spring bank holiday 2026
            2022-05-27 | 1 | 2022-05-30 | 2022: the last Monday of May was a working day
            2022-06-01 | 1 | 2022-06-06 | over the jubilee bank holidays
            2022-09-16 | 1 | 2022-09-20 | over the State Funeral
            2026-11-20 | 3 | 2026-11-25 | API example acknowledgement: Friday plus three
            2026-11-23 | 0 | 2026-11-23 | nothing added to a working day
            2026-11-21 | 0 | 2026-11-23 | nothing added to a Saturday
            2026-12-25 | 0 | 2026-12-29 | nothing added to Christmas Day 2026
            2026-11-21 | 1 | 2026-11-23 | one added to a Saturday
            2026-11-21 | 5 | 2026-11-27 | five added to a Saturday
            """)
    void addsWorkingDays(LocalDate from, int workingDays, LocalDate expected, String why) {
        assertThat(calendar.addWorkingDays(from, workingDays)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "received {0}: clock starts {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-20T10:15:00Z | 2026-11-20 | Friday morning
            2026-11-20T16:29:00Z | 2026-11-20 | Friday 16:29, within core hours
            2026-11-20T16:29:59Z | 2026-11-20 | Friday 16:29:59, the last second
            2026-11-20T16:30:00Z | 2026-11-23 | Friday 16:30, core hours have ended
            2026-11-20T16:45:00Z | 2026-11-23 | Friday 16:45, inside Mon-Thu hours but not Friday's
            2026-11-23T08:59:00Z | 2026-11-24 | Monday 08:59, before core hours
            2026-11-23T08:59:59Z | 2026-11-24 | Monday 08:59:59
            2026-11-23T09:00:00Z | 2026-11-23 | Monday 09:00, core hours have begun
            2026-11-26T16:59:59Z | 2026-11-26 | Thursday 16:59:59
            2026-11-26T17:00:00Z | 2026-11-27 | Thursday 17:00 exactly, core hours have ended
            2026-11-21T11:00:00Z | 2026-11-23 | Saturday
            2026-11-22T11:00:00Z | 2026-11-23 | Sunday
            2026-03-27T16:15:00Z | 2026-03-27 | Friday before the clocks go forward, 16:15 GMT
            2026-03-29T00:30:00Z | 2026-03-30 | Sunday the clocks go forward, 00:30 GMT
            2026-03-29T10:00:00Z | 2026-03-30 | Sunday the clocks go forward, 11:00 BST
            2026-03-29T23:30:00Z | 2026-03-31 | Monday 00:30 BST, still Sunday in UTC, before core hours
            2026-03-30T07:59:00Z | 2026-03-31 | Monday 08:59 BST
            2026-03-30T08:00:00Z | 2026-03-30 | Monday 09:00 BST, 08:00 UTC
            2026-03-30T15:59:00Z | 2026-03-30 | Monday 16:59 BST
            2026-03-30T16:00:00Z | 2026-03-31 | Monday 17:00 BST, 16:00 UTC
            2026-10-23T15:15:00Z | 2026-10-23 | Friday before the clocks go back, 16:15 BST
            2026-10-23T15:30:00Z | 2026-10-26 | Friday before the clocks go back, 16:30 BST
            2026-10-25T00:30:00Z | 2026-10-26 | Sunday the clocks go back, first 01:30 BST
            2026-10-25T01:30:00Z | 2026-10-26 | Sunday the clocks go back, second 01:30 GMT
            2026-10-26T08:30:00Z | 2026-10-27 | Monday after the clocks go back, 08:30 GMT
            2026-10-26T09:00:00Z | 2026-10-26 | Monday after the clocks go back, 09:00 GMT
            2026-10-26T16:59:00Z | 2026-10-26 | Monday after the clocks go back, 16:59 GMT
            2026-12-24T16:59:00Z | 2026-12-24 | Christmas Eve 2026, within core hours
            2026-12-24T17:00:00Z | 2026-12-29 | Christmas Eve 2026 after hours: over Christmas and the substitute day
            2026-12-28T10:00:00Z | 2026-12-29 | substitute Boxing Day 2026 in core hours
            2026-04-02T16:00:00Z | 2026-04-07 | Thursday before Good Friday 2026, 17:00 BST
            2026-04-03T09:00:00Z | 2026-04-07 | Good Friday 2026 in core hours
            2027-12-24T16:30:00Z | 2027-12-29 | Friday 24 Dec 2027 after hours: over both substitute days
            """)
    void startsTheClockOnTheDayOfReceiptOnlyWithinCoreHoursOfAWorkingDay(Instant receivedAt, LocalDate expected,
            String why) {
        assertThat(calendar.clockStart(receivedAt)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "received {0} + {1} working days: due {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-20T10:15:00Z | 3  | 2026-11-25 | API example: phone call on a Friday morning
            2026-11-20T16:30:00Z | 3  | 2026-11-26 | Friday after core hours: the clock starts on Monday
            2026-11-21T10:00:00Z | 3  | 2026-11-26 | Saturday: the clock starts on Monday
            2026-12-23T14:00:00Z | 3  | 2026-12-30 | before Christmas 2026
            2026-12-24T17:00:00Z | 3  | 2027-01-04 | Christmas Eve after hours: starts 29 Dec, then 30, 31 and 4 Jan
            2026-12-24T17:00:00Z | 10 | 2027-01-13 | stage 1, ten working days
            2026-04-02T16:00:00Z | 20 | 2026-05-06 | stage 2 over Easter and early May 2026
            2026-11-20T10:15:00Z | 0  | 2026-11-20 | immediate: the day of receipt
            """)
    void dueDatesCountFromTheDayTheClockStarts(Instant receivedAt, int workingDays, LocalDate expected, String why) {
        assertThat(calendar.dueBy(receivedAt, workingDays)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "working days after {0} up to {1}: {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-23 | 2026-12-30 | 3   | API example
            2026-12-24 | 2026-12-29 | 1   | over Christmas 2026
            2026-11-20 | 2026-11-23 | 1   | Friday to Monday
            2026-11-20 | 2026-11-22 | 0   | Friday to Sunday
            2026-11-23 | 2026-11-23 | 0   | the same day
            2026-11-27 | 2026-11-23 | 0   | backwards
            2026-04-02 | 2026-04-07 | 1   | over Easter 2026
            2022-06-01 | 2022-06-06 | 1   | over the jubilee
            2025-01-01 | 2025-12-31 | 253 | all of 2025: 261 weekdays less 8 bank holidays
            2026-12-31 | 2027-12-31 | 253 | all of 2027: 261 weekdays less 8 bank holidays
            """)
    void countsWorkingDaysBetweenTwoDates(LocalDate from, LocalDate to, int expected, String why) {
        assertThat(calendar.workingDaysBetween(from, to)).as(why).isEqualTo(expected);
    }

    @Test
    void honoursTheCouncilsClosureDays() {
        Set<LocalDate> christmasClosure = Set.of(
                LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31));
        WorkingDayCalendar closing = CalendarFixtures.calendarWithClosureDays(christmasClosure);

        assertThat(closing.isWorkingDay(LocalDate.of(2026, 12, 29))).isFalse();
        assertThat(closing.addWorkingDays(LocalDate.of(2026, 12, 23), 3)).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(closing.addWorkingDays(LocalDate.of(2026, 12, 29), 0)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(closing.clockStart(Instant.parse("2026-12-24T17:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(closing.clockStart(Instant.parse("2026-12-30T10:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(closing.workingDaysBetween(LocalDate.of(2026, 12, 23), LocalDate.of(2027, 1, 5))).isEqualTo(3);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 23), 3))
                .as("without the closure").isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void countsWeekendsOnlyPastTheKnownBankHolidays() {
        // The bundled data ends with 2027; until it is refreshed, a Monday in 2028 counts as a working day.
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 1))).isFalse();
    }

    @Test
    void refusesANumberOfWorkingDaysOutsideZeroToFourHundred() {
        LocalDate from = LocalDate.of(2026, 11, 23);
        assertThat(calendar.addWorkingDays(from, WorkingDayCalendar.MAX_WORKING_DAYS)).isAfter(from);
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(from, -1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar.addWorkingDays(from, WorkingDayCalendar.MAX_WORKING_DAYS + 1));
    }

    @Test
    void isOnOrAfterTheDayItself() {
        assertThat(calendar.onOrAfter(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(calendar.onOrAfter(LocalDate.of(2027, 12, 25))).isEqualTo(LocalDate.of(2027, 12, 29));
    }
}
