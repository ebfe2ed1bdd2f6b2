package org.councilfeedback.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading the three boxes of a GOV.UK date input. */
class DateAnswerTests {

    @Test
    void threeBlankBoxesAreNoDateAndNoProblem() {
        DateAnswer blank = new DateAnswer(" ", null, "");
        assertThat(blank.isBlank()).isTrue();
        assertThat(blank.date()).isNull();
        assertThat(blank.problem("The date", null)).isNull();
    }

    @Test
    void aRealDateIsReadWithSpacesAndLeadingZeros() {
        assertThat(new DateAnswer(" 01 ", "09", "2026").date()).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void missingBoxesAreNamedAndHighlighted() {
        Set<String> parts = new HashSet<>();
        assertThat(new DateAnswer("", "3", "").problem("The date", parts)).isEqualTo("The date must include a day and year");
        assertThat(parts).containsExactlyInAnyOrder("day", "year");
    }

    @Test
    void impossibleDatesAreNotRealDates() {
        Set<String> parts = new HashSet<>();
        assertThat(new DateAnswer("30", "2", "2026").problem("The date", parts)).isEqualTo("The date must be a real date");
        assertThat(parts).containsExactlyInAnyOrder("day", "month", "year");
        assertThat(new DateAnswer("1", "13", "2026").problem("The date", null)).isEqualTo("The date must be a real date");
        assertThat(new DateAnswer("-1", "1", "2026").problem("The date", null)).isEqualTo("The date must be a real date");
        assertThat(new DateAnswer("99999999999", "1", "2026").problem("The date", null)).isEqualTo("The date must be a real date");
    }

    @Test
    void aYearNeedsFourNumbers() {
        Set<String> parts = new HashSet<>();
        assertThat(new DateAnswer("1", "1", "26").problem("The date", parts)).isEqualTo("The date must include a year with 4 numbers");
        assertThat(parts).containsExactly("year");
    }

    @Test
    void aDateIsShownAgainAsItsThreeNumbers() {
        assertThat(DateAnswer.of(LocalDate.of(2026, 3, 27))).isEqualTo(new DateAnswer("27", "3", "2026"));
        assertThat(DateAnswer.of(null).isBlank()).isTrue();
    }
}
