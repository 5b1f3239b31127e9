package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare thing answered from the FAQ ("my Visual Studio subscriptions") and then what about it in the next message
 * ("were assigned on 10 October 2026"): read together, so the rule's answer for that date (today is 6 December 2026).
 */
class AnsweredThingFragmentTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tf", "u-tf", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my Visual Studio subscriptions|were assigned on 10 October 2026|vs_reassign_from|2027-01-08",
        "mijn productcodes|heb ik op 2 november 2026 ingewisseld|key_valid_until|2027-11-02"})
    void theDatedPartIsReadWithTheThingBeforeIt(String thing, String dated, String rule, LocalDate date) {
        Reply first = say(thing);

        Reply reply = say(dated);

        assertEquals(ReplyType.FAQ, first.type(), first.text());
        assertEquals(Optional.of(rule), reply.intent(), reply.text());
        assertEquals(Optional.of(date), reply.date(), reply.text());
    }
}
