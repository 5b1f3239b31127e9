package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The year of a deadline or start written without one: a past verb makes it the last one, a present statement the
 * next one unless the last one lies at most two months behind today (then the user means the one just passed), and
 * "will" the next one.
 */
class StatedYearDialogTest {

    private static final LocalDate SUNDAY_6_DECEMBER_2026 = LocalDate.of(2026, 12, 6);

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at(SUNDAY_6_DECEMBER_2026.toString()));

    static Stream<Arguments> rows() {
        return Stream.of(
                // a past verb of the date itself, the cue being a noun: months back, still last year's
                arguments(Lang.EN, "Our renewal window opened on 3 August, can I renew my membership now?", LocalDate.of(2026, 8, 3), true),
                arguments(Lang.NL, "Onze verlengperiode is op 3 augustus geopend, kan ik mijn lidmaatschap nu verlengen?", LocalDate.of(2026, 8, 3), true),
                // present statements of a day weeks behind today: the one just passed
                arguments(Lang.EN, "My renewal start date is 3 November, can I renew my membership now?", LocalDate.of(2026, 11, 3), true),
                arguments(Lang.NL, "Mijn startdatum voor de verlenging is 3 november, kan ik mijn lidmaatschap nu verlengen?",
                        LocalDate.of(2026, 11, 3), true),
                arguments(Lang.EN, "Our enrollment renewal date is 25 November. Can we still activate the Visual Studio subscriptions today?",
                        LocalDate.of(2026, 12, 25), true),
                arguments(Lang.EN, "Our benefits expire on 2 December. Can we still redeem product keys?", LocalDate.of(2026, 12, 2), false),
                arguments(Lang.NL, "Onze voordelen vervallen op 2 december. Kunnen we nog productcodes inwisselen?", LocalDate.of(2026, 12, 2), false),
                // more than two months behind, or said with "will": the next one
                arguments(Lang.EN, "Our benefits expire on 2 October. Can we still redeem product keys?", LocalDate.of(2027, 10, 2), true),
                arguments(Lang.EN, "Our benefits will expire on 2 December. Can we still redeem product keys?", LocalDate.of(2027, 12, 2), true));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}, {3}")
    @MethodSource("rows")
    void yearOfADeadlineWithoutOneFollowsItsVerbAndHowFarBehindItLies(Lang lang, String message, LocalDate expected, boolean yes) {
        Reply reply = bot.reply(new IncomingMessage("tg:1", "tg:u1", message, Optional.of(lang), Optional.empty()));

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of(expected), reply.date());
        assertEquals(Optional.of(yes), reply.ok());
    }
}
