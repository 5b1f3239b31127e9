package org.faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class WordingTest {

    static Stream<Arguments> foldings() {
        return Stream.of(
                Arguments.of("Hoe lang is mijn sleutel géldig?!", "hoe lang is mijn sleutel geldig"),
                Arguments.of("  Wat   kost\tHET? ", "wat kost het"),
                Arguments.of("Kan ik mijn abonnement beëindigen?", "kan ik mijn abonnement beeindigen"),
                Arguments.of("Azure-credits: €150/maand", "azure credits 150 maand"),
                Arguments.of("???", ""));
    }

    @ParameterizedTest
    @MethodSource("foldings")
    void normaliseFoldsCaseAccentsPunctuationAndSpaces(String text, String expected) {
        assertEquals(expected, Wording.normalise(text));
    }

    @Test
    void jaccardIsSharedWordsOverAllWords() {
        Set<String> a = Wording.tokens("how do i renew my benefits");
        Set<String> b = Wording.tokens("how do i renew my benefits now");

        assertEquals(6.0 / 7, Wording.jaccard(a, b), 1e-9);
    }

    @Test
    void jaccardOfTwoEmptyTextsIsZero() {
        assertEquals(0, Wording.jaccard(Wording.tokens(""), Wording.tokens("")));
    }
}
