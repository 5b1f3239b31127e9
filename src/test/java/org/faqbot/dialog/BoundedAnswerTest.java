package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** A bound that alone decides a rule ("more than a year ago" for a key that lasts a year) is answered, and why. */
class BoundedAnswerTest {

    private final TestClock clock = TestClock.at("2021-06-15");
    private final FaqAssistant bot = TestAssistants.standard(clock);

    private Reply say(String conversation, String text) {
        return bot.reply(IncomingMessage.of(conversation, text));
    }

    @Test
    void keyRedeemedMoreThanAYearAgoIsCertainlyNoLongerUsable() {
        Reply reply = say("c1", "I redeemed it more than a year ago, can I still use it?");

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(false), reply.ok());
        assertEquals(Optional.empty(), reply.date());
        assertEquals("**No, the key is no longer usable.**\n\n\"more than a year ago\" is not an exact date, but it is enough to answer: "
                + "the date you redeemed the product key is on or before 14 June 2020, so by the FAQ's rule the last day is on or "
                + "before 14 June 2021, and today is 15 June 2021.", reply.text().split("\n\nThat key has expired")[0]);
        assertTrue(reply.text().endsWith("For the exact date I need the exact day. On what date did you redeem the product key?"), reply.text());
    }

    @Test
    void keyRedeemedLessThanAMonthAgoIsCertainlyStillUsable() {
        Reply reply = say("c1", "I redeemed my key less than a month ago, can I still use it?");

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Yes, the key is still usable today.**\n\n\"less than a month ago\" is not an exact date, "
                + "but it is enough to answer: the date you redeemed the product key is between 16 May 2021 and 15 June 2021, so by "
                + "the FAQ's rule the last day is between 16 May 2022 and 15 June 2022"), reply.text());
    }

    @Test
    void dutchBoundIsAnsweredInDutch() {
        Reply reply = say("c1", "Ik heb mijn sleutel ruim een jaar geleden ingewisseld, kan ik hem nog gebruiken?");

        assertEquals(Lang.NL, reply.lang());
        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().startsWith("**Nee, de sleutel is niet meer bruikbaar.**\n\n\"ruim een jaar geleden\" is geen precieze "
                + "datum, maar wel genoeg voor een antwoord: de datum waarop je de productcode hebt ingewisseld valt op of vóór 14 juni "
                + "2020, dus volgens de veelgestelde vragen is de laatste dag op of vóór 14 juni 2021"), reply.text());
        assertTrue(reply.text().contains("Die sleutel is verlopen."), reply.text());
    }

    @Test
    void boundaryDateOfAPastFactEndsToday() {
        Reply reply = say("c1", "Ik heb mijn productcode na 1 juni 2021 ingewisseld, is hij nog geldig?");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().contains("valt tussen 2 juni 2021 en 15 juni 2021"), reply.text());
    }

    @Test
    void fromRuleIsDecidedTheOtherWayRound() {
        Reply reply = say("c1", "I assigned our Visual Studio subscription more than 4 months ago, can I reassign it now?");

        assertEquals(Optional.of("vs_reassign_from"), reply.intent());
        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().contains("so by the FAQ's rule the first day is on or before"), reply.text());
    }

    @Test
    void deadlineThatIsItsOwnFactIsExplainedWithOneRange() {
        Reply reply = say("c1", "Onze voordelen verlopen over meer dan een maand, kunnen we nog inwisselen?");

        assertEquals(Optional.of("redeem_deadline"), reply.intent());
        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().contains("de vervaldatum van je voordelen valt op of na 16 juli 2021, en vandaag is het 15 juni 2021."),
                reply.text());
    }

    @Test
    void exactDayAfterADecidedBoundGivesTheExactDate() {
        say("c1", "I redeemed my key more than a year ago, can I still use it?");

        Reply answer = say("c1", "on 2 June 2020");

        assertEquals(ReplyType.RULE, answer.type());
        assertEquals(Optional.of(LocalDate.of(2021, 6, 2)), answer.date());
        assertEquals(Optional.of(false), answer.ok());
    }

    @Test
    void plannedActionWithAnOpenBoundGivesTheFirstDate() {
        Reply reply = say("c1", "If I redeem my key in more than a month, how long can I use it?");

        // A plan's open end leaves the last day open too, but its first day gives the first (chat21; it was asked for).
        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains("on or after 16 July 2022"), reply.text());
        assertEquals(Optional.empty(), reply.ok(), reply.text());
    }
}
