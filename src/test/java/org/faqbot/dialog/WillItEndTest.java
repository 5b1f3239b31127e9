package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/**
 * "Will my key expire?" asks whether and when the key ends, not whether it is usable today: the answer says that it
 * does and its last day, or asks for the redeem date when the bot has none (today is 15 June 2021).
 */
class WillItEndTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2021-06-15"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c1", "u-c1", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void willItExpireWithTheRedeemDateSaysThatItDoesAndWhen() {
        Reply reply = say("We redeemed the product key on 1 March 2021. Will it expire?");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Yes, it expires: you can use it until 1 March 2022, and from 2 March 2022 it has expired.**"),
                reply.text());
        assertFalse(reply.text().contains("still usable today"), reply.text());
    }

    @Test
    void willItExpireOfAKeyPastItsYearSaysItAlreadyHas() {
        Reply reply = say("We redeemed the product key on 1 March 2020. Will it expire?");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Yes, and it already has: 1 March 2021 was the last day you could use it.**"), reply.text());
    }

    @Test
    void dutchVerlooptHijWithTheRedeemDateSaysWhen() {
        Reply reply = say("We hebben de productcode op 1 maart 2021 ingewisseld. Verloopt hij?");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Ja, hij verloopt: je kunt hem gebruiken tot en met 1 maart 2022, vanaf 2 maart 2022 is hij verlopen.**"),
                reply.text());
    }

    @Test
    void willMyKeyExpireWithoutADateAsksForTheRedeemDate() {
        Reply reply = say("Will our product key expire?");

        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertTrue(reply.text().contains("On what date did you redeem the product key?"), reply.text());
    }

    @Test
    void theRedeemDateGivenAfterwardsAnswersWhetherItExpires() {
        say("Gaat onze productcode verlopen?");

        Reply reply = say("op 1 maart 2021");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Ja, hij verloopt: je kunt hem gebruiken tot en met 1 maart 2022"), reply.text());
    }

    @Test
    void doesMyKeyExpireRightAfterTheAnswerUsesItsDate() {
        say("I redeemed our product key on 1 March 2021, until when can I use it?");

        Reply reply = say("Does our product key expire?");

        assertEquals(Optional.of(LocalDate.of(2022, 3, 1)), reply.date());
        assertTrue(reply.text().contains("Yes, it expires: you can use it until 1 March 2022"), reply.text());
    }

    @Test
    void willItExpireRightAfterTheAnswerUsesItsDate() {
        say("Ik heb onze productcode op 1 maart 2021 ingewisseld, tot wanneer kan ik hem gebruiken?");

        Reply reply = say("Verloopt hij?");

        assertTrue(reply.text().contains("Ja, hij verloopt: je kunt hem gebruiken tot en met 1 maart 2022"), reply.text());
    }

    @Test
    void hasMyKeyExpiredRightAfterTheAnswerAsksAboutToday() {
        say("I redeemed our product key on 1 March 2020, until when can I use it?");

        Reply reply = say("Has our product key expired?");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().contains("Yes, by 15 June 2021 it has expired"), reply.text());
    }

    @Test
    void dutchIsMijnKeyVerlopenWithARememberedDateAsksAboutToday() {
        say("Onthoud dat ik onze productcode op 1 maart 2021 heb ingewisseld");

        Reply reply = say("Is onze productcode verlopen?");

        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().contains("Nee, op 15 juni 2021 is hij nog niet verlopen"), reply.text());
    }

    @Test
    void doesItExpireRightAfterTheAnswerIsAboutTheKey() {
        say("We redeemed our product key on 1 March 2021, until when can we use it?");

        Reply reply = say("does it expire?");

        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertTrue(reply.text().contains("Yes, it expires: you can use it until 1 March 2022"), reply.text());
    }

    @Test
    void doYouKnowWhenItExpiresWithTheRedeemDateAsksForTheDayNotWhetherItEnds() {
        Reply reply = say("We redeemed the product key on 1 March 2021, do you know when it expires?");

        assertTrue(reply.text().startsWith("You redeemed the product key on 1 March 2021, so you can use it until 1 March 2022."), reply.text());
        assertFalse(reply.text().contains("Yes, it expires"), reply.text());
    }

    @Test
    void canYouTellMeWhenRightAfterTheAnswerAsksForTheDay() {
        say("I redeemed our product key on 1 March 2021");

        Reply reply = say("can you tell me when our product key expires?");

        assertEquals(Optional.of(LocalDate.of(2022, 3, 1)), reply.date());
        assertFalse(reply.text().contains("Yes, it expires"), reply.text());
    }

    @Test
    void dutchKanJeMeVertellenWanneerAsksForTheDayNotWhetherItEnds() {
        Reply reply = say("We hebben de productcode op 1 maart 2021 ingewisseld, kan je me vertellen wanneer hij verloopt?");

        assertTrue(reply.text().startsWith("Je hebt de productcode op 1 maart 2021 ingewisseld, dus je kunt hem gebruiken tot en met 1 maart 2022."),
                reply.text());
        assertFalse(reply.text().contains("Ja, hij verloopt"), reply.text());
    }

    @Test
    void dutchWeetJeWanneerRightAfterTheAnswerAsksForTheDay() {
        say("Ik heb onze productcode op 1 maart 2021 ingewisseld");

        Reply reply = say("weet je wanneer hij verloopt?");

        assertTrue(reply.text().contains("tot en met 1 maart 2022"), reply.text());
        assertFalse(reply.text().contains("Ja, hij verloopt"), reply.text());
    }
}
