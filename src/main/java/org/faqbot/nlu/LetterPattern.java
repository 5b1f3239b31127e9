package org.faqbot.nlu;

import java.util.regex.Pattern;
import org.faqbot.kb.Lang;

/**
 * A letter pattern of {@code cues.txt} that hints at one language: letters anywhere in a word, or at its start
 * ({@code ^ge}) or end ({@code en$}). Matched with string tests rather than regular expressions: they run for every
 * unknown word of every message.
 */
record LetterPattern(Lang lang, String letters, boolean atStart, boolean atEnd, double weight) {

    /** The form of a pattern as written in the file. */
    static final Pattern FORM = Pattern.compile("\\^?[a-z']+\\$?");

    static LetterPattern parse(Lang lang, String pattern, double weight) {
        boolean atStart = pattern.startsWith("^");
        boolean atEnd = pattern.endsWith("$");
        return new LetterPattern(lang, pattern.substring(atStart ? 1 : 0, pattern.length() - (atEnd ? 1 : 0)), atStart, atEnd,
                weight);
    }

    boolean matches(String word) {
        if (atStart && atEnd) {
            return word.equals(letters);
        }
        return atStart ? word.startsWith(letters) : atEnd ? word.endsWith(letters) : word.contains(letters);
    }
}
