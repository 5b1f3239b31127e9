package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.faqbot.nlu.ResolvedDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorrectionWordsTest {

    private static final String DATE = "31 March 2022";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "sorry, I meant {d}|true", "{d}|true", "No, {d}!|true", "ik bedoel {d}|true", "oeps, {d}|true",
        "my key was redeemed on {d}|false", "what happens on {d}|false"})
    void correctionIsTheDateWithNothingOrACorrectionWord(String template, boolean expected) {
        String text = template.replace("{d}", DATE);
        int start = text.indexOf(DATE);
        ResolvedDate date = new ResolvedDate(DATE, start, start + DATE.length(), LocalDate.of(2022, 3, 31), false, true);

        assertEquals(expected, CorrectionWords.correct(text, date));
    }
}
