package org.councilfeedback.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.councilfeedback.intake.FeedbackType;

/**
 * Suggests a classification by combining the named rules with three statistical classifiers trained on labelled
 * examples: one for the type, one for the procedure of a complaint, one for safeguarding concern. Immutable and safe
 * to share between threads: retraining builds a new engine.
 *
 * <ol>
 *   <li>The safeguarding rules, or the safeguarding classifier from {@link #SAFEGUARDING_THRESHOLD}, set the flag,
 *       whatever the type.</li>
 *   <li>The first exclusion rule that fires wins, if it is decisive or if the message reads as a complaint.</li>
 *   <li>Otherwise the type classifier decides the type (ironic praise is a complaint); for a complaint, personal
 *       information decides data protection and the procedure classifier decides the rest.</li>
 * </ol>
 */
final class TriageEngine {

    /** A non-decisive exclusion rule gives way when the classifier is at least this sure the type is not a complaint. */
    static final double OTHER_TYPE_BEFORE_EXCLUSION = 0.6;
    static final double DECISIVE_RULE_CONFIDENCE = 0.9;
    static final double RULE_CONFIDENCE = 0.75;
    /**
     * The safeguarding classifier raises the flag from this probability up, as a second pair of eyes for wording the
     * rules do not know. Low on purpose: a missed concern costs more than a second look. In cross-validation on the
     * corpus the classifier on its own is about 0.6 precise from 0.3 up and no more precise below, while its false
     * alarms grow quickly; so 0.3.
     */
    static final double SAFEGUARDING_THRESHOLD = 0.3;
    private static final String AT_RISK = "AT_RISK";
    private static final String NOT_AT_RISK = "NOT_AT_RISK";
    private static final int WORDS_IN_A_REASON = 4;

    private final Spelling spelling;
    private final TextClassifier types;
    private final TextClassifier processes;
    private final TextClassifier risks;

    private TriageEngine(Spelling spelling, TextClassifier types, TextClassifier processes, TextClassifier risks) {
        this.spelling = spelling;
        this.types = types;
        this.processes = processes;
        this.risks = risks;
    }

    /**
     * Trains the three classifiers on labelled examples. The examples' features are worked out in parallel and the
     * classifiers trained side by side: everything involved is immutable or confined to one thread.
     */
    static TriageEngine train(List<LabelledExample> examples) {
        Spelling spelling = Spelling.learnFrom(examples.stream().map(LabelledExample::text).toList(), TriageRules.vocabulary());
        List<String[]> features = examples.parallelStream()
                .map(example -> features(TriageText.of(example.text(), spelling)).values())
                .toList();
        List<TextClassifier.Sample> typeSamples = new ArrayList<>();
        List<TextClassifier.Sample> processSamples = new ArrayList<>();
        List<TextClassifier.Sample> riskSamples = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            LabelledExample example = examples.get(i);
            typeSamples.add(new TextClassifier.Sample(example.type().name(), features.get(i)));
            riskSamples.add(new TextClassifier.Sample(example.safeguardingConcern() ? AT_RISK : NOT_AT_RISK, features.get(i)));
            if (example.hasProcess()) {
                processSamples.add(new TextClassifier.Sample(example.process().name(), features.get(i)));
            }
        }
        CompletableFuture<TextClassifier> processes = CompletableFuture.supplyAsync(() -> TextClassifier.train(processSamples));
        CompletableFuture<TextClassifier> risks = CompletableFuture.supplyAsync(() -> TextClassifier.train(riskSamples));
        TextClassifier types = TextClassifier.train(typeSamples);
        return new TriageEngine(spelling, types, processes.join(), risks.join());
    }

    private static Features features(TriageText text) {
        return Features.of(text, TriageRules.evaluate(text).signals());
    }

    TriageSuggestion suggest(String message) {
        Objects.requireNonNull(message, "message");
        TriageText text = TriageText.of(message, spelling);
        TriageRules.Result rules = TriageRules.evaluate(text);
        Features features = Features.of(text, rules.signals());
        TextClassifier.Prediction type = types.classify(features.values());
        List<String> safeguardingReasons = new ArrayList<>(rules.safeguardingReasons().stream().map(reason -> "Safeguarding: " + reason).toList());
        TextClassifier.Prediction risk = risks.classify(features.values());
        if (risk.probabilityOf(AT_RISK) >= SAFEGUARDING_THRESHOLD && (rules.aboutSomeone() || rules.safeguardingConcern())) {
            safeguardingReasons.add("Safeguarding, to check: worded like earlier safeguarding concerns" + percent(risk.probabilityOf(AT_RISK))
                    + words(features, risks.strongestFeatures(features.values(), AT_RISK, WORDS_IN_A_REASON * 2)));
        }
        boolean safeguarding = !safeguardingReasons.isEmpty();

        List<TriageRules.Finding> findings = new ArrayList<>(rules.exclusions());
        if (safeguarding && rules.couldBeReportOfRisk() && !findings.contains(TriageRules.SAFEGUARDING_REPORT)) {
            findings.add(0, TriageRules.SAFEGUARDING_REPORT);
        }
        Optional<TriageRules.Finding> exclusion = findings.stream()
                .filter(finding -> finding.decisive() || readsAsComplaint(type) || !rules.seesAnotherType())
                .findFirst();
        if (exclusion.isPresent()) {
            TriageRules.Finding finding = exclusion.get();
            return new TriageSuggestion(FeedbackType.COMPLAINT, null, finding.exclusion(), safeguarding,
                    finding.decisive() ? DECISIVE_RULE_CONFIDENCE : RULE_CONFIDENCE,
                    concat(List.of(finding.reason()), safeguardingReasons));
        }

        FeedbackType suggestedType;
        double typeConfidence;
        String typeReason;
        if (rules.ironic()) {
            suggestedType = FeedbackType.COMPLAINT;
            typeConfidence = Math.max(RULE_CONFIDENCE, type.probabilityOf(FeedbackType.COMPLAINT.name()));
            typeReason = "praises ironically: sarcastic praise is dissatisfaction, so a complaint";
        } else {
            suggestedType = FeedbackType.valueOf(type.label());
            typeConfidence = type.probability();
            typeReason = explainType(suggestedType, features, type);
        }
        List<String> reasons = concat(safeguardingReasons, List.of(typeReason));
        if (suggestedType != FeedbackType.COMPLAINT) {
            return new TriageSuggestion(suggestedType, null, null, safeguarding, round(typeConfidence), reasons);
        }
        if (rules.dataProtection().isPresent()) {
            return new TriageSuggestion(FeedbackType.COMPLAINT, Process.DATA_PROTECTION, null, safeguarding,
                    round(typeConfidence * DECISIVE_RULE_CONFIDENCE),
                    concat(reasons, List.of(rules.dataProtection().get() + ": data protection complaints go to the Data Protection Officer")));
        }
        TextClassifier.Prediction process = processes.classify(features.values());
        Process suggestedProcess = Process.valueOf(process.label());
        return new TriageSuggestion(FeedbackType.COMPLAINT, suggestedProcess, null, safeguarding,
                round(typeConfidence * process.probability()),
                concat(reasons, List.of(explainProcess(suggestedProcess, features, process))));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static boolean readsAsComplaint(TextClassifier.Prediction type) {
        return type.label().equals(FeedbackType.COMPLAINT.name()) || type.probability() < OTHER_TYPE_BEFORE_EXCLUSION;
    }

    private String explainType(FeedbackType suggested, Features features, TextClassifier.Prediction prediction) {
        String reads = switch (suggested) {
            case COMPLAINT -> "reads as a complaint (dissatisfaction that needs putting right)";
            case COMPLIMENT -> "reads as a compliment (praise or thanks)";
            case SUGGESTION -> "reads as a suggestion (an idea put forward)";
            case REPRESENTATION -> "reads as a representation (a view on council policy, budgets or what services exist)";
            case NOT_SURE -> "type unclear";
        };
        return reads + percent(prediction.probability()) + words(features, types.strongestFeatures(features.values(), suggested.name(), WORDS_IN_A_REASON * 2));
    }

    private String explainProcess(Process suggested, Features features, TextClassifier.Prediction prediction) {
        String about = switch (suggested) {
            case CORPORATE -> "about a council service with no statutory procedure of its own: corporate procedure";
            case ADULT_SOCIAL_CARE -> "about adult social care: the adult social care procedure";
            case CHILDRENS_SOCIAL_CARE -> "about children's social care: the children's statutory procedure";
            case DATA_PROTECTION -> "about personal information: the Data Protection Officer";
        };
        return about + percent(prediction.probability()) + words(features, processes.strongestFeatures(features.values(), suggested.name(), WORDS_IN_A_REASON * 2));
    }

    private static String percent(double probability) {
        return String.format(Locale.ROOT, " (%d%% likely)", Math.round(probability * 100));
    }

    private static String words(Features features, List<String> strongest) {
        String quoted = strongest.stream()
                .filter(Features::isTellingWords)
                .map(features::wordsFor)
                .filter(Objects::nonNull)
                .distinct()
                .limit(WORDS_IN_A_REASON)
                .map(words -> "\"" + words + "\"")
                .collect(Collectors.joining(", "));
        return quoted.isEmpty() ? "" : "; words that point that way: " + quoted;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
