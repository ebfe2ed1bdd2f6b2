package org.councilfeedback.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoreHoursTests {

    private final CoreHours demo = CoreHours.parse(CalendarFixtures.CORE_HOURS);

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(textBlock = """
            MONDAY,    08:59:59, false
            MONDAY,    09:00,    true
            THURSDAY,  16:59:59, true
            THURSDAY,  17:00,    false
            FRIDAY,    16:29:59, true
            FRIDAY,    16:30,    false
            SATURDAY,  12:00,    false
            SUNDAY,    12:00,    false
            """)
    void opensInclusiveAndClosesExclusive(DayOfWeek day, LocalTime time, boolean open) {
        assertThat(demo.contains(day, time)).isEqualTo(open);
    }

    @ParameterizedTest
    @ValueSource(strings = {"09:00", "17:00-09:00", "09:00-09:00", "9am-5pm", "09:00-17:00-18:00"})
    void refusesHoursThatAreNotAnOpeningAndALaterClosingTime(String range) {
        assertThatIllegalArgumentException().isThrownBy(() -> CoreHours.parse(Map.of("monday", range)))
                .withMessageContaining("Core hours for monday");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mondy", "weekdays", ""})
    void refusesSomethingThatIsNotADayOfTheWeek(String day) {
        assertThatIllegalArgumentException().isThrownBy(() -> CoreHours.parse(Map.of(day, "09:00-17:00")))
                .withMessageContaining("day of the week");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Monday", " monday ", "MONDAY"})
    void acceptsDayNamesInAnyCase(String day) {
        assertThat(CoreHours.parse(Map.of(day, "09:00 - 17:00")).contains(DayOfWeek.MONDAY, LocalTime.NOON))
                .isTrue();
    }
}
