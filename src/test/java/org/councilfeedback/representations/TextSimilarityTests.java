package org.councilfeedback.representations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextSimilarityTests {

    @Test
    void differentFormsOfAWordShareATerm() {
        assertThat(TextSimilarity.terms("Closing the libraries")).containsKeys("librari", "close");
        assertThat(TextSimilarity.terms("library closures")).containsKey("librari");
    }

    @Test
    void dropsWordsThatSayNothingAboutTheSubject() {
        assertThat(TextSimilarity.terms("I think the council should please do this")).isEmpty();
    }

    @Test
    void theSameTextIsFullySimilarAndTextsWithNothingInCommonNotAtAll() {
        Map<String, Integer> potholes = TextSimilarity.terms("Potholes on Mill Road are not repaired");
        Map<String, Integer> buses = TextSimilarity.terms("Evening buses to Soham were withdrawn");
        var corpus = TextSimilarity.Corpus.of(List.of(potholes, buses));
        assertThat(TextSimilarity.similarity(potholes, potholes, corpus)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TextSimilarity.similarity(potholes, buses, corpus)).isZero();
        assertThat(TextSimilarity.similarity(potholes, Map.of(), corpus)).isZero();
    }

    @Test
    void storedTermsReadBackTheSame() {
        Map<String, Integer> terms = TextSimilarity.terms("Sunday opening at Sunday libraries, please, on Sundays");
        assertThat(TextSimilarity.decode(TextSimilarity.encode(terms))).isEqualTo(terms);
    }

    @Test
    void keepsOnlyTheMostFrequentTermsOfAVeryLongText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append("word").append(Integer.toString(i, 26).replaceAll("[0-9]", "x")).append(' ');
        }
        assertThat(TextSimilarity.terms(text.toString())).hasSizeLessThanOrEqualTo(TextSimilarity.MAX_TERMS);
    }

    @Test
    void comparesOneTextWithAThousandCandidatesQuickly() {
        Random random = new Random(42);
        String[] words = ("library bus pothole road school transport care charge bin tip recycling centre council tax "
                + "budget children parent clinic quarry lorry noise speed limit village verge light street hub fare")
                .split(" ");
        List<Map<String, Integer>> candidates = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            candidates.add(TextSimilarity.terms(text.toString()));
        }
        Map<String, Integer> document = candidates.get(0);
        long start = System.nanoTime();
        var corpus = TextSimilarity.Corpus.of(candidates);
        var vector = TextSimilarity.vector(document, corpus);
        double best = 0;
        for (Map<String, Integer> candidate : candidates.subList(1, candidates.size())) {
            best = Math.max(best, TextSimilarity.similarity(vector, TextSimilarity.vector(candidate, corpus)));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Compared one text with 1000 candidates in %d ms%n", millis);
        assertThat(best).isBetween(0.0, 1.0);
        assertThat(millis).isLessThan(1000);
    }
}
