package org.faqbot.nlu;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text prepared for cue matching: lower case, diacritics folded ("één" to "een"), typographic quotes
 * and dashes made plain. Every character maps to exactly one character, so an offset in the result is
 * the same offset in the original message; that lets cue positions be compared with date positions.
 */
public final class Normalized {

    private Normalized() {
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
