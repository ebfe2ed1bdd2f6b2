package org.councilfeedback.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** References read well on a letter and over the phone: prefix, year, and a number of at least six digits. */
class ReferenceTests {

    @Test
    void padsTheNumberToSixDigitsAndKeepsLongerNumbersWhole() {
        assertThat(Reference.of("FB", 2026, 123).value()).isEqualTo("FB-2026-000123");
        assertThat(Reference.of("FB", 2027, 0).value()).isEqualTo("FB-2027-000000");
        assertThat(Reference.of("CCC", 2026, 1_234_567).value()).isEqualTo("CCC-2026-1234567");
        assertThat(Reference.of("FB", 2026, 999_999).value()).isEqualTo("FB-2026-999999");
    }

    @Test
    void refusesANegativeNumber() {
        assertThatThrownBy(() -> Reference.of("FB", 2026, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsWhatAPersonTypedInAnyCaseWithSpacesAround() {
        assertThat(Reference.parse("  fb-2026-000123 ")).contains(Reference.of("FB", 2026, 123));
        assertThat(Reference.parse("FB-26-123")).isEmpty();
        assertThat(Reference.parse(null)).isEmpty();
    }
}
