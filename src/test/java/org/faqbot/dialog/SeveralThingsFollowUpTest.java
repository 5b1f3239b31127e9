package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** A follow-up after an answer for several keys is answered for each of them again, not for the last one only. */
class SeveralThingsFollowUpTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:5", "tg:u5", text, Optional.of(lang), Optional.empty()));
    }

    @Test
    void daysLeftAfterTwoKeysCountsForEach() {
        say("We redeemed one key on 10 April 2026 and another on 20 July 2026, until when can we use them?", Lang.EN);

        Reply reply = say("how many days do we have left?", Lang.EN);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().startsWith("I am going by the dates you gave me earlier"), reply.text());
        assertTrue(reply.text().contains("until 10 April 2027. That is 125 days"), reply.text());
        assertTrue(reply.text().contains("until 20 July 2027. That is 226 days"), reply.text());
    }

    @Test
    void dutchDaysLeftAfterTwoKeysCountsForEach() {
        say("Ik heb twee sleutels: eentje op 10 april 2026 ingewisseld en eentje op 20 juli 2026, tot wanneer werken ze?", Lang.NL);

        Reply reply = say("hoeveel dagen nog?", Lang.NL);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().startsWith("Ik ga uit van de datums die je me eerder gaf"), reply.text());
        assertTrue(reply.text().contains("tot en met 10 april 2027. Dat is over 125 dagen"), reply.text());
        assertTrue(reply.text().contains("tot en met 20 juli 2027. Dat is over 226 dagen"), reply.text());
    }

    @Test
    void expiredFollowUpAfterTwoKeysAnswersForEach() {
        say("I redeemed one key on 1 October 2025 and the other one on 1 March 2026, until when can I use them?", Lang.EN);

        Reply reply = say("so has it expired?", Lang.EN);

        assertTrue(reply.text().contains("Yes, by 6 December 2026 it has expired: you can use it until 1 October 2026"), reply.text());
        assertTrue(reply.text().contains("No, on 6 December 2026 it has not expired yet: you can use it until 1 March 2027"),
                reply.text());
    }

    @Test
    void sayingItAgainInDutchKeepsEachKey() {
        say("I redeemed one key on 10 April 2026 and another on 20 July 2026, until when can I use them?", Lang.EN);

        Reply reply = say("kun je dat in het Nederlands zeggen?", Lang.NL);

        assertTrue(reply.text().contains("10 april 2027"), reply.text());
        assertTrue(reply.text().contains("20 juli 2027"), reply.text());
    }
}
