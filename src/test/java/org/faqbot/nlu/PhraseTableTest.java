package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhraseTableTest {

    private static final PhraseTable<Integer> TABLE = PhraseTable.of(Map.of(
            "over", 1, "over twee weken", 14, "over drie weken op vrijdag", 26,
            "next", 2, "next week", 7, "the week after next", 21, "the day", 5, "maart", 3, "friday", 6));

    private static Optional<Integer> valueAt(String message, int index) {
        return TABLE.match(Tokenizer.tokenize(message), index).map(Piece::value);
    }

    private static int endAt(String message, int index) {
        return TABLE.match(Tokenizer.tokenize(message), index).orElseThrow().end();
    }

    @Test
    void dutchLongestPhraseWinsOverItsFirstWord() {
        assertEquals(Optional.of(14), valueAt("over twee weken verloopt hij", 0));
        assertEquals(Optional.of(26), valueAt("over drie weken op vrijdag", 0));
    }

    @Test
    void dutchWordsNoLongerPhraseGoesOnWithFallBackToTheShorterPhrase() {
        assertEquals(Optional.of(1), valueAt("over drie weken op zaterdag", 0));
        assertEquals(1, endAt("over drie weken op zaterdag", 0));
        assertEquals(Optional.of(1), valueAt("over twee maanden", 0));
    }

    @Test
    void englishLongestPhraseWinsOverItsFirstWords() {
        assertEquals(Optional.of(7), valueAt("next week please", 0));
        assertEquals(Optional.of(21), valueAt("the week after next", 0));
    }

    @Test
    void englishWordsNoLongerPhraseGoesOnWithFallBackToTheShorterPhrase() {
        assertEquals(Optional.of(2), valueAt("next month", 0));
        assertEquals(Optional.of(5), valueAt("the day after", 0));
        assertEquals(Optional.empty(), valueAt("the week before", 0));
    }

    @Test
    void dutchWordThatStartsNoLongerPhraseIsMatchedAlone() {
        assertEquals(Optional.of(3), valueAt("op 3 maart graag", 2));
        assertEquals(3, endAt("op 3 maart graag", 2));
        assertEquals(Optional.empty(), valueAt("op 3 maart graag", 3));
    }

    @Test
    void englishWordThatStartsNoLongerPhraseIsMatchedAlone() {
        assertEquals(Optional.of(6), valueAt("Friday next week", 0));
        assertEquals(1, endAt("Friday next week", 0));
        assertEquals(Optional.of(7), valueAt("Friday next week", 1));
    }
}
