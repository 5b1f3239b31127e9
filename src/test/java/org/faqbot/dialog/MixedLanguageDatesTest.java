package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A date written in the other language than the message's ("my benefits verlopen op 1 maart", "onze voordelen expire on 1
 * March"): its year follows the fact it belongs to, as a date in the message's own language does.
 */
class MixedLanguageDatesTest {

    private final TestClock clock = TestClock.at("2026-12-06");
    private final FaqAssistant bot = TestAssistants.standard(clock);

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("mixed", "u", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void aDutchDateInAnEnglishDeadlineIsTheComingOne() {
        Reply reply = say("Our benefits verlopen op 1 maart, can I still redeem product keys?");

        assertTrue(reply.text().contains("1 March 2027"), reply.text());
        assertTrue(reply.text().replace("*", "").startsWith("Yes"), reply.text());
    }

    @Test
    void anEnglishDateInADutchDeadlineIsTheComingOne() {
        Reply reply = say("onze voordelen vervallen on March 1st, kan ik nog productcodes inwisselen?");

        assertTrue(reply.text().contains("1 maart 2027"), reply.text());
        assertTrue(reply.text().replace("*", "").startsWith("Ja"), reply.text());
    }
}
