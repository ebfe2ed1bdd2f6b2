package org.councilfeedback.triage;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes out the shorthand of texts, quick emails and staff call notes ("pls can sum1 come", "cust rang re", "chased
 * x3", "dont", "childrens services") in full, so that the rules and the classifier read the words they know. Only
 * whole words are changed, and only words that are not ordinary English words in their own right.
 */
final class Shorthand {

    private static final Map<String, String> WORDS = Map.ofEntries(
            // text-speak
            Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("r", "are"), Map.entry("n", "and"),
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("plse", "please"), Map.entry("pleeze", "please"),
            Map.entry("sum1", "someone"), Map.entry("some1", "someone"), Map.entry("any1", "anyone"), Map.entry("every1", "everyone"),
            Map.entry("no1", "no one"), Map.entry("wot", "what"), Map.entry("wat", "what"), Map.entry("wen", "when"),
            Map.entry("thx", "thanks"), Map.entry("thnx", "thanks"), Map.entry("thanx", "thanks"), Map.entry("cos", "because"),
            Map.entry("coz", "because"), Map.entry("cuz", "because"), Map.entry("bc", "because"), Map.entry("b4", "before"),
            Map.entry("2day", "today"), Map.entry("2moro", "tomorrow"), Map.entry("tmrw", "tomorrow"), Map.entry("2nite", "tonight"),
            Map.entry("gr8", "great"), Map.entry("ppl", "people"), Map.entry("msg", "message"), Map.entry("txt", "text"),
            Map.entry("im", "i'm"), Map.entry("ive", "i've"), Map.entry("mam", "mum"), Map.entry("mams", "mum's"),
            // apostrophes left out
            Map.entry("dont", "don't"), Map.entry("doesnt", "doesn't"), Map.entry("didnt", "didn't"), Map.entry("cant", "can't"),
            Map.entry("couldnt", "couldn't"), Map.entry("wouldnt", "wouldn't"), Map.entry("shouldnt", "shouldn't"),
            Map.entry("isnt", "isn't"), Map.entry("arent", "aren't"), Map.entry("wasnt", "wasn't"), Map.entry("werent", "weren't"),
            Map.entry("hasnt", "hasn't"), Map.entry("havent", "haven't"), Map.entry("hadnt", "hadn't"), Map.entry("wont", "won't"),
            Map.entry("shes", "she's"), Map.entry("hes", "he's"), Map.entry("thats", "that's"), Map.entry("theres", "there's"),
            Map.entry("whats", "what's"), Map.entry("theyre", "they're"), Map.entry("youre", "you're"), Map.entry("weve", "we've"),
            Map.entry("theyve", "they've"), Map.entry("childrens", "children's"),
            // staff call notes and abbreviations
            Map.entry("cust", "customer"), Map.entry("yr", "year"), Map.entry("yrs", "years"), Map.entry("wk", "week"),
            Map.entry("wks", "weeks"), Map.entry("mth", "month"), Map.entry("mths", "months"), Map.entry("hrs", "hours"),
            Map.entry("mins", "minutes"), Map.entry("appt", "appointment"), Map.entry("asap", "as soon as possible"),
            Map.entry("recvd", "received"), Map.entry("rcvd", "received"), Map.entry("reqd", "required"), Map.entry("info", "information"),
            Map.entry("sw", "social worker"), Map.entry("cllrs", "councillors"), Map.entry("hols", "holidays"));

    /** "x3", "x 4": a number of times, as call notes write it. */
    private static final Pattern TIMES = Pattern.compile("(?<![\\w£$.])x ?(\\d{1,2})\\b");

    private Shorthand() {
    }

    /** The word written out in full, or the word itself. */
    static String expand(String word) {
        return WORDS.getOrDefault(word, word);
    }

    /** Lower-case text with counts written as "3 times". */
    static String expandCounts(String lowerCase) {
        Matcher times = TIMES.matcher(lowerCase);
        return times.find() ? times.replaceAll("$1 times") : lowerCase;
    }
}
