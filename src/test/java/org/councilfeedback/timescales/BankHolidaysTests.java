package org.councilfeedback.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankHolidaysTests {

    static final String SAMPLE = "/timescales/govuk-bank-holidays-2027-2028.json";

    static BankHolidays sample() {
        try (InputStream in = BankHolidaysTests.class.getResourceAsStream(SAMPLE)) {
            return BankHolidays.fromGovUkJson(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void readsOnlyEnglandAndWalesFromGovUksFormat() {
        BankHolidays holidays = sample();

        assertThat(holidays.isBankHoliday(LocalDate.of(2028, 1, 3))).as("substitute New Year's Day").isTrue();
        assertThat(holidays.isBankHoliday(LocalDate.of(2028, 4, 14))).as("Good Friday 2028").isTrue();
        assertThat(holidays.isBankHoliday(LocalDate.of(2028, 12, 26))).as("Boxing Day 2028").isTrue();
        assertThat(holidays.isBankHoliday(LocalDate.of(2027, 11, 30))).as("St Andrew's Day, Scotland only").isFalse();
        assertThat(holidays.isBankHoliday(LocalDate.of(2028, 1, 4))).as("2nd January, Scotland only").isFalse();
        assertThat(holidays.isBankHoliday(LocalDate.of(2028, 3, 17))).as("St Patrick's Day, NI only").isFalse();
        assertThat(holidays.firstDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(holidays.lastDate()).isEqualTo(LocalDate.of(2028, 12, 26));
        assertThat(holidays.coveredUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    void bundledCopyRunsFrom2019ToTheEndOf2027() {
        BankHolidays bundled = BankHolidays.bundled();

        assertThat(bundled.firstDate()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(bundled.lastDate()).isEqualTo(LocalDate.of(2027, 12, 28));
        assertThat(bundled.coveredUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void bundledCopyAgreesWithTheSampleDownloadForTheYearsBothHave() {
        BankHolidays bundled = BankHolidays.bundled();
        BankHolidays sample = sample();
        for (LocalDate date = LocalDate.of(2027, 1, 1); date.getYear() == 2027; date = date.plusDays(1)) {
            assertThat(bundled.isBankHoliday(date)).as(date.toString()).isEqualTo(sample.isBankHoliday(date));
        }
    }

    @Test
    void aNewerDownloadKeepsTheOlderCopysEarlierYearsButDecidesItsOwn() {
        BankHolidays older = BankHolidays.of(Set.of(
                LocalDate.of(2026, 12, 28), LocalDate.of(2027, 6, 15), LocalDate.of(2027, 12, 28)));

        BankHolidays merged = sample().withEarlierYearsFrom(older);

        assertThat(merged.isBankHoliday(LocalDate.of(2026, 12, 28))).as("earlier year kept").isTrue();
        assertThat(merged.isBankHoliday(LocalDate.of(2027, 6, 15))).as("not in the newer copy's 2027").isFalse();
        assertThat(merged.isBankHoliday(LocalDate.of(2028, 12, 26))).isTrue();
        assertThat(merged.firstDate()).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json",
        "[]",
        "{}",
        "{\"scotland\": {\"events\": [{\"date\": \"2028-01-04\"}]}}",
        "{\"england-and-wales\": {\"events\": []}}",
        "{\"england-and-wales\": {\"events\": {\"date\": \"2028-01-03\"}}}",
        "{\"england-and-wales\": {\"events\": [{\"title\": \"No date\"}]}}",
        "{\"england-and-wales\": {\"events\": [{\"date\": \"03/01/2028\"}]}}",
        "{\"england-and-wales\": {\"events\": [{\"date\": 20280103}]}}"
    })
    void refusesAnythingButGovUksFormatWithAClearMessage(String json) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BankHolidays.fromGovUkJson(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .withMessageContainingAll("ank holiday");
    }
}
