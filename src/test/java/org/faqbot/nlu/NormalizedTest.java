package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalizedTest {

    /** {@code of} as it was before its ASCII pass and table: each character through {@link Normalized#fold}, the reference it must agree with. */
    private static String reference(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(Normalized.fold(text.charAt(i)));
        }
        return out.toString();
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
