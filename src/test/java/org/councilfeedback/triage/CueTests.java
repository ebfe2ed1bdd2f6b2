package org.councilfeedback.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueTests {

    private static TriageText text(String message) {
        return TriageText.of(message, Spelling.learnFrom(List.of(), List.of()));
    }

    private final Cue claim = Cue.unlessNegated("mentions a claim", "\\bclaim(?:ing)?\\b");

    @Test
    void findsThePhraseAndQuotesIt() {
        assertThat(claim.explain(text("We will be claiming for the damage."))).contains("mentions a claim (\"claiming\")");
    }

    @Test
    void ignoresANegatedPhrase() {
        assertThat(claim.find(text("To be clear we are NOT making any claim."))).isEmpty();
        assertThat(claim.find(text("I'm not claiming anything."))).isEmpty();
    }

    @Test
    void stillFindsThePhraseInALaterSentenceAfterANegation() {
        assertThat(claim.find(text("It was not my fault. I will claim for the tyre."))).contains("claim");
    }

    @Test
    void readsCurlyQuotesAndLineBreaksAsPlainText() {
        assertThat(Cue.of("says they are not complaining", "\\bi'm not complaining")
                .find(text("Hello,\n\nI\u2019m not complaining"))).isPresent();
    }
}
