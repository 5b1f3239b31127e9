package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/** A key's own end date ("my key expires on 1 March") answers as the rule's result, never as its redeem date. */
class EndAnswerTest {

    private static final LocalDate MARCH_1_2021 = LocalDate.of(2021, 3, 1);
    private static final LocalDate MARCH_1_2022 = LocalDate.of(2022, 3, 1);

    private final TestClock clock = TestClock.at("2021-06-15");
    private final FaqAssistant bot = TestAssistants.standard(clock, Stores.inMemory());

    private Reply say(String conversation, String text) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.empty(), Optional.empty()));
    }

    @Test
    void endStillToComeMeansYesUntilThatDay() {
        Reply reply = say("c1", "My key expires on 1 March 2022, can I still use it?");

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of(true), reply.ok());
        assertEquals(Optional.of(MARCH_1_2022), reply.date());
        assertTrue(reply.text().startsWith("**Yes, the key is still usable today.**\n\nBy the end date you gave, the product key can be used "
                + "until 1 March 2022. A key can be used for one year from the day it is redeemed, so that is a key redeemed on 1 March 2021."
                + "\n\nThat is 259 days from today (15 June 2021)."), reply.text());
    }

    @Test
    void anEndWithAQuestionForTheRedeemDateIsStillTheEnd() {
        Reply english = say("c1", "The product key stopped working on 1 March, when did I redeem it?");
        Reply dutch = say("c2", "onze sleutel werkt sinds gisteren niet meer, wanneer hebben we hem ingewisseld?");

        assertEquals(Optional.of(MARCH_1_2021), english.date());
        assertTrue(english.text().contains("so that is a key redeemed on 1 March 2020"), english.text());
        assertEquals(Optional.of(LocalDate.of(2021, 6, 14)), dutch.date());
        assertTrue(dutch.text().contains("een code die op 14 juni 2020 is ingewisseld"), dutch.text());
    }

    @Test
    void aKeyUselessSinceADayEndedThen() {
        Reply reply = say("c1", "my product key has been unusable since 2 June, until when could I use it?");

        assertEquals(Optional.of(LocalDate.of(2021, 6, 2)), reply.date());
        assertTrue(reply.text().contains("a key redeemed on 2 June 2020"), reply.text());
    }

    @Test
    void keyThatStoppedWorkingEndedThenAndWasNotRedeemedThen() {
        Reply reply = say("c1", "The key stopped working on 1 March, can I still use it?");

        assertEquals(Optional.of(false), reply.ok());
        assertEquals(Optional.of(MARCH_1_2021), reply.date());
        assertFalse(reply.text().contains("You redeemed the product key on 1 March"), reply.text());
        assertTrue(reply.text().contains("That key has expired."), reply.text());
    }

    @Test
    void dutchKeyThatNoLongerWorksIsAnsweredInDutch() {
        Reply reply = say("c1", "Mijn sleutel werkt niet meer sinds 1 maart, kan ik hem nog gebruiken?");

        assertEquals(Lang.NL, reply.lang());
        assertEquals(Optional.of(false), reply.ok());
        assertEquals(Optional.of(MARCH_1_2021), reply.date());
        assertTrue(reply.text().startsWith("**Nee, de sleutel is niet meer bruikbaar.**\n\nVolgens de einddatum die je gaf, is de productcode "
                + "bruikbaar tot en met 1 maart 2021."), reply.text());
        assertFalse(reply.text().contains("Je hebt de productcode op 1 maart 2021 ingewisseld"), reply.text());
    }

    @Test
    void dutchEndStillToComeMeansYes() {
        Reply reply = say("c1", "Mijn sleutel verloopt op 1 september, kan ik hem nog gebruiken?");

        assertEquals(Optional.of(true), reply.ok());
        assertEquals(Optional.of(LocalDate.of(2021, 9, 1)), reply.date());
    }

    @Test
    void daysLeftAfterAnEndDateCountToThatEnd() {
        say("c1", "My key expires on 1 March 2022, can I still use it?");

        Reply reply = say("c1", "how many days do I have left?");

        assertEquals(Optional.of(MARCH_1_2022), reply.date(), reply.text());
    }

    @Test
    void endTooFarForAKeyRedeemedByTodayIsQuestioned() {
        Reply reply = say("c1", "My key expires on 1 March 2023, can I still use it?");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertEquals("\"1 March 2023\" is further ahead than the FAQ's rule allows: it would put the date you redeemed the product key "
                + "on 1 March 2022, which is still to come. Could you check the date?", reply.text());
    }

    @Test
    void endKnownWithinBoundsThatDecideIsAnswered() {
        Reply expired = say("c1", "My key expired more than a month ago, can I still use it?");
        Reply soon = say("c2", "Mijn sleutel verloopt over minder dan een week, kan ik hem nog gebruiken?");

        assertEquals(Optional.of(false), expired.ok(), expired.text());
        assertTrue(expired.text().contains("so by the FAQ's rule the last day is on or before 14 May 2021"), expired.text());
        assertEquals(Optional.of(true), soon.ok(), soon.text());
        assertTrue(soon.text().contains("is de laatste dag tussen 15 juni 2021 en 21 juni 2021"), soon.text());
    }

    @Test
    void redeemDateGivenBesideTheEndIsTheOneUsed() {
        Reply reply = say("c1", "I redeemed my key on 1 December 2020. It expires on 1 March. Until when can I use it?");

        assertEquals(Optional.of(LocalDate.of(2021, 12, 1)), reply.date(), reply.text());
    }

    @Test
    void rememberedEndIsKeptAsTheRedeemDateItGives() {
        Reply remembered = say("c1", "Remember that my key expires on 1 March 2022");

        Reply reply = say("c1", "How many days do I have left on my key?");

        assertTrue(remembered.text().contains("the date you redeemed the product key: 1 March 2021"), remembered.text());
        assertTrue(remembered.text().contains("\"1 March 2022\" is the end date you gave"), remembered.text());
        assertEquals(Optional.of(MARCH_1_2022), reply.date(), reply.text());
    }
}
