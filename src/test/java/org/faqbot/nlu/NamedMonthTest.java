package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A month named without a day (today is 6 December 2026). */
class NamedMonthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We redeemed our product key in April|EN|APRIL|0",
        "ik heb hem ergens in augustus geactiveerd|NL|AUGUST|0",
        "I assigned it in February 2025|EN|FEBRUARY|2025",
        "ik heb de code in oktober vorig jaar ingewisseld|NL|OCTOBER|2025",
        "we activated it in May|EN|MAY|0"})
    void aMonthAloneIsNamedWithItsYearWhenWritten(String text, Lang lang, Month month, int year) {
        Optional<NamedMonth> named = NamedMonth.in(text, lang, TODAY);

        assertEquals(Optional.of(month), named.map(NamedMonth::month), text);
        assertEquals(year == 0 ? OptionalInt.empty() : OptionalInt.of(year), named.get().year(), text);
    }

    @Test
    void theSpanCoversTheMonthAndItsYear() {
        String text = "I assigned it in February 2025, when can I reassign it?";

        NamedMonth named = NamedMonth.in(text, Lang.EN, TODAY).orElseThrow();

        assertEquals("February 2025", text.substring(named.start(), named.end()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "I may have redeemed it last spring|EN",
        "we redeemed one key in April and one in June|EN",
        "ik heb de sleutel vorig jaar ingewisseld|NL"})
    void noMonthOrSeveralNameNone(String text, Lang lang) {
        assertEquals(Optional.empty(), NamedMonth.in(text, lang, TODAY));
    }
}
