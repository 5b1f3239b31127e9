package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumberWordsTest {

    static final String[] DUTCH = {"nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
        "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"};
    static final String[] ENGLISH = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

    static Stream<Arguments> everyWord() {
        return IntStream.rangeClosed(0, 20).boxed()
                .flatMap(n -> Stream.of(arguments(NL, DUTCH[n], n), arguments(EN, ENGLISH[n], n)));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @MethodSource("everyWord")
    void writtenNumberUpToTwentyHasItsValue(Lang lang, String word, int value) {
        assertEquals(OptionalInt.of(value), NumberWords.of(lang).valueOf(word));
    }

    static Stream<Arguments> variants() {
        return Stream.of(arguments(NL, "een", 1), arguments(NL, "eén", 1), arguments(NL, "Twintig", 20),
                arguments(EN, "a", 1), arguments(EN, "An", 1), arguments(EN, "TWELVE", 12));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @MethodSource("variants")
    void articlesAndAnyCaseAreRead(Lang lang, String word, int value) {
        assertEquals(OptionalInt.of(value), NumberWords.of(lang).valueOf(word));
    }

    @Test
    void wordOfTheOtherLanguageIsNoNumber() {
        assertEquals(OptionalInt.empty(), NumberWords.of(EN).valueOf("drie"));
    }

    @Test
    void articleIsToldApartFromTheNumeral() {
        assertTrue(NumberWords.of(NL).isArticle("een"));
        assertFalse(NumberWords.of(NL).isArticle("één"));
    }
}
