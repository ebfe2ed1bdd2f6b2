package org.councilfeedback.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Prints how well the triage assistant does, measured honestly: k-fold cross-validation over the bundled corpus
 * (every message is scored by an engine trained without it), then an engine trained on the whole corpus scored on
 * fresh messages written separately from the corpus.
 *
 * <p>Arguments: {@code --folds N} (default 10), {@code --seed N} (default 20261122), {@code --errors} to list every
 * message the assistant got wrong.
 */
public final class TriageEvaluation {

    static final String FRESH = "/triage/fresh.jsonl";
    static final String HOLD_OUT = "/triage/holdout.jsonl";
    static final String FINAL = "/triage/final.jsonl";
    static final String BLIND = "/triage/blind.jsonl";

    private TriageEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        int folds = 10;
        long seed = 20261122L;
        boolean errors = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--errors" -> errors = true;
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        quietTrainingLogs();
        PrintStream out = System.out;
        List<LabelledExample> corpus = Corpus.bundled();
        long started = System.nanoTime();
        List<CrossValidation.Outcome> outcomes = CrossValidation.run(corpus, folds, seed);
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.printf(Locale.ROOT, "Triage assistant, %d-fold cross-validation on %d labelled messages (seed %d, %d ms)%n%n",
                folds, corpus.size(), seed, millis);
        print(CrossValidation.Scores.of(outcomes), out);
        if (errors) {
            printErrors(outcomes, out);
        }
        scoreApart(corpus, FRESH, "fresh messages in new wording (written apart from the corpus; used while writing the rules)", errors, out);
        scoreApart(corpus, HOLD_OUT, "held-out messages (written after the rules were first settled; see docs/triage.md for the figures before it was used)", errors, out);
        scoreApart(corpus, FINAL, "final held-out messages (written after the last rule change; never used to change anything)", errors, out);
        scoreApart(corpus, BLIND, "blind messages in unlike wording (typos, text-speak, call notes, long letters; see docs/triage.md for the figures before it was used)", errors, out);
    }

    private static void scoreApart(List<LabelledExample> corpus, String resource, String description, boolean errors, PrintStream out)
            throws IOException {
        List<LabelledExample> messages = read(resource);
        if (messages.isEmpty()) {
            return;
        }
        List<CrossValidation.Outcome> outcomes = CrossValidation.holdOut(corpus, messages);
        out.printf(Locale.ROOT, "%nTrained on the whole corpus, scored on %d %s%n%n", messages.size(), description);
        print(CrossValidation.Scores.of(outcomes), out);
        if (errors) {
            printErrors(outcomes, out);
        }
    }

    /** OpenNLP reports each training run at INFO; the table is what matters here. */
    static void quietTrainingLogs() {
        if (LoggerFactory.getLogger("opennlp") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    static List<LabelledExample> read(String resource) throws IOException {
        try (InputStream in = TriageEvaluation.class.getResourceAsStream(resource)) {
            return in == null ? List.of() : Corpus.read(in);
        }
    }

    static void print(CrossValidation.Scores scores, PrintStream out) {
        out.println("| measure | value | target |");
        out.println("|---|---|---|");
        out.printf(Locale.ROOT, "| type accuracy (%d messages) | %.3f | >= 0.85 |%n", scores.messages(), scores.typeAccuracy());
        out.printf(Locale.ROOT, "| process accuracy (%d complaints the procedure handles) | %.3f | >= 0.85 |%n",
                scores.processMessages(), scores.processAccuracy());
        out.printf(Locale.ROOT, "| exclusion macro-F1 (%d exclusions) | %.3f | >= 0.75 |%n", scores.exclusions().size(),
                scores.exclusionMacroF1());
        out.printf(Locale.ROOT, "| safeguarding recall (%d concerns) | %.3f | >= 0.95 |%n", scores.safeguarding().support(),
                scores.safeguarding().recall());
        out.printf(Locale.ROOT, "| safeguarding precision | %.3f | >= 0.60 |%n", scores.safeguarding().precision());
        out.println();
        out.println("| exclusion | support | precision | recall | F1 |");
        out.println("|---|---|---|---|---|");
        for (Map.Entry<Exclusion, CrossValidation.PrecisionRecall> row : scores.exclusions().entrySet()) {
            CrossValidation.PrecisionRecall pr = row.getValue();
            out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", row.getKey(), pr.support(), pr.precision(), pr.recall(), pr.f1());
        }
        out.printf(Locale.ROOT, "| macro average | | | | %.3f |%n", scores.exclusionMacroF1());
    }

    private static void printErrors(List<CrossValidation.Outcome> outcomes, PrintStream out) {
        out.println();
        out.println("Messages the assistant got wrong (expected -> suggested):");
        for (CrossValidation.Outcome outcome : outcomes) {
            LabelledExample expected = outcome.expected();
            TriageSuggestion suggested = outcome.suggested();
            String want = route(expected.type().name(), expected.process(), expected.exclusion(), expected.safeguardingConcern());
            String got = route(suggested.type().name(), suggested.process(), suggested.exclusion(), suggested.safeguardingConcern());
            if (!want.equals(got)) {
                out.printf(Locale.ROOT, "%s  %s -> %s%n    %s%n    %s%n", expected.id(), want, got,
                        abbreviate(expected.text()), String.join(" | ", suggested.reasons()));
            }
        }
    }

    private static String route(String type, Process process, Exclusion exclusion, boolean safeguarding) {
        return type + "/" + (exclusion != null ? exclusion : process != null ? process : "-")
                + (safeguarding ? "/SG" : "");
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
