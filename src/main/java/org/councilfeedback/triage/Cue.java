package org.councilfeedback.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something a rule looks for in a message (words, phrases or word stems, as a pattern over {@link TriageText}), with
 * what it means in a caseworker's words. A cue can ignore matches that are negated ("I'm not appealing").
 */
record Cue(String meaning, Pattern pattern, boolean ignoresNegated) {

    private static final Pattern NEGATION_BEFORE =
            Pattern.compile("(?:\\b(?:not|no|never|nor)\\b|n't\\b)(?:[ ,]+[\\w']+){0,3}[ ,]*$");
    private static final int NEGATION_WINDOW = 40;
    private static final int LONGEST_EVIDENCE = 60;
    private static final Pattern LEADING_LOOKBEHINDS = Pattern.compile("^(?:\\(\\?<!(?:[^()]|\\([^()]*\\))*\\))+");

    /** A cue over alternative phrases, each a regular expression over lower-case text. */
    static Cue of(String meaning, String... alternatives) {
        return new Cue(meaning, compile(alternatives), false);
    }

    /** A cue that does not count where the phrase is negated: "not appealing", "isn't making a claim". */
    static Cue unlessNegated(String meaning, String... alternatives) {
        return new Cue(meaning, compile(alternatives), true);
    }

    /**
     * One pattern for all the alternatives. When every alternative starts at the start of a word (as nearly all do),
     * the pattern says so up front, so that the matcher tries the alternatives only where a word starts rather than at
     * every character: the rules then take a fraction of the time.
     */
    private static Pattern compile(String... alternatives) {
        String either = "(?:" + String.join("|", alternatives) + ")";
        boolean allAtWordStarts = Arrays.stream(alternatives).allMatch(alternative -> LEADING_LOOKBEHINDS.matcher(alternative)
                .replaceFirst("").startsWith("\\b"));
        return Pattern.compile(allAtWordStarts ? "(?<!\\w)(?=\\w)" + either : either);
    }

    /** The words that matched, if the cue is in the text (worked out once per text). */
    Optional<String> find(TriageText text) {
        return text.remember(this, () -> {
            Matcher match = text.matcher(pattern);
            while (match.find()) {
                if (!ignoresNegated || !negated(text.normalised(), match.start())) {
                    String words = match.group().strip();
                    return Optional.of(words.length() > LONGEST_EVIDENCE ? words.substring(0, LONGEST_EVIDENCE) + "…" : words);
                }
            }
            return Optional.empty();
        });
    }

    boolean isIn(TriageText text) {
        return find(text).isPresent();
    }

    /** Every separate match, for cues that count ("more than one sign of vulnerability"). */
    List<String> findAll(TriageText text) {
        List<String> found = new ArrayList<>();
        Matcher match = text.matcher(pattern);
        while (match.find()) {
            if (!ignoresNegated || !negated(text.normalised(), match.start())) {
                found.add(match.group().strip());
            }
        }
        return found;
    }

    /** The cue's meaning with the words that showed it, for a reason: {@code mentions a teacher ("head teacher")}. */
    Optional<String> explain(TriageText text) {
        return find(text).map(words -> meaning + " (\"" + words + "\")");
    }

    private static boolean negated(String text, int start) {
        String before = text.substring(Math.max(0, start - NEGATION_WINDOW), start);
        int sentence = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!')), before.lastIndexOf('?'));
        return NEGATION_BEFORE.matcher(before.substring(sentence + 1)).find();
    }
}
