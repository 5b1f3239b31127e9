package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearCorrectionWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "sorry, I meant 2025|2025", "oeps, ik bedoelde 2025|2025", "no, the year was 2024|2024", "nee, in 2023|2023",
        "2025|", "what about 2025?|", "sorry, I meant 2025 and 2026|", "sorry, I meant 1850|", "sorry, I meant 3 March 2025|",
        "klopt niet, ik heb hem in 2024 ingewisseld|2024", "that's not right, I redeemed it in 2024|2024",
        "I redeemed 2024 licences|"})
    void yearOnlyCorrectionGivesItsYear(String text, Integer expected) {
        OptionalInt year = CorrectionWords.yearOnly(text);

        assertEquals(expected == null ? OptionalInt.empty() : OptionalInt.of(expected), year);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "oops, that was last year|2025", "ah wait, it was next year|2027", "nee, dat was vorig jaar|2025",
        "o wacht, verleden jaar|2025", "dat was in 2023|2023", "it was 2024|2024", "sorry, I meant this year|2026",
        "last year|", "what about last year?|", "dat was vorig jaar en dit jaar|", "was it last year?|"})
    void aYearNamedFromTodayOrPointedBackAtCorrectsToo(String text, Integer expected) {
        OptionalInt year = CorrectionWords.yearOnly(text, LocalDate.of(2026, 12, 6));

        assertEquals(expected == null ? OptionalInt.empty() : OptionalInt.of(expected), year);
    }
}
