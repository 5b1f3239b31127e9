package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Date forms the seventh exploratory round found unread or read in the wrong year: a year joined by a word, holidays, spans. */
class SeventhRoundDateFormsTest {

    private static final LocalDate SUN_6_DECEMBER_2026 = LocalDate.of(2026, 12, 6);

    static Stream<Arguments> days() {
        return Stream.of(
                arguments(EN, "we activated it on 9 May of last year", "9 May of last year", LocalDate.of(2025, 5, 9)),
                arguments(EN, "the code went in on the 2nd of June of this year", "the 2nd of June of this year", LocalDate.of(2026, 6, 2)),
                arguments(NL, "geactiveerd op 9 mei van vorig jaar", "9 mei van vorig jaar", LocalDate.of(2025, 5, 9)),
                arguments(NL, "code op 12 april van dit jaar gebruikt", "12 april van dit jaar", LocalDate.of(2026, 4, 12)),
                arguments(NL, "gebruikt op 9 mei, maar dan vorig jaar", "9 mei, maar dan vorig jaar", LocalDate.of(2025, 5, 9)),
                arguments(NL, "gebruikt op 9 mei, maar dan 2024", "9 mei, maar dan 2024", LocalDate.of(2024, 5, 9)),
                arguments(EN, "used it on 9 May, but last year", "9 May, but last year", LocalDate.of(2025, 5, 9)),
                arguments(EN, "it was 9 May the year before", "9 May the year before", LocalDate.of(2025, 5, 9)),
                arguments(NL, "het was 9 mei het jaar ervoor", "9 mei het jaar ervoor", LocalDate.of(2025, 5, 9)),
                arguments(EN, "we used it on Halloween", "Halloween", LocalDate.of(2026, 10, 31)),
                arguments(EN, "activated on Valentine's Day", "Valentine's Day", LocalDate.of(2026, 2, 14)),
                arguments(NL, "gebruikt op valentijnsdag", "valentijnsdag", LocalDate.of(2026, 2, 14)),
                arguments(NL, "de code ging erin met Sinterklaas", "Sinterklaas", LocalDate.of(2026, 12, 5)),
                arguments(NL, "op Sint-Maarten geactiveerd", "Sint-Maarten", LocalDate.of(2026, 11, 11)),
                arguments(NL, "mei 9", "mei 9", LocalDate.of(2026, 5, 9)),
                arguments(NL, "09.05.", "09.05", LocalDate.of(2026, 5, 9)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("days")
    void readsTheFormAsOneDay(Lang lang, String message, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, SUN_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(expected, found.date());
        assertTrue(found.text().startsWith(span), found.text());
    }

    static Stream<Arguments> spans() {
        return Stream.of(
                arguments(EN, "we did it in early 2024", "2024-01-01", "2024-04-30"),
                arguments(EN, "sometime late 2025", "2025-09-01", "2025-12-31"),
                arguments(NL, "ergens begin 2024 gedaan", "2024-01-01", "2024-04-30"),
                arguments(NL, "eind 2025 ingewisseld", "2025-09-01", "2025-12-31"),
                arguments(NL, "begin deze week gedaan", "2026-11-30", "2026-12-02"),
                arguments(EN, "at the start of this week", "2026-11-30", "2026-12-02"),
                arguments(NL, "een paar weken terug", "2026-11-08", "2026-11-22"),
                arguments(EN, "a few weeks ago", "2026-11-08", "2026-11-22"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("spans")
    void aSpanIsNotOneDayButItsDays(Lang lang, String message, String first, String last) {
        DateMention found = Extraction.single(message, lang, SUN_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST);

        InvalidDate invalid = assertInstanceOf(InvalidDate.class, found);
        assertEquals(InvalidDate.Problem.NOT_EXACT, invalid.problem());
        assertEquals(Optional.of(DateBounds.between(LocalDate.parse(first), LocalDate.parse(last))), invalid.bounds());
    }

    static Stream<Arguments> noDates() {
        return Stream.of(
                arguments(NL, "in mei 10 licenties erbij"),
                arguments(EN, "version 3.4 of the tool"),
                arguments(NL, "de halloween party was leuk"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("noDates")
    void wordsNearTheFormsStayNoDate(Lang lang, String message) {
        assertTrue(Extraction.mentions(message, lang, SUN_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST).isEmpty());
    }
}
