package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalizedTest {

    /** The character-by-character folding {@code of} had before its ASCII pass and table, as the reference it must agree with. */
    private static String reference(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(referenceFold(text.charAt(i)));
        }
        return out.toString();
    }

    private static char referenceFold(char c) {
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
        char first = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
        String lower = String.valueOf(first).toLowerCase(Locale.ROOT);
        return lower.length() == 1 ? lower.charAt(0) : first;
    }

    @Test
    void dutchMessageLosesCaseAndDiacritics() {
        assertEquals("is de licentie over een maand nog geldig? 'ja' - ok", Normalized.of("Is de LICENTIE over één maand nog geldig? ‘ja’ – OK"));
    }

    @Test
    void englishMessageLosesCaseAndTypographicMarks() {
        assertEquals("can i still use my key's \"renewal\" - in march?", Normalized.of("Can I still use my key’s “Renewal” — in March?"));
    }

    @Test
    void plainAsciiTabsAndBackticksBecomeSpacesAndQuotes() {
        assertEquals("a b c 'd'", Normalized.of("A\tB\nC `D`"));
    }

    @Test
    void everySingleCharacterFoldsAsBefore() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = String.valueOf((char) c);
            assertEquals(reference(text), Normalized.of(text), () -> "character U+" + Integer.toHexString(text.charAt(0)));
        }
    }

    @Test
    void agreesWithTheReferenceOnRandomText() {
        String alphabet = "aZé1'’ ,.!?-\t\n🙂Ⅻ²ßÉÏ`İ\u00A0—";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(reference(text.toString()), Normalized.of(text.toString()), () -> "text: [" + text + "]");
        }
    }
}
