package org.councilfeedback.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShorthandTests {

    private static final Spelling SPELLING = Spelling.learnFrom(List.of("The carers were shaking their heads."), List.of());

    @Test
    void writesOutTextSpeak() {
        assertThat(TriageText.of("pls can sum1 ring me, u said u wud", SPELLING).normalised())
                .isEqualTo("please can someone ring me, you said you wud");
    }

    @Test
    void putsBackTheApostrophesOfShortenedWords() {
        assertThat(TriageText.of("She doesnt know and I cant tell her", SPELLING).normalised())
                .isEqualTo("she doesn't know and i can't tell her");
    }

    @Test
    void readsCallNoteCountsAsANumberOfTimes() {
        assertThat(TriageText.of("Cust has chased x3 since May", SPELLING).normalised())
                .isEqualTo("customer has chased 3 times since may");
    }

    @Test
    void leavesPricesAndOrdinaryWordsAlone() {
        assertThat(TriageText.of("Paid £x2 for the bin and no one came", SPELLING).normalised())
                .isEqualTo("paid £x2 for the bin and no one came");
    }

    @Test
    void countsAWrittenOutPhraseAsSeparateWords() {
        assertThat(TriageText.of("no1 came", SPELLING).words()).containsExactly("no", "one", "came");
    }

    @Test
    void restoresADroppedFinalG() {
        assertThat(SPELLING.correct("shakin")).isEqualTo("shaking");
        assertThat(SPELLING.correct("robin")).isEqualTo("robin");
    }

    @Test
    void neverCorrectsIntoAWordShorterThanItCorrects() {
        assertThat(Spelling.learnFrom(List.of(), List.of("sore", "sores")).correct("swore")).isEqualTo("swore");
    }
}
