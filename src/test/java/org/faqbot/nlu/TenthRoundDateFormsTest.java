package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everyday date forms the tenth exploratory round found unread or misread: spoken Dutch "gister", a numeric day and
 * month before the participle or state it dates, and a question whether something just happened, which dates nothing.
 */
class TenthRoundDateFormsTest {

    private static final LocalDate SUN_6_DECEMBER_2026 = LocalDate.of(2026, 12, 6);

    static Stream<Arguments> spokenDays() {
        return Stream.of(
                arguments(NL, "de licentie is gister geactiveerd", "2026-12-05"),
                arguments(NL, "gister heb ik de code verzilverd", "2026-12-05"),
                arguments(NL, "eergister de sleutel gebruikt", "2026-12-04"),
                arguments(EN, "the licence was activated yesterday", "2026-12-05"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("spokenDays")
    void spokenDutchYesterdayIsYesterday(Lang lang, String message, String expected) {
        assertEquals(LocalDate.parse(expected), Extraction.pastDate(message, lang, SUN_6_DECEMBER_2026));
    }

    static Stream<Arguments> pairsBeforeTheirWord() {
        return Stream.of(
                arguments(NL, "tot wanneer werkt de code? 3/11 verzilverd", List.of("2026-11-03")),
                arguments(NL, "licentie 2/4 nog geldig?", List.of("2026-04-02")),
                arguments(NL, "is mijn code van 5-2 nog geldig?", List.of("2026-02-05")),
                arguments(EN, "code 5/20 still valid?", List.of("2026-05-20")),
                arguments(EN, "bought it, 2/4 activated, how long does it last", List.of("2026-04-02", "2026-02-04")));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("pairsBeforeTheirWord")
    void aNumericDayAndMonthBeforeTheWordItDatesIsADate(Lang lang, String message, List<String> readings) {
        DateMention found = Extraction.single(message, lang, SUN_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST);

        List<LocalDate> days = found instanceof AmbiguousDate ambiguous ? ambiguous.readings()
                : List.of(assertInstanceOf(ResolvedDate.class, found).date());
        assertEquals(readings.stream().map(LocalDate::parse).toList(), days);
    }

    static Stream<Arguments> notDates() {
        return Stream.of(
                arguments(NL, "2/3 van de codes is al verzilverd"),
                arguments(NL, "4/5 plekken bezet, de rest geldig"),
                arguments(EN, "2/3 of the codes already redeemed"),
                arguments(EN, "3/5 licences used so far"),
                arguments(NL, "is de code zojuist verzilverd?"),
                arguments(NL, "heb jij hem net geactiveerd?"),
                arguments(EN, "was the licence just activated?"),
                arguments(EN, "has my colleague just redeemed it?"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("notDates")
    void fractionsAndQuestionsWhetherAreNoDates(Lang lang, String message) {
        assertTrue(Extraction.mentions(message, lang, SUN_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST).isEmpty(), message);
    }

    static Stream<Arguments> justDone() {
        return Stream.of(
                arguments(NL, "heb de code net geactiveerd?"),
                arguments(NL, "ik heb de licentie zojuist verzilverd, werkt hij?"),
                arguments(EN, "I just activated the licence, does it work?"),
                arguments(EN, "does it work? I have just redeemed it"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("justDone")
    void aStatementThatItJustHappenedIsToday(Lang lang, String message) {
        assertEquals(SUN_6_DECEMBER_2026, Extraction.pastDate(message, lang, SUN_6_DECEMBER_2026));
    }
}
