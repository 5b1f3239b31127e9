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
 * A date given for another product's thing beside a rule's thing ("my Office 365 subscription expires on ...") is that
 * product's, not the rule's fact: the rule is answered without it. Worded here.
 */
class ProductDateBesideRuleTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String text) {
        return bot.reply(IncomingMessage.of("p1", text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Our Microsoft 365 subscription runs out on 20 February; until when may we still redeem our benefits?|20 February",
        "my Office 365 plan ends on 14 April, can we still activate our benefits?|14 April",
        "ons Office 365 abonnement loopt af op 20 februari, tot wanneer kunnen we onze voordelen nog inwisselen?|20 februari",
        "mijn Azure abonnement verloopt op 14 april; mogen we de voordelen dan nog activeren?|14 april"})
    void theProductsDateIsNoBenefitExpiry(String message, String day) {
        Reply reply = say(message);

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertTrue(reply.date().isEmpty(), reply.text());
        assertFalse(reply.text().contains(day), reply.text());
    }

    @Test
    void theBenefitsOwnDateBesideTheProductsIsStillTaken() {
        Reply reply = say("our Office 365 subscription ends on 10 January and our benefits expire on 1 March, until when can we redeem?");

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 1)), reply.date(), reply.text());
    }
}
