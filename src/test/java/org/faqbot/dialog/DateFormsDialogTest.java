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

/** Key messages with dates in the forms people type besides the textbook ones reach the key's rule with that date. */
class DateFormsDialogTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    static Stream<Arguments> keyMessages() {
        return Stream.of(
                arguments(Lang.NL, "ik heb mijn sleutel op april 2 ingewisseld", LocalDate.of(2027, 4, 2)),
                arguments(Lang.NL, "ik heb mijn sleutel op April 2nd ingewisseld", LocalDate.of(2027, 4, 2)),
                arguments(Lang.NL, "ik heb mijn sleutel met kerst ingewisseld", LocalDate.of(2026, 12, 25)),
                arguments(Lang.NL, "mijn sleutel heb ik op eerste kerstdag geactiveerd", LocalDate.of(2026, 12, 25)),
                arguments(Lang.EN, "we redeemed our key on New Year's Day", LocalDate.of(2027, 1, 1)),
                arguments(Lang.EN, "I redeemed the key three Fridays ago", LocalDate.of(2027, 11, 20)),
                arguments(Lang.NL, "ik heb de sleutel drie vrijdagen geleden ingewisseld", LocalDate.of(2027, 11, 20)),
                arguments(Lang.NL, "ik heb mijn sleutel op 11/20/2025 ingewisseld", LocalDate.of(2026, 11, 20)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @MethodSource("keyMessages")
    void keyRedeemedOnADateInAnyFormGetsItsLastDayOfUse(Lang lang, String message, LocalDate lastDay) {
        Reply reply = bot.reply(new IncomingMessage("tg:1", "tg:u1", message, Optional.of(lang), Optional.empty()));

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(lastDay), reply.date());
    }
}
