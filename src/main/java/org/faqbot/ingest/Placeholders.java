package org.faqbot.ingest;

import java.util.List;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Lang;

/**
 * Stand-ins for bilingual pairs inside a line: pair {@code i} of a page becomes the private-use character
 * U+E000 + i. Private-use characters never occur in docs text (a page holding one is refused), and one
 * character per pair keeps the structural parsing blind to the pair's own text, so a {@code |} or
 * {@code -} inside a translation never splits a table cell or starts a list.
 */
final class Placeholders {

    private static final char FIRST = '\uE000';
    private static final char LAST = '\uF8FF';

    private Placeholders() {
    }

    static char of(int index, String file, int line) {
        if (index > LAST - FIRST) {
            throw new KbFormatException(file, line, "more than " + (LAST - FIRST + 1) + " bilingual pairs in one page");
        }
        return (char) (FIRST + index);
    }

    static boolean is(char c) {
        return c >= FIRST && c <= LAST;
    }

    /** The text with each placeholder replaced by its pair's text in {@code lang} (nothing when empty). */
    static String resolve(String text, List<Bilingual> pairs, Lang lang) {
        StringBuilder out = new StringBuilder(text.length() * 8);
        for (char c : text.toCharArray()) {
            if (is(c)) {
                Bilingual pair = pairs.get(c - FIRST);
                out.append(lang == Lang.NL ? pair.nl() : pair.en());
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static void requireNone(String file, int line, String text) {
        for (char c : text.toCharArray()) {
            if (is(c)) {
                throw new KbFormatException(file, line,
                        String.format("private-use character U+%04X in the text; docs pages have none", (int) c));
            }
        }
    }
}
