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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Date forms the sixth exploratory round found unread or read wrong: parts of days, weekdays in a month or week, spans. */
class SixthRoundDateFormsTest {

    private static final LocalDate SUN_6_DECEMBER_2026 = LocalDate.of(2026, 12, 6);
    private static final LocalDate WED_9_DECEMBER_2026 = LocalDate.of(2026, 12, 9);

    static Stream<Arguments> days() {
        return Stream.of(
                arguments(NL, "mijn code is gisteravond geactiveerd", "gisteravond", LocalDate.of(2026, 12, 8)),
                arguments(NL, "eergisteravond deed ik het", "eergisteravond", LocalDate.of(2026, 12, 7)),
                arguments(NL, "ik wisselde de code vannacht in", "vannacht", LocalDate.of(2026, 12, 8)),
                arguments(EN, "the code went in last night around 11", "last night", LocalDate.of(2026, 12, 8)),
                arguments(EN, "we activated the voucher on 2-nov", "2-nov", LocalDate.of(2026, 11, 2)),
                arguments(NL, "geactiveerd op 14-okt.", "14-okt", LocalDate.of(2026, 10, 14)),
                arguments(EN, "activated on 15/jan", "15/jan", LocalDate.of(2026, 1, 15)),
                arguments(EN, "done on the second Tuesday of October", "the second Tuesday of October", LocalDate.of(2026, 10, 13)),
                arguments(NL, "gedaan op de 1e woensdag van juli 2025", "de 1e woensdag van juli 2025", LocalDate.of(2025, 7, 2)),
                arguments(NL, "de laatste vrijdag van vorige maand", "de laatste vrijdag van vorige maand", LocalDate.of(2026, 11, 27)),
                arguments(EN, "it was the Thursday before last", "Thursday before last", LocalDate.of(2026, 11, 26)),
                arguments(NL, "dat was voorvorige donderdag", "voorvorige donderdag", LocalDate.of(2026, 11, 26)),
                arguments(NL, "vorige week dinsdag al gedaan", "vorige week dinsdag", LocalDate.of(2026, 12, 1)),
                arguments(NL, "dinsdag drie weken geleden", "dinsdag drie weken geleden", LocalDate.of(2026, 11, 17)),
                arguments(NL, "op dinsdag van twee weken geleden", "dinsdag van twee weken geleden", LocalDate.of(2026, 11, 24)),
                arguments(EN, "three weeks ago on a Tuesday", "three weeks ago on a Tuesday", LocalDate.of(2026, 11, 17)),
                arguments(EN, "we redeemed it on the 8th, when does it end?", "the 8th", LocalDate.of(2026, 12, 8)),
                arguments(EN, "activated on the 12th", "the 12th", LocalDate.of(2026, 11, 12)),
                arguments(NL, "ik heb hem op de 31e ingewisseld", "de 31e", LocalDate.of(2026, 10, 31)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("days")
    void readsTheFormAsOneDay(Lang lang, String message, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, WED_9_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(span, found.text());
        assertEquals(expected, found.date());
    }

    @Test
    void vannachtIsTonightForAPlan() {
        ResolvedDate found = Extraction.resolved("ik wissel hem vannacht in", NL, WED_9_DECEMBER_2026, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(WED_9_DECEMBER_2026, found.date());
    }

    @Test
    void aMonthWithoutAFifthSuchWeekdayHasNoSuchDay() {
        DateMention found = Extraction.single("on the fifth Friday of February 2026", EN, WED_9_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(InvalidDate.Problem.NO_SUCH_DAY, assertInstanceOf(InvalidDate.class, found).problem());
    }

    static Stream<Arguments> spans() {
        return Stream.of(
                arguments(EN, "we did it last weekend", SUN_6_DECEMBER_2026, "last weekend", "2026-11-28", "2026-11-29"),
                arguments(NL, "afgelopen weekend gedaan", WED_9_DECEMBER_2026, "afgelopen weekend", "2026-12-05", "2026-12-06"),
                arguments(EN, "in Q2 2025", WED_9_DECEMBER_2026, "Q2 2025", "2025-04-01", "2025-06-30"),
                arguments(NL, "ergens in Q3", WED_9_DECEMBER_2026, "Q3", "2026-07-01", "2026-09-30"),
                arguments(NL, "in het tweede kwartaal van vorig jaar", WED_9_DECEMBER_2026, "tweede kwartaal van vorig jaar", "2025-04-01", "2025-06-30"),
                arguments(EN, "sometime in week 50", WED_9_DECEMBER_2026, "week 50", "2026-12-07", "2026-12-13"),
                arguments(NL, "in week 12 van 2026", WED_9_DECEMBER_2026, "week 12 van 2026", "2026-03-16", "2026-03-22"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" on {2}")
    @MethodSource("spans")
    void aSpanIsNotOneDayButItsDays(Lang lang, String message, LocalDate today, String span, String first, String last) {
        DateMention found = Extraction.single(message, lang, today, YearlessPolicy.MOST_RECENT_PAST);

        InvalidDate invalid = assertInstanceOf(InvalidDate.class, found);
        assertEquals(span, invalid.text());
        assertEquals(InvalidDate.Problem.NOT_EXACT, invalid.problem());
        assertEquals(Optional.of(DateBounds.between(LocalDate.parse(first), LocalDate.parse(last))), invalid.bounds());
    }

    @Test
    void aWeekNumberOfADeadlineIsTheNextOneNotEnded() {
        DateMention found = Extraction.single("it expires in week 2", EN, WED_9_DECEMBER_2026, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(Optional.of(DateBounds.between(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 17))),
                assertInstanceOf(InvalidDate.class, found).bounds());
    }

    static Stream<Arguments> noDates() {
        return Stream.of(
                arguments(EN, "is support open at the weekend?"),
                arguments(NL, "werkt de support in het weekend?"),
                arguments(EN, "we order week 3 licences at once"),
                arguments(EN, "the 2-step sign-in"),
                arguments(EN, "it worked on the 3rd attempt"),
                arguments(NL, "we staan op de 2e plaats"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("noDates")
    void wordsNearTheFormsStayNoDate(Lang lang, String message) {
        assertTrue(Extraction.mentions(message, lang, WED_9_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST).isEmpty());
    }
}
