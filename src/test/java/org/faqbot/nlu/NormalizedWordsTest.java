package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NormalizedWordsTest {

    /** The two regular expressions {@code words} replaced, kept here as the reference it must agree with. */
    private static final Pattern NOT_WORD = Pattern.compile("(?:[^\\p{L}\\p{N}']|(?<![\\p{L}\\p{N}])'|'(?![\\p{L}\\p{N}]))+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String reference(String text) {
        return SPACES.matcher(NOT_WORD.matcher(Normalized.of(text)).replaceAll(" ").strip()).replaceAll(" ");
    }

    @Test
    void shortAnswersLoseCaseDiacriticsAndPunctuation() {
        assertEquals("nee bedankt", Normalized.words("Nee, bedankt!"));
        assertEquals("don't", Normalized.words("  DON’T!! "));
        assertEquals("een", Normalized.words("'één'"));
        assertEquals("rock'n'roll 2", Normalized.words("rock'n'roll\t2"));
        assertEquals("", Normalized.words(" ?! 🙂 "));
        assertEquals("ok no", Normalized.words("ok 👍 no"));
    }

    @Test
    void agreesWithTheRegularExpressionsOnRandomText() {
        String alphabet = "aZé1'’ ,.!?-\t\n🙂Ⅻ²ß'";
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            assertEquals(reference(text.toString()), Normalized.words(text.toString()), () -> "text: [" + text + "]");
        }
    }
}
