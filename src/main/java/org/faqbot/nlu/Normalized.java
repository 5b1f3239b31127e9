package org.faqbot.nlu;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text prepared for cue matching: lower case, diacritics folded ("één" to "een"), typographic quotes
 * and dashes made plain. Every character maps to exactly one character, so an offset in the result is
 * the same offset in the original message; that lets cue positions be compared with date positions.
 */
public final class Normalized {

    /** Anything but letters, digits and an apostrophe inside a word ("don't"); a quote around a word goes too. */
    private static final Pattern NOT_WORD = Pattern.compile("(?:[^\\p{L}\\p{N}']|(?<![\\p{L}\\p{N}])'|'(?![\\p{L}\\p{N}]))+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Normalized() {
    }

    /**
     * The words of {@code text}, normalized and separated by single spaces, punctuation dropped: the form in
     * which short answers are compared with word lists ("Nee, bedankt!" becomes "nee bedankt").
     */
    public static String words(String text) {
        return SPACES.matcher(NOT_WORD.matcher(of(text)).replaceAll(" ").strip()).replaceAll(" ");
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(fold(text.charAt(i)));
        }
        return out.toString();
    }

    private static char fold(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u00B4', '`':
                return '\'';
            case '\u201C', '\u201D', '\u201E':
                return '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
                return '-';
            case '\u00A0', '\t', '\n', '\r':
                return ' ';
            default:
                break;
        }
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = base.charAt(0);
        String lower = String.valueOf(first).toLowerCase(Locale.ROOT);
        return lower.length() == 1 ? lower.charAt(0) : first;
    }
}
