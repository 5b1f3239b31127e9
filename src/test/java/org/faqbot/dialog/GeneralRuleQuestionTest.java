package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * General questions about how long a rule's thing lasts ("how long is a product key valid?"): the rule's general
 * answer with the offer to work out the user's own date, in both languages; other things' periods fall back
 * (today is 6 December 2026).
 */
class GeneralRuleQuestionTest {

    private static final String KEY_SOURCE = "benefits-faq#q-what-does-benefit-expiry-date-mean";
    private static final LocalDate MARCH_1_2027 = LocalDate.of(2027, 3, 1);

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:7", "tg:u7", text, Optional.of(lang), Optional.empty()));
    }

    private Reply once(String text, Lang lang) {
        return bot.reply(IncomingMessage.standalone("http:once", text, Optional.of(lang), Optional.of(LocalDate.of(2026, 12, 6))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"For how long is a product key valid?", "how long does a key remain usable after you redeem it",
            "until when is a product key valid?", "what is the validity of a product key?"})
    void englishQuestionHowLongAKeyLastsGetsTheKeyRulesGeneralAnswer(String text) {
        Reply reply = say(text, Lang.EN);

        assertEquals(ReplyType.FAQ, reply.type(), reply.text());
        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(KEY_SOURCE), reply.faqId());
        assertTrue(reply.text().contains("one year from the day"), reply.text());
        assertTrue(reply.text().contains("If you tell me your own date"), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hoe lang blijft een sleutel geldig?", "hoelang is een productcode bruikbaar",
            "tot wanneer is een key geldig?", "wat is de geldigheid van een productcode?"})
    void dutchQuestionHowLongAKeyLastsGetsTheKeyRulesGeneralAnswerInDutch(String text) {
        Reply reply = say(text, Lang.NL);

        assertEquals(ReplyType.FAQ, reply.type(), reply.text());
        assertEquals(Lang.NL, reply.lang());
        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains("één jaar vanaf de dag"), reply.text());
        assertTrue(reply.text().contains("Als je me je eigen datum geeft"), reply.text());
    }

    @Test
    void theDateGivenAfterTheGeneralAnswerIsWorkedOut() {
        say("how long is a product key valid?", Lang.EN);

        Reply reply = say("I redeemed it on 1 March 2026", Lang.EN);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(MARCH_1_2027), reply.date());
    }

    @Test
    void aBareDateAfterTheDutchGeneralAnswerIsWorkedOut() {
        say("hoe lang is een sleutel geldig?", Lang.NL);

        Reply reply = say("op 1 maart 2026", Lang.NL);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(MARCH_1_2027), reply.date());
    }

    @Test
    void howLongTheRenewalPeriodLastsGetsTheRenewalRule() {
        Reply reply = say("hoe lang duurt de verlengingsperiode eigenlijk?", Lang.NL);

        assertEquals(ReplyType.FAQ, reply.type(), reply.text());
        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"how long is my passport valid?", "how long is a gym membership valid?",
            "how long does a train ticket stay valid?", "for how long is a driving test certificate valid"})
    void englishPeriodsOfOtherThingsFallBack(String text) {
        Reply reply = say(text, Lang.EN);

        assertEquals(ReplyType.FALLBACK, reply.type(), reply.text());
        assertEquals(Optional.empty(), reply.intent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoe lang is mijn paspoort geldig?", "hoe lang is een sportschoollidmaatschap geldig?",
            "hoe lang blijft een treinkaartje geldig?", "tot wanneer is mijn rijbewijs geldig?"})
    void dutchPeriodsOfOtherThingsFallBack(String text) {
        Reply reply = say(text, Lang.NL);

        assertEquals(ReplyType.FALLBACK, reply.type(), reply.text());
        assertEquals(Optional.empty(), reply.intent());
    }

    @Test
    void untilWhenTheBenefitsCanBeUsedIsTheRedeemDeadline() {
        Reply reply = say("Until when are we able to use our benefits?", Lang.EN);

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertNotEquals(ReplyType.FALLBACK, reply.type());
    }

    @Test
    void dutchUntilWhenTheBenefitsCanBeUsedIsTheRedeemDeadline() {
        Reply reply = say("Tot wanneer kunnen we onze voordelen gebruiken?", Lang.NL);

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
    }

    @Test
    void theBenefitsQuestionRightAfterTheKeysQuestionBackMovesToTheBenefits() {
        say("Until when can I use my key?", Lang.EN);

        Reply reply = say("Until when can I use the benefits?", Lang.EN);

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
    }

    @Test
    void aKeyThatStoppedWorkingGetsTheKeyRuleNotTheLicenceEntries() {
        Reply reply = say("Onze productcode werkt niet meer, wat moet ik doen?", Lang.NL);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(ReplyType.FAQ, reply.type());
        assertTrue(reply.text().contains("één jaar vanaf de dag"), reply.text());
    }

    @Test
    void anEnglishKeyThatStoppedWorkingGetsTheKeyRule() {
        Reply reply = say("The product key stopped working, what now?", Lang.EN);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(ReplyType.FAQ, reply.type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"is mijn code nog geldig?", "is mijn key nog bruikbaar?"})
    void dutchQuestionWhetherMyKeyIsStillValidGetsAnAnswerWithAnInvitationLikeTheEnglish(String text) {
        Reply dutch = once(text, Lang.NL);
        Reply english = once("is our product key still valid?", Lang.EN);

        assertEquals(ReplyType.FAQ, dutch.type(), dutch.text());
        assertEquals(english.type(), dutch.type());
        assertEquals(english.intent(), dutch.intent());
        assertTrue(dutch.text().contains("Als je me je eigen datum geeft"), dutch.text());
    }

    @Test
    void englishQuestionWhetherMyCodeIsStillValidGetsAnAnswerWithAnInvitation() {
        Reply reply = once("is my code still valid?", Lang.EN);

        assertEquals(ReplyType.FAQ, reply.type(), reply.text());
        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertTrue(reply.text().contains("one year from the day"), reply.text());
        assertTrue(reply.text().contains("If you tell me your own date"), reply.text());
    }

    @Test
    void aSupposedRedemptionWithADateInTheOtherLanguageIsTheKeyRule() {
        Reply reply = say("If I redeem the product key over drie weken, until when can I use it?", Lang.EN);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 12, 27)), reply.date(), reply.text());
    }

    @Test
    void aDutchMessageWithAnEnglishDateIsReadToo() {
        Reply reply = say("Ik heb de productcode 3 weeks ago ingewisseld, tot wanneer werkt hij?", Lang.NL);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 11, 15)), reply.date(), reply.text());
    }

    @Test
    void aSupposedRedemptionWithoutADateIsTheKeyRule() {
        Reply reply = say("Suppose I redeem my key later on, until when does it work?", Lang.EN);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
    }
}
