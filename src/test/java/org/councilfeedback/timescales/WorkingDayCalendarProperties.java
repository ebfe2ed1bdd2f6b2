package org.councilfeedback.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of working-day arithmetic that hold for any date and time, checked on dates within the bundled bank
 * holidays (2019 to 2027) and instants from any time of day, including the clock changes.
 */
class WorkingDayCalendarProperties {

    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 12, 31);
    private static final LocalDate CLOSURES_FROM = LocalDate.of(2026, 1, 1);

    private final WorkingDayCalendar calendar = CalendarFixtures.demoCalendar();

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, (int) ChronoUnit.DAYS.between(FIRST, LAST)).map(FIRST::plusDays);
    }

    @Provide
    Arbitrary<Instant> instants() {
        long first = FIRST.atStartOfDay(CalendarFixtures.LONDON).toEpochSecond();
        long last = LAST.atStartOfDay(CalendarFixtures.LONDON).toEpochSecond();
        return Arbitraries.longs().between(first, last).map(Instant::ofEpochSecond).edgeCases(edges -> edges.add(
                Instant.parse("2026-03-29T00:59:59Z"), Instant.parse("2026-03-30T08:00:00Z"),
                Instant.parse("2026-10-25T00:59:59Z"), Instant.parse("2026-10-26T09:00:00Z"),
                Instant.parse("2026-11-20T16:29:59Z"), Instant.parse("2026-11-20T16:30:00Z")));
    }

    @Provide
    Arbitrary<LocalDate> datesNearClosures() {
        return Arbitraries.integers().between(0, 540).map(CLOSURES_FROM::plusDays);
    }

    @Provide
    Arbitrary<Set<LocalDate>> closureDays() {
        return Arbitraries.integers().between(0, 600).map(CLOSURES_FROM::plusDays).set().ofMaxSize(250);
    }

    @Property
    void addingWorkingDaysLandsOnAWorkingDayAfterTheStart(@ForAll("dates") LocalDate from,
            @ForAll @IntRange(min = 1, max = 400) int workingDays) {
        LocalDate date = calendar.addWorkingDays(from, workingDays);

        assertThat(date).isAfter(from);
        assertThat(calendar.isWorkingDay(date)).isTrue();
    }

    @Property
    void addingNothingGivesTheFirstWorkingDayOnOrAfterTheStart(@ForAll("dates") LocalDate from) {
        LocalDate date = calendar.addWorkingDays(from, 0);

        assertThat(date).isAfterOrEqualTo(from);
        assertThat(calendar.isWorkingDay(date)).isTrue();
        assertThat(from.datesUntil(date)).noneMatch(calendar::isWorkingDay);
        assertThat(date).isEqualTo(calendar.onOrAfter(from));
    }

    @Property
    void addingMoreWorkingDaysNeverGivesAnEarlierDate(@ForAll("dates") LocalDate from,
            @ForAll @IntRange(min = 0, max = 399) int fewer, @ForAll @IntRange(min = 1, max = 400) int more) {
        Assume.that(fewer < more);

        LocalDate earlier = calendar.addWorkingDays(from, fewer);
        LocalDate later = calendar.addWorkingDays(from, more);

        if (fewer == 0) {
            assertThat(later).isAfterOrEqualTo(earlier);
        } else {
            assertThat(later).isAfter(earlier);
        }
    }

    @Property
    void countingTheWorkingDaysBackGivesTheNumberAdded(@ForAll("dates") LocalDate from,
            @ForAll @IntRange(min = 1, max = 400) int workingDays) {
        assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, workingDays)))
                .isEqualTo(workingDays);
    }

    @Property
    void addingInTwoStepsIsAddingTheSum(@ForAll("dates") LocalDate from,
            @ForAll @IntRange(min = 1, max = 400) int first, @ForAll @IntRange(min = 0, max = 399) int second) {
        Assume.that(first + second <= WorkingDayCalendar.MAX_WORKING_DAYS);

        assertThat(calendar.addWorkingDays(calendar.addWorkingDays(from, first), second))
                .isEqualTo(calendar.addWorkingDays(from, first + second));
    }

    @Property
    void workingDaysBetweenAddUpOverConsecutiveSpans(@ForAll("dates") LocalDate a,
            @ForAll @IntRange(min = 0, max = 600) int firstSpan, @ForAll @IntRange(min = 0, max = 600) int secondSpan) {
        LocalDate b = a.plusDays(firstSpan);
        LocalDate c = b.plusDays(secondSpan);

        assertThat(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c))
                .isEqualTo(calendar.workingDaysBetween(a, c));
    }

    @Property
    void theClockStartsOnAWorkingDayNoLaterThanTheNextOne(@ForAll("instants") Instant receivedAt) {
        ZonedDateTime local = receivedAt.atZone(CalendarFixtures.LONDON);
        LocalDate received = local.toLocalDate();

        LocalDate start = calendar.clockStart(receivedAt);

        assertThat(calendar.isWorkingDay(start)).isTrue();
        assertThat(start).isAfterOrEqualTo(received).isBeforeOrEqualTo(calendar.addWorkingDays(received, 1));
        boolean inCoreHours = CoreHours.parse(CalendarFixtures.CORE_HOURS)
                .contains(local.getDayOfWeek(), local.toLocalTime());
        assertThat(start.equals(received)).isEqualTo(calendar.isWorkingDay(received) && inCoreHours);
    }

    @Property
    void dueDatesAreTheGivenNumberOfWorkingDaysAfterTheClockStarts(@ForAll("instants") Instant receivedAt,
            @ForAll @IntRange(min = 0, max = 400) int workingDays) {
        LocalDate start = calendar.clockStart(receivedAt);

        LocalDate due = calendar.dueBy(receivedAt, workingDays);

        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertThat(calendar.workingDaysBetween(start, due)).isEqualTo(workingDays);
    }

    @Property
    void neverLandsOnAClosureDay(@ForAll("closureDays") Set<LocalDate> closures,
            @ForAll("datesNearClosures") LocalDate from, @ForAll @IntRange(min = 0, max = 400) int workingDays) {
        WorkingDayCalendar closing = CalendarFixtures.calendarWithClosureDays(closures);

        LocalDate date = closing.addWorkingDays(from, workingDays);
        LocalDate start = closing.clockStart(from.atTime(10, 0).atZone(CalendarFixtures.LONDON).toInstant());

        assertThat(closures).doesNotContain(date, start);
        assertThat(calendar.isWorkingDay(date)).as("a working day without the closures too").isTrue();
        assertThat(closing.workingDaysBetween(from, date)).isEqualTo(workingDays == 0 && !date.equals(from)
                ? 1 : workingDays);
    }
}
