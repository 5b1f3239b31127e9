package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date given for another party's thing ("my client's contract runs out on ...", "de licentie van onze klant", "my
 * manager's phone plan") is that party's, not a fact of the user's own: the rule the rest asks about is answered
 * without it. Worded here.
 */
class OtherPartyDateTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String text) {
        return bot.reply(IncomingMessage.of("op1", text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "our client's contract runs out on 15 February, may we still activate our benefits?|redeem_deadline|15 February",
        "My customers' subscriptions end on 3 April. Until when can I still redeem my benefits?|redeem_deadline|3 April",
        "de licentie van onze klant verloopt op 15 februari, mogen we onze voordelen nog activeren?|redeem_deadline|15 februari",
        "het contract van mijn klant loopt af op 3 april; tot wanneer kan ik de voordelen nog inwisselen?|redeem_deadline|3 april",
        "my manager's phone plan expires on 20 March, how long can I keep using my product key?|key_valid_until|20 March",
        "de garantie van de laptop van mijn collega verloopt op 20 maart, hoe lang kan ik mijn sleutel nog gebruiken?|key_valid_until|20 maart"})
    void theOtherPartysDateIsNoFactOfTheUsers(String message, String rule, String day) {
        Reply reply = say(message);

        assertEquals(Optional.of(rule), reply.intent(), reply.text());
        assertTrue(reply.date().isEmpty(), reply.text());
        assertFalse(reply.text().contains(day), reply.text());
    }

    @Test
    void aColleaguesKeyIsStillAKey() {
        Reply reply = say("my colleague's key was redeemed on 10 March 2026, until when can he use that key?");

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 10)), reply.date(), reply.text());
    }

    @Test
    void ourOwnDateBesideTheCustomersIsStillTaken() {
        Reply reply = say("our customer's subscription ends on 10 January and our benefits expire on 1 March, until when can we redeem?");

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 1)), reply.date(), reply.text());
    }
}
