package org.faqbot.nlu;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text prepared for cue matching: lower case, diacritics folded ("één" to "een"), typographic quotes
 * and dashes made plain. Every character maps to exactly one character, so an offset in the result is
 * the same offset in the original message; that lets cue positions be compared with date positions.
 */
public final class Normalized {

    /**
     * {@link #fold} of the characters up to U+02FF (Latin letters with their diacritics, the marks Dutch and English
     * are written with): the Unicode decomposition per character was a twentieth of a reply.
     */
    private static final char[] FOLDED = table(0x300);

    /** This thread's last text given to {@link #words} and its words. */
    private static final ThreadLocal<String[]> LAST_WORDS = ThreadLocal.withInitial(() -> new String[2]);

    private Normalized() {
    }

    /**
     * The words of {@code text}, normalized and separated by single spaces, punctuation dropped: the form in
     * which short answers are compared with word lists ("Nee, bedankt!" becomes "nee bedankt").
     */
    public static String words(String text) {
        // A dozen word-list readers (yes, no, cancel, language, thinking aloud, ...) ask this of the same message.
        String[] last = LAST_WORDS.get();
        if (text.equals(last[0])) {
            return last[1];
        }
        String words = wordsOf(text);
        last[0] = text;
        last[1] = words;
        return words;
    }

    private static String wordsOf(String text) {
        // One pass instead of two regular expressions (one with look-arounds at every character): the
        // short-answer checks run on every message, long ones too.
        String folded = of(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        int previous = -1;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            int next = i + Character.charCount(c) < folded.length() ? folded.codePointAt(i + Character.charCount(c)) : -1;
            boolean word = isLetterOrNumber(c) || (c == '\'' && isLetterOrNumber(previous) && isLetterOrNumber(next));
            if (word) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
            previous = c;
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** {@code \p{L}} or {@code \p{N}} of a regular expression. */
    private static boolean isLetterOrNumber(int c) {
        if (c < 0) {
            return false;
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * {@code text} lower-cased, diacritics folded and typographic marks made plain, one character for one. Read by
     * dozens of cue readers on every message, so plain ASCII (most messages) takes {@link String#toLowerCase}'s one
     * pass, which lower-cases ASCII exactly as {@link Character#toLowerCase(char)} does.
     */
    public static String of(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || c == '`' || c == '\t' || c == '\n' || c == '\r') {
                return folded(text);
            }
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static String folded(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c < FOLDED.length ? FOLDED[c] : fold(c);
        }
        return new String(out);
    }

    private static char[] table(int size) {
        char[] table = new char[size];
        for (char c = 0; c < size; c++) {
            table[c] = fold(c);
        }
        return table;
    }

    /** One character lower-cased, its diacritics dropped and typographic marks made plain (package-private for the test's reference). */
    static char fold(char c) {
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
