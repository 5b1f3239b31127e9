package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "I don't know" to the question for the benefit expiry date, which itself says the date is on the Membership Offers page:
 * the FAQ's sentence on where the renewal date of the same day is found, not that the FAQ does not say. Worded here.
 */
class WhereShownOfSameDateTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("s1", "u-s1", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "until which day may we still redeem our benefits?|no idea|The FAQ says where to find it|Membership Offers page",
        "uiterlijk wanneer moeten we onze voordelen inwisselen?|geen idee|De veelgestelde vragen zeggen waar je die vindt|Lidmaatschapsaanbiedingen"})
    void quotesTheFaqsSentenceOnTheRenewalDate(String question, String answer, String lead, String place) {
        say(question);

        Reply reply = say(answer);

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertTrue(reply.text().startsWith(lead) && reply.text().contains(place), reply.text());
    }
}
