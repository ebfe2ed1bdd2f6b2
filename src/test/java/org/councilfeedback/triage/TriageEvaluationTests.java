package org.councilfeedback.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The targets of the triage issue, measured as {@link TriageEvaluation} measures them but on 3 folds so that the
 * normal test run keeps them honest. Every message is scored by an engine trained without it.
 */
class TriageEvaluationTests {

    private static final List<LabelledExample> CORPUS = Corpus.bundled();

    @Test
    void meetsTheTargetsInThreeFoldCrossValidation() {
        CrossValidation.Scores scores = CrossValidation.Scores.of(CrossValidation.run(CORPUS, 3, 20261122L));

        assertThat(scores.typeAccuracy()).as("type accuracy").isGreaterThanOrEqualTo(0.85);
        assertThat(scores.processAccuracy()).as("process accuracy").isGreaterThanOrEqualTo(0.85);
        assertThat(scores.exclusionMacroF1()).as("exclusion macro-F1").isGreaterThanOrEqualTo(0.75);
        assertThat(scores.safeguarding().recall()).as("safeguarding recall").isGreaterThanOrEqualTo(0.95);
        assertThat(scores.safeguarding().precision()).as("safeguarding precision").isGreaterThanOrEqualTo(0.60);
    }

    @Test
    void holdsEachMessageOutOfExactlyOneFold() {
        List<List<LabelledExample>> folds = CrossValidation.stratifiedFolds(CORPUS, 3, 1L);

        Set<String> seen = new HashSet<>();
        folds.forEach(fold -> fold.forEach(example -> assertThat(seen.add(example.id())).as(example.id()).isTrue()));
        assertThat(seen).hasSize(CORPUS.size());
    }

    @Test
    void spreadsEachRareExclusionAcrossTheFolds() {
        List<List<LabelledExample>> folds = CrossValidation.stratifiedFolds(CORPUS, 3, 1L);

        assertThat(folds).allSatisfy(fold -> assertThat(fold)
                .anyMatch(example -> example.exclusion() == Exclusion.SCHOOL_ADMISSIONS_APPEAL));
    }

    @Test
    void scoresPrecisionAndRecallFromTheCounts() {
        CrossValidation.PrecisionRecall counts = new CrossValidation.PrecisionRecall(3, 1, 2);

        assertThat(counts.precision()).isEqualTo(0.75);
        assertThat(counts.recall()).isEqualTo(0.6);
        assertThat(counts.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, org.assertj.core.data.Offset.offset(1e-9));
    }
}
