package org.councilfeedback.triage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A maximum-entropy document categoriser (Apache OpenNLP) over features the caller computes (OpenNLP's bag-of-words
 * generator passes them through unchanged). It can say which of a
 * message's features weighed most towards a category, so that its part in a suggestion can be explained.
 * Immutable and safe to share between threads once trained.
 */
final class TextClassifier {

    /** A labelled message, as features. */
    record Sample(String label, String[] features) {
    }

    /** The categories in order of probability, most likely first. */
    record Prediction(String label, double probability, Map<String, Double> probabilities) {

        double probabilityOf(String category) {
            return probabilities.getOrDefault(category, 0.0);
        }
    }

    /** OpenNLP's bag-of-words generator passes each precomputed feature on with this prefix. */
    private static final String BAG_OF_WORDS = "bow=";
    /** An upper bound: on this corpus the optimiser converges well before it (60, 100 and 200 give the same models). */
    private static final int ITERATIONS = 100;
    private static final double L2_COST = 0.5;

    private final DocumentCategorizerME categorizer;
    private final Map<String, Context> weights;
    private final String[] outcomes;

    private TextClassifier(DoccatModel model) {
        this.categorizer = new DocumentCategorizerME(model);
        Object[] structures = ((AbstractModel) model.getMaxentModel()).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> parameters = (Map<String, Context>) structures[1];
        this.weights = Map.copyOf(parameters);
        this.outcomes = ((String[]) structures[2]).clone();
    }

    static TextClassifier train(Collection<Sample> samples) {
        if (samples.stream().map(Sample::label).distinct().count() < 2) {
            throw new IllegalArgumentException("A classifier needs examples of at least two categories");
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(QNTrainer.L2COST_PARAM, L2_COST);
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        List<DocumentSample> documents = samples.stream()
                .map(sample -> new DocumentSample(sample.label(), sample.features()))
                .toList();
        try {
            return new TextClassifier(DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(documents),
                    parameters, new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()})));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Prediction classify(String[] features) {
        double[] probabilities = categorizer.categorize(features);
        Map<String, Double> byCategory = new LinkedHashMap<>();
        Integer[] order = new Integer[probabilities.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> -probabilities[i]));
        for (int i : order) {
            byCategory.put(categorizer.getCategory(i), probabilities[i]);
        }
        int best = order[0];
        return new Prediction(categorizer.getCategory(best), probabilities[best], byCategory);
    }

    /**
     * The features of a message that pushed most towards a category, strongest first: each feature's weight for that
     * category less its average weight over all categories.
     */
    List<String> strongestFeatures(String[] features, String category, int limit) {
        int target = Arrays.asList(outcomes).indexOf(category);
        Map<String, Double> pull = new HashMap<>();
        for (String feature : features) {
            Context context = weights.get(BAG_OF_WORDS + feature);
            if (context == null || pull.containsKey(feature)) {
                continue;
            }
            double forTarget = 0;
            double total = 0;
            int[] outcomeIndexes = context.getOutcomes();
            double[] parameters = context.getParameters();
            for (int i = 0; i < outcomeIndexes.length; i++) {
                total += parameters[i];
                if (outcomeIndexes[i] == target) {
                    forTarget = parameters[i];
                }
            }
            double contribution = forTarget - total / outcomes.length;
            if (contribution > 0) {
                pull.put(feature, contribution);
            }
        }
        List<Map.Entry<String, Double>> strongest = new ArrayList<>(pull.entrySet());
        strongest.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return strongest.stream().limit(limit).map(Map.Entry::getKey).toList();
    }
}
