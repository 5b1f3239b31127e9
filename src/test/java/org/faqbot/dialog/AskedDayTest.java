package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/** Yes/no questions about another day than today, beside the fact's own date (today is 15 June 2021). */
class AskedDayTest {

    private static final LocalDate DECEMBER_1_2021 = LocalDate.of(2021, 12, 1);

    private final TestClock clock = TestClock.at("2021-06-15");
    private final FaqAssistant bot = TestAssistants.standard(clock, Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c1", "u-c1", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void aKeyIsNoLongerUsableOnADayAfterItsYear() {
        Reply reply = say("Ik heb de sleutel op 1 december 2020 ingewisseld. Werkt hij nog op 1 januari 2022?");

        assertEquals(Optional.of(DECEMBER_1_2021), reply.date());
        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().startsWith("**Nee, op 1 januari 2022 kan dat niet meer.**"), reply.text());
    }

    @Test
    void aKeyIsStillUsableOnADayWithinItsYear() {
        Reply reply = say("I redeemed my key on 1 December 2020. Will it still work on 1 November 2021?");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Yes, on 1 November 2021 that is still possible.**"), reply.text());
    }

    @Test
    void aKeyCannotBeRedeemedAfterTheBenefitExpiryDate() {
        Reply reply = say("Our benefits expire on 31 January 2022. Can I still redeem a key on 15 February 2022?");

        assertEquals(Optional.of("redeem_deadline"), reply.intent());
        assertEquals(Optional.of(LocalDate.of(2022, 1, 31)), reply.date());
        assertEquals(Optional.of(false), reply.ok());
    }

    @Test
    void aSubscriptionMayBeReassignedOnADayAfterTheNinetyDays() {
        Reply reply = say("I assigned the VS subscription on 1 April. Can I reassign it on 1 July?");

        assertEquals(Optional.of(LocalDate.of(2021, 6, 30)), reply.date());
        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().contains("on 1 July 2021"), reply.text());
    }

    @Test
    void aDayAskedAfterUntilIsNotTheRedeemDate() {
        Reply reply = say("I redeemed my key on 1 December 2020, can I use it until 1 January 2022?");

        assertEquals(Optional.of(DECEMBER_1_2021), reply.date());
        assertEquals(Optional.of(false), reply.ok());
    }

    @Test
    void aPlannedRedeemDateStaysTheFactBesideTheAskedDay() {
        Reply reply = say("If I redeem my key on 1 July, can I use it until 1 July 2022?");

        assertEquals(Optional.of(LocalDate.of(2022, 7, 1)), reply.date());
        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().contains("If you redeem the product key on 1 July 2021"), reply.text());
    }

    @Test
    void aCorrectedDateOutsideTheQuestionIsStillACorrection() {
        Reply reply = say("I redeemed it on 3 March, no wait, on 5 March. Can I still use the key?");

        assertEquals(Optional.of(LocalDate.of(2022, 3, 5)), reply.date());
        assertTrue(reply.text().contains("Yes, the key is still usable today."), reply.text());
    }
}
