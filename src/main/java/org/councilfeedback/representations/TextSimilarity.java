package org.councilfeedback.representations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How alike two texts are. Lucene's English analyser turns text into terms (it drops common words and possessives
 * and stems with Porter's algorithm, so "closing the libraries" and "library closures" share terms); each text becomes
 * a vector of TF-IDF weights (1 + ln tf, times a smoothed inverse document frequency over the texts being compared);
 * Commons Text's {@link CosineSimilarity} measures the angle between two vectors: 1 for the same terms in the same
 * proportions, 0 for nothing in common.
 */
final class TextSimilarity {

    /** At most this many distinct terms are kept for one text (the most frequent). */
    static final int MAX_TERMS = 400;

    /** Words that say nothing about what feedback is about, on top of Lucene's English stop words. */
    private static final List<String> FEEDBACK_STOP_WORDS = List.of(
            "i", "im", "i'm", "ive", "me", "my", "mine", "we", "our", "us", "you", "your", "he", "she", "his", "her",
            "him", "its", "them", "who", "what", "which", "when", "where", "why", "how", "would", "should", "could",
            "can", "cannot", "can't", "will", "shall", "may", "might", "must", "do", "does", "did", "done", "have",
            "has", "had", "am", "been", "being", "get", "got", "very", "really", "just", "also", "so", "too", "more",
            "most", "much", "many", "all", "any", "some", "other", "than", "from", "about", "over", "up", "out", "only",
            "because", "please", "think", "feel", "believe", "like", "want", "wish", "writing", "write", "council",
            "councils", "county", "cambridgeshire", "policy", "policies", "decision", "people", "thank", "thanks",
            "dear", "sir", "madam", "regards", "yours", "sincerely", "one", "now", "new", "make", "made", "dont",
            "don't", "even", "still", "well", "though", "whether", "every", "each", "here", "there", "again");

    private static final Analyzer ANALYZER = analyzer();
    private static final CosineSimilarity COSINE = new CosineSimilarity();
    /** Scale that turns weights into the whole numbers Commons Text's vectors hold, keeping two decimal places (small enough that products stay within an int). */
    private static final double SCALE = 100.0;

    private TextSimilarity() {
    }

    private static Analyzer analyzer() {
        CharArraySet stopWords = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stopWords.addAll(FEEDBACK_STOP_WORDS);
        return new EnglishAnalyzer(stopWords);
    }

    /** The text's terms and how often each occurs (the {@link #MAX_TERMS} most frequent). */
    static Map<String, Integer> terms(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (text == null || text.isBlank()) {
            return counts;
        }
        try (TokenStream tokens = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String value = term.toString();
                if (value.length() > 1 && value.length() <= 40 && !value.chars().allMatch(Character::isDigit)) {
                    counts.merge(value, 1, Integer::sum);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (counts.size() <= MAX_TERMS) {
            return counts;
        }
        Map<String, Integer> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_TERMS)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    /** Terms as stored: {@code term=count} pairs separated by spaces (analysed terms hold neither). */
    static String encode(Map<String, Integer> terms) {
        StringBuilder text = new StringBuilder();
        terms.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(e.getKey()).append('=').append(e.getValue());
        });
        return text.toString();
    }

    static Map<String, Integer> decode(String encoded) {
        Map<String, Integer> terms = new HashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return terms;
        }
        for (String pair : encoded.split(" ")) {
            int at = pair.lastIndexOf('=');
            if (at > 0) {
                terms.put(pair.substring(0, at), Integer.parseInt(pair.substring(at + 1)));
            }
        }
        return terms;
    }

    /** Document frequencies over a set of texts, for inverse document frequency weights. */
    static final class Corpus {

        private final Map<String, Integer> documentFrequency = new HashMap<>();
        private int size;

        static Corpus of(Collection<Map<String, Integer>> documents) {
            Corpus corpus = new Corpus();
            documents.forEach(corpus::add);
            return corpus;
        }

        void add(Map<String, Integer> document) {
            size++;
            document.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }

        /** Smoothed inverse document frequency: ln((1 + n) / (1 + df)) + 1, so a term in every text still counts a little. */
        double idf(String term) {
            int df = documentFrequency.getOrDefault(term, 0);
            return Math.log((1.0 + size) / (1.0 + df)) + 1.0;
        }

        int size() {
            return size;
        }
    }

    /** The TF-IDF vector of a text's terms, as whole numbers for Commons Text. */
    static Map<CharSequence, Integer> vector(Map<String, Integer> terms, Corpus corpus) {
        Map<CharSequence, Integer> vector = new HashMap<>();
        terms.forEach((term, count) -> {
            long weight = Math.round((1.0 + Math.log(count)) * corpus.idf(term) * SCALE);
            if (weight > 0) {
                vector.put(term, (int) Math.min(Integer.MAX_VALUE, weight));
            }
        });
        return vector;
    }

    /** Cosine similarity of two texts' TF-IDF vectors, from 0 to 1; 0 when either has no terms. */
    static double similarity(Map<String, Integer> left, Map<String, Integer> right, Corpus corpus) {
        if (left.isEmpty() || right.isEmpty()) {
            return 0.0;
        }
        return similarity(vector(left, corpus), vector(right, corpus));
    }

    static double similarity(Map<CharSequence, Integer> left, Map<CharSequence, Integer> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return 0.0;
        }
        double value = COSINE.cosineSimilarity(left, right);
        return Double.isNaN(value) ? 0.0 : Math.max(0.0, Math.min(1.0, value));
    }

    /** Helper for callers that compare one text with many: the vectors of all of them over one corpus. */
    static List<Map<CharSequence, Integer>> vectors(List<Map<String, Integer>> documents, Corpus corpus) {
        List<Map<CharSequence, Integer>> vectors = new ArrayList<>(documents.size());
        for (Map<String, Integer> document : documents) {
            vectors.add(vector(document, corpus));
        }
        return vectors;
    }
}
