package org.councilfeedback.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * k-fold cross-validation of the triage assistant on labelled examples: for each fold the engine is trained on the
 * other folds and scored on this one, so no message is ever scored by an engine that was trained on it. Folds are
 * stratified by label so that every fold sees the rare exclusions.
 */
final class CrossValidation {

    /** One held-out message and what the engine trained without it suggested. */
    record Outcome(LabelledExample expected, TriageSuggestion suggested) {
    }

    private CrossValidation() {
    }

    static List<Outcome> run(List<LabelledExample> examples, int folds, long seed) {
        if (folds < 2 || folds > examples.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of examples");
        }
        List<List<LabelledExample>> split = stratifiedFolds(examples, folds, seed);
        List<Outcome> outcomes = new ArrayList<>();
        for (int held = 0; held < folds; held++) {
            List<LabelledExample> training = new ArrayList<>();
            for (int other = 0; other < folds; other++) {
                if (other != held) {
                    training.addAll(split.get(other));
                }
            }
            TriageEngine engine = TriageEngine.train(training);
            for (LabelledExample example : split.get(held)) {
                outcomes.add(new Outcome(example, engine.suggest(example.text())));
            }
        }
        outcomes.sort(Comparator.comparing(outcome -> outcome.expected().id()));
        return outcomes;
    }

    /** Scores an engine trained on one set of examples against another set it has never seen. */
    static List<Outcome> holdOut(List<LabelledExample> training, List<LabelledExample> test) {
        TriageEngine engine = TriageEngine.train(training);
        return test.stream().map(example -> new Outcome(example, engine.suggest(example.text()))).toList();
    }

    static List<List<LabelledExample>> stratifiedFolds(List<LabelledExample> examples, int folds, long seed) {
        Map<String, List<LabelledExample>> byLabel = examples.stream()
                .sorted(Comparator.comparing(LabelledExample::id))
                .collect(Collectors.groupingBy(CrossValidation::label, LinkedHashMap::new, Collectors.toList()));
        List<List<LabelledExample>> split = new ArrayList<>();
        for (int i = 0; i < folds; i++) {
            split.add(new ArrayList<>());
        }
        Random random = new Random(seed);
        int next = 0;
        for (List<LabelledExample> group : byLabel.values()) {
            List<LabelledExample> shuffled = new ArrayList<>(group);
            java.util.Collections.shuffle(shuffled, random);
            for (LabelledExample example : shuffled) {
                split.get(next++ % folds).add(example);
            }
        }
        return split;
    }

    private static String label(LabelledExample example) {
        return example.type() + "/" + example.exclusion() + "/" + example.process();
    }

    /** The figures the issue asks for. */
    record Scores(
            int messages,
            double typeAccuracy,
            int processMessages,
            double processAccuracy,
            Map<Exclusion, PrecisionRecall> exclusions,
            double exclusionMacroF1,
            PrecisionRecall safeguarding) {

        static Scores of(List<Outcome> outcomes) {
            double typeAccuracy = fraction(outcomes, o -> o.suggested().type() == o.expected().type());
            List<Outcome> withProcess = outcomes.stream().filter(o -> o.expected().hasProcess()).toList();
            double processAccuracy = fraction(withProcess, o -> o.suggested().process() == o.expected().process());
            Map<Exclusion, PrecisionRecall> exclusions = new EnumMap<>(Exclusion.class);
            for (Exclusion exclusion : Exclusion.values()) {
                if (outcomes.stream().anyMatch(o -> o.expected().exclusion() == exclusion)) {
                    exclusions.put(exclusion, PrecisionRecall.of(outcomes,
                            o -> o.suggested().exclusion() == exclusion, o -> o.expected().exclusion() == exclusion));
                }
            }
            double macroF1 = exclusions.values().stream().mapToDouble(PrecisionRecall::f1).average().orElse(0);
            PrecisionRecall safeguarding = PrecisionRecall.of(outcomes,
                    o -> o.suggested().safeguardingConcern(), o -> o.expected().safeguardingConcern());
            return new Scores(outcomes.size(), typeAccuracy, withProcess.size(), processAccuracy, exclusions, macroF1,
                    safeguarding);
        }

        private static double fraction(List<Outcome> outcomes, Function<Outcome, Boolean> right) {
            return outcomes.isEmpty() ? 0 : outcomes.stream().filter(right::apply).count() / (double) outcomes.size();
        }
    }

    record PrecisionRecall(int truePositives, int falsePositives, int falseNegatives) {

        static PrecisionRecall of(List<Outcome> outcomes, Function<Outcome, Boolean> predicted, Function<Outcome, Boolean> actual) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Outcome outcome : outcomes) {
                boolean p = predicted.apply(outcome);
                boolean a = actual.apply(outcome);
                tp += p && a ? 1 : 0;
                fp += p && !a ? 1 : 0;
                fn += !p && a ? 1 : 0;
            }
            return new PrecisionRecall(tp, fp, fn);
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        int support() {
            return truePositives + falseNegatives;
        }
    }
}
