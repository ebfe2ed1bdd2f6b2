package org.councilfeedback.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * What the classifier sees of a message: word stems ({@code w=}), pairs of neighbouring stems ({@code b=}) and the
 * rules' signals ({@code s=}), with the message's own words for each stem so that reasons quote the writer. Numbers
 * (dates, amounts, ages) are left out: they say little about the type and would only be quoted back as noise.
 */
final class Features {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "is", "are",
            "was", "were", "be", "been", "being", "it", "its", "it's", "this", "that", "these", "those", "there", "here", "i", "me",
            "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they", "them", "their", "who", "which",
            "what", "when", "so", "if", "than", "then", "also", "just", "very", "all", "any", "some", "about", "into", "up",
            "out", "over", "has", "have", "had", "do", "does", "did", "i'm", "i've", "i'd", "we're", "we've", "would", "will",
            "can", "could", "one", "two", "get", "got");

    /**
     * Each rule signal counts as this many words. The rules' cues are few and deliberate, the words many and noisy;
     * cross-validation on the corpus settled on 3 (2 to 4 do about as well).
     */
    private static final int SIGNAL_WEIGHT = 3;

    private static final Set<String> STOP_STEMS = STOP_WORDS.stream()
            .map(word -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH).stem(word).toString())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final String[] values;
    private final Map<String, String> words;

    private Features(String[] values, Map<String, String> words) {
        this.values = values;
        this.words = words;
    }

    static Features of(TriageText text, List<String> signals) {
        SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
        List<String> features = new ArrayList<>();
        Map<String, String> words = new HashMap<>();
        String previous = null;
        String previousWord = null;
        for (String word : text.words()) {
            String plain = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
            if (plain.chars().anyMatch(Character::isDigit)) {
                previous = null;
                continue;
            }
            String stem = stemmer.stem(plain).toString();
            if (!STOP_WORDS.contains(word)) {
                features.add("w=" + stem);
                words.putIfAbsent("w=" + stem, plain);
            }
            if (previous != null) {
                features.add("b=" + previous + "_" + stem);
                words.putIfAbsent("b=" + previous + "_" + stem, previousWord + " " + plain);
            }
            previous = stem;
            previousWord = plain;
        }
        for (int i = 0; i < SIGNAL_WEIGHT; i++) {
            signals.forEach(signal -> features.add("s=" + signal));
        }
        return new Features(features.toArray(String[]::new), words);
    }

    /** Whether a feature's words would mean something to a reader: not a rule signal, nor a pair with a filler word. */
    static boolean isTellingWords(String feature) {
        if (feature.startsWith("w=")) {
            return true;
        }
        if (!feature.startsWith("b=")) {
            return false;
        }
        String[] pair = feature.substring(2).split("_", 2);
        return !STOP_STEMS.contains(pair[0]) && !STOP_STEMS.contains(pair[1]);
    }

    String[] values() {
        return values;
    }

    /** The writer's words behind a feature, or null for a rule signal. */
    String wordsFor(String feature) {
        return words.get(feature);
    }
}
