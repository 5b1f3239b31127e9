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
        "de tweede datum|2", "optie 2|2", "number 1|1", "the last one|3", "de laatste|3"})
    void placeIsReadFromNumbersAndOrdinals(String text, int place) {
        assertEquals(OptionalInt.of(place), ChoiceWords.position(text, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 March", "the first of March", "2021", "one", "how do I renew my benefits?"})
    void otherMessagesPickNothing(String text) {
        assertEquals(OptionalInt.empty(), ChoiceWords.position(text, 3));
    }

    @Test
    void placeBeyondTheButtonsIsStillReadSoTheCallerCanSaySo() {
        assertEquals(OptionalInt.of(5), ChoiceWords.position("5", 2));
    }
}
