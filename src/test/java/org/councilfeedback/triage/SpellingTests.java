package org.councilfeedback.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTests {

    private final Spelling spelling = Spelling.learnFrom(List.of("We were putting the bins out."),
            List.of("solicitor", "judicial", "safeguarding", "councillor", "cutting", "appeal"));

    @Test
    void restoresAMissingLetter() {
        assertThat(spelling.correct("solictor")).isEqualTo("solicitor");
        assertThat(spelling.correct("judical")).isEqualTo("judicial");
    }

    @Test
    void putsSwappedLettersBack() {
        assertThat(spelling.correct("safegaurding")).isEqualTo("safeguarding");
    }

    @Test
    void removesADoubledLetter() {
        assertThat(spelling.correct("appeall")).isEqualTo("appeal");
    }

    @Test
    void neverChangesAWordItKnows() {
        assertThat(spelling.correct("putting")).isEqualTo("putting");
    }

    @Test
    void doesNotChangeALetterInAShortWord() {
        assertThat(Spelling.learnFrom(List.of(), List.of("cutting")).correct("hutting")).isEqualTo("hutting");
    }

    @Test
    void leavesShortWordsAndNumbersAlone() {
        assertThat(spelling.correct("sue")).isEqualTo("sue");
        assertThat(spelling.correct("a141")).isEqualTo("a141");
    }
}
