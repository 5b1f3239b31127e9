package org.faqbot.nlu;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Punctuation spoken into a dictating keyboard and typed out as words: "hoeveel dagen nog vraagteken", "how many days
 * left question mark", "mijn key is verlopen punt". At the end of a message such a word is the sign it names, so that the
 * question is read as one ("vraagteken" was a word of it, and the question fell back). Not after a word that makes it
 * the thing itself ("what does the question mark mean", "dat is een goed punt"). Works on both languages at once, as
 * {@link Markup} does, before the language is told.
 */
final class Dictation {

    /** The spoken signs, by their words in either language. */
    private static final Map<String, String> SIGNS = Map.of(
            "vraagteken", "?", "question mark", "?",
            "uitroepteken", "!", "exclamation mark", "!", "exclamation point", "!",
            "punt", ".", "full stop", ".");
    /** The spoken sign at the end, after the word before it, perhaps with the sign itself typed after it too. */
    private static final Pattern AT_END = Pattern.compile(
            "(?iu)(\\p{L}+)[\\s,]+(vraagteken|question mark|uitroepteken|exclamation (?:mark|point)|punt|full stop)[\\s?!.]*$");
    /** Words before a sign's name that make it a noun: an article, a demonstrative or an adjective of it. */
    private static final Set<String> NOUN_BEFORE = Set.of("the", "a", "this", "that", "no", "de", "het", "een", "dit", "dat", "die",
            "geen", "goed", "goede", "good", "ander", "elk", "welk", "mijn", "my", "jouw", "your");

    private Dictation() {
    }

    /** {@code text} with a spoken sign at its end made that sign; unchanged when it has none. */
    static String punctuate(String text) {
        if (!endsInSignWord(text)) {
            return text;
        }
        Matcher end = AT_END.matcher(text);
        if (!end.find() || NOUN_BEFORE.contains(end.group(1).toLowerCase(Locale.ROOT))) {
            return text;
        }
        return text.substring(0, end.end(1)) + SIGNS.get(end.group(2).toLowerCase(Locale.ROOT).replace("point", "mark"));
    }

    /**
     * Whether a sign's name comes right before the message's closing spaces and signs: every message passes here, and
     * {@link #AT_END} tried from each of its letters costs far more than this look at its end.
     */
    private static boolean endsInSignWord(String text) {
        int end = text.length();
        while (end > 0 && " \t\n\u000B\f\r?!.".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        for (String sign : SIGNS.keySet()) {
            if (end >= sign.length() && text.regionMatches(true, end - sign.length(), sign, 0, sign.length())) {
                return true;
            }
        }
        return false;
    }
}
