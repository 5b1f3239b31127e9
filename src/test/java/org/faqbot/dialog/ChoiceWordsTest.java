package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChoiceWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1|1", "2.|2", "5|5", "the first one|1", "First|1", "the second|2", "the 2nd one|2", "de eerste|1",
        "de tweede datum|2", "optie 2|2", "number 1|1", "the last one|3", "de laatste|3", "optie twee|2", "option three|3",
        "the first question|1", "de tweede graag|2", "nummer 2 aub|2", "the twelfth|12", "het elfde onderwerp|11"})
    void placeIsReadFromNumbersAndOrdinals(String text, int place) {
        assertEquals(OptionalInt.of(place), ChoiceWords.position(text, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 March", "the first of March", "2021", "one", "een", "twee", "how do I renew my benefits?",
        "the first question about my key"})
    void otherMessagesPickNothing(String text) {
        assertEquals(OptionalInt.empty(), ChoiceWords.position(text, 3));
    }

    @Test
    void placeBeyondTheButtonsIsStillReadSoTheCallerCanSaySo() {
        assertEquals(OptionalInt.of(5), ChoiceWords.position("5", 2));
    }
}
