package org.councilfeedback.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Corrects likely typos of the words the rules look for ("solicter", "pothloe", "judical") so that the rules and the
 * classifier see the word the writer meant. A word is only changed into one of the rules' words, one edit away, and
 * never when it is itself a known word (a word of the labelled examples or of the rules). Short words are left alone,
 * and only long words may have a letter changed: one edit turns too many short words into other real words
 * ("putting" is one letter from "cutting"). A dropped final g ("turnin", "shakin") is put back when that makes a known
 * word.
 */
final class Spelling {

    private static final int SHORTEST_CORRECTED = 5;
    private static final int SHORTEST_SUBSTITUTED = 8;

    private final Set<String> known;
    private final Map<Integer, List<String>> targetsByLength = new HashMap<>();

    private Spelling(Set<String> known, Collection<String> targets) {
        this.known = Set.copyOf(known);
        targets.stream().filter(word -> word.length() >= SHORTEST_CORRECTED).sorted().forEach(word -> targetsByLength.computeIfAbsent(word.length(), n -> new ArrayList<>()).add(word));
    }

    /** Known words are the words of {@code texts} and the {@code targets}; only targets are corrected to. */
    static Spelling learnFrom(Collection<String> texts, Collection<String> targets) {
        Set<String> known = new HashSet<>(targets);
        for (String text : texts) {
            Matcher words = TriageText.WORD.matcher(TriageText.lowerCase(text));
            while (words.find()) {
                known.add(words.group());
            }
        }
        return new Spelling(known, targets);
    }

    String correct(String word) {
        if (word.length() < SHORTEST_CORRECTED || known.contains(word) || !isLetters(word)) {
            return word;
        }
        if (word.endsWith("in") && known.contains(word + "g")) {
            return word + "g";
        }
        for (int length = word.length() - 1; length <= word.length() + 1; length++) {
            for (String candidate : targetsByLength.getOrDefault(length, List.of())) {
                if (oneEditApart(word, candidate)) {
                    return candidate;
                }
            }
        }
        return word;
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    /** One letter missing, added, swapped with its neighbour, or (in long words) changed. */
    static boolean oneEditApart(String a, String b) {
        if (a.length() == b.length()) {
            int first = firstDifference(a, b);
            if (first == a.length()) {
                return false;
            }
            if (a.substring(first + 1).equals(b.substring(first + 1))) {
                return a.length() >= SHORTEST_SUBSTITUTED;
            }
            return first + 1 < a.length()
                    && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first)
                    && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        if (longer.length() - shorter.length() != 1) {
            return false;
        }
        int first = firstDifference(shorter, longer);
        return shorter.substring(first).equals(longer.substring(first + 1));
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
