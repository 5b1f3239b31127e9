package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageRequestTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "can you say that in English?|EN", "in English please|EN", "English pls|EN", "in het Engels graag|EN",
        "kun je dat in het Nederlands zeggen?|NL", "could you answer in Dutch?|NL", "Nederlands aub|NL", "in Dutch?|NL",
        "Is the FAQ available in Dutch?|", "I speak English and Dutch at work, how do I renew my benefits?|"})
    void requestForTheOtherLanguageNamesIt(String text, Lang expected) {
        assertEquals(Optional.ofNullable(expected), LanguageRequest.asked(text));
    }
}
