package org.councilfeedback.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.councilfeedback.organisation.CouncilProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The calendar the application runs with is built from the council profile and the bank holiday settings. */
class TimescalesConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(TimescalesConfiguration.class);

    @Test
    void buildsTheCalendarFromTheProfilesClosureDaysAndCoreHours() {
        CouncilProfile profile = profile(List.of(LocalDate.of(2026, 12, 29)),
                Map.of("monday", "10:00-16:00", "tuesday", "10:00-16:00", "wednesday", "10:00-16:00",
                        "thursday", "10:00-16:00", "friday", "10:00-16:00"));

        runner.withBean(CouncilProfile.class, () -> profile).run(context -> {
            WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);

            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 29))).as("closure day").isFalse();
            assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 23), 3)).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(calendar.clockStart(Instant.parse("2026-11-23T09:30:00Z")))
                    .as("before this council's core hours").isEqualTo(LocalDate.of(2026, 11, 24));
            assertThat(calendar.zone()).hasToString("Europe/London");
            assertThat(context.getBean(Clock.class).getZone()).hasToString("Europe/London");
        });
    }

    @Test
    void usesTheBundledBankHolidaysByDefault() {
        runner.withBean(CouncilProfile.class, () -> profile(List.of(), CalendarFixtures.CORE_HOURS)).run(context -> {
            WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);

            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 28))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).as("not in the bundled copy").isTrue();
        });
    }

    @Test
    void readsNewerBankHolidaysFromTheConfiguredAddress(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bank-holidays.json");
        try (InputStream in = getClass().getResourceAsStream(BankHolidaysTests.SAMPLE)) {
            Files.copy(in, file);
        }

        runner.withBean(CouncilProfile.class, () -> profile(List.of(), CalendarFixtures.CORE_HOURS))
                .withPropertyValues("council-feedback.timescales.bank-holidays.refresh-url=" + file.toUri())
                .run(context -> {
                    WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);

                    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
                    assertThat(calendar.isWorkingDay(LocalDate.of(2019, 1, 1))).isFalse();
                });
    }

    private static CouncilProfile profile(List<LocalDate> closureDays, Map<String, String> coreHours) {
        return new CouncilProfile("Test County Council", "Test", null, null, null, null, null, coreHours,
                closureDays, 3, List.of(), Map.of());
    }
}
