package org.councilfeedback.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message as the rules and the classifier read it: lower case, typographic quotes and dashes made plain, line breaks
 * as spaces, shorthand written out ({@link Shorthand}), likely typos corrected; punctuation is kept so that rules can see questions and sentence ends.
 */
final class TriageText {

    static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)*");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Abbreviations whose full stop does not end a sentence ("streetlight no. 14", "St. Ives", "Cllr. Patel"). */
    private static final Pattern ABBREVIATION = Pattern.compile("\\b(no|st|mr|mrs|ms|dr|cllr|ref|tel|approx|nr)\\.(?= )");

    private final String normalised;
    private final List<String> words;
    private final Map<Cue, Optional<String>> found = new HashMap<>();

    private TriageText(String normalised, List<String> words) {
        this.normalised = normalised;
        this.words = List.copyOf(words);
    }

    static TriageText of(String text, Spelling spelling) {
        String lower = Shorthand.expandCounts(lowerCase(text));
        StringBuilder corrected = new StringBuilder(lower.length());
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(lower);
        int end = 0;
        while (word.find()) {
            String written = word.group();
            String expanded = Shorthand.expand(written);
            String fixed = expanded.equals(written) ? spelling.correct(written) : expanded;
            corrected.append(lower, end, word.start()).append(fixed);
            words.addAll(List.of(SPACE.split(fixed)));
            end = word.end();
        }
        corrected.append(lower, end, lower.length());
        return new TriageText(corrected.toString(), words);
    }

    static String lowerCase(String text) {
        String plain = text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'').replace('`', '\'')
                .replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
        return ABBREVIATION.matcher(SPACE.matcher(plain).replaceAll(" ").strip()).replaceAll("$1");
    }

    String normalised() {
        return normalised;
    }

    List<String> words() {
        return words;
    }

    Matcher matcher(Pattern pattern) {
        return pattern.matcher(normalised);
    }

    /** What a cue found in this text, worked out the first time it is asked (a text is read by one thread). */
    Optional<String> remember(Cue cue, Supplier<Optional<String>> find) {
        Optional<String> result = found.get(cue);
        if (result == null) {
            result = find.get();
            found.put(cue, result);
        }
        return result;
    }
}
