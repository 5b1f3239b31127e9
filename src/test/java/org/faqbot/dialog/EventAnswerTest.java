package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the user gets for an activated code, a planned redemption of "it", advice on when to redeem and the fate of keys
 * when the membership ends, each asked on its own (today is 6 December 2026).
 */
class EventAnswerTest {

    private static final String KEY_SOURCE = "benefits-faq#q-what-does-benefit-expiry-date-mean";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply once(String text, Lang lang) {
        return bot.reply(IncomingMessage.standalone("http:once", text, Optional.of(lang), Optional.of(TODAY)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We activated the code on 10 January 2026, until when does it work?|EN",
        "Wij hebben de code op 10 januari 2026 geactiveerd, tot welke datum dan?|NL"})
    void anActivatedCodeCountsAYearFromTheDayItWasActivated(String text, Lang lang) {
        Reply reply = once(text, lang);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 10)), reply.date());
    }

    @Test
    void redeemingItOnAPlannedDayIsAnsweredAsACondition() {
        Reply reply = once("Suppose we redeem it on 20 December, how long can we use it?", Lang.EN);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 12, 20)), reply.date());
        assertTrue(reply.text().startsWith("If you redeem the product key on 20 December 2026"), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Should we redeem the product key now or wait until after 1 February?|EN|one year from the day",
        "moeten we de productcode nu inwisselen of wachten tot na 1 februari?|NL|één jaar vanaf de dag"})
    void adviceOnWhenToRedeemGetsTheKeyRuleInGeneralNotAQuestionForAPastDate(String text, Lang lang, String rule) {
        Reply reply = once(text, lang);

        assertEquals(ReplyType.FAQ, reply.type(), reply.text());
        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(KEY_SOURCE), reply.faqId());
        assertTrue(reply.text().contains(rule), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "What would happen to our product keys if we don't renew the membership?|EN|one year from the day",
        "wat gebeurt er met onze productcodes als we ons lidmaatschap niet verlengen?|NL|één jaar vanaf de dag"})
    void theFateOfKeysWhenTheMembershipIsNotRenewedIsTheKeyRule(String text, Lang lang, String rule) {
        Reply reply = once(text, lang);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(KEY_SOURCE), reply.faqId());
        assertTrue(reply.text().contains(rule), reply.text());
        assertFalse(reply.date().isPresent(), reply.text());
    }
}
