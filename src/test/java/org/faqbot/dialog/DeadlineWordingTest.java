package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the wording around a deadline decides its date: past verbs and copulas, expiry verbs of every form,
 * weekdays, denied dates and arrivals (today is Tuesday 15 June 2021).
 */
class DeadlineWordingTest {

    private static final LocalDate MAY_1_2021 = LocalDate.of(2021, 5, 1);
    private static final LocalDate JUNE_1_2021 = LocalDate.of(2021, 6, 1);
    private static final LocalDate MARCH_1_2022 = LocalDate.of(2022, 3, 1);

    private final TestClock clock = TestClock.at("2021-06-15");
    private final FaqAssistant bot = TestAssistants.standard(clock, Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c1", "u-c1", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Our benefits ended on 1 May, can I still activate?", "Mijn voordelen zijn 1 mei afgelopen, kan ik nog activeren?",
            "Our benefits stopped on 1 May, can I still redeem?", "Onze voordelen zijn op 1 mei gestopt, kan ik nog inwisselen?"})
    void benefitsThatEndedWithoutAYearEndedLastTime(String text) {
        Reply reply = say(text);

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertEquals(Optional.of(MAY_1_2021), reply.date(), reply.text());
        assertEquals(Optional.of(false), reply.ok(), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mijn voordelen liepen af op 1 mei", "Onze voordelen vervielen op 1 mei", "Our benefits lapsed on 1 May"})
    void everyFormOfAnExpiryVerbNamesTheExpiryDate(String text) {
        Reply reply = say(text);

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertEquals(Optional.of(MAY_1_2021), reply.date(), reply.text());
    }

    @Test
    void anEnrollmentThatExpiresNamesItsDeadline() {
        Reply reply = say("Mijn inschrijving verloopt op 3 juli");

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2021, 7, 3)), reply.date(), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"The renewal start date was 1 June, can I renew now?", "De begindatum van de verlenging was 1 juni, kan ik nu verlengen?",
            "De verlenging is op 1 juni begonnen", "Our renewal window started on 1 June, can I renew my membership now?"})
    void aRenewalStartThatWasOrHasBegunLiesBehind(String text) {
        Reply reply = say(text);

        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(JUNE_1_2021), reply.date(), reply.text());
    }

    @Test
    void aBareWeekdayOfADeadlineIsTheComingOne() {
        Reply reply = say("My benefits expire on Friday");

        assertEquals(Optional.of(LocalDate.of(2021, 6, 18)), reply.date(), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mijn voordelen verlopen op maandag", "Mijn voordelen verlopen maandag"})
    void aBareDutchWeekdayOfADeadlineIsTheComingOne(String text) {
        Reply reply = say(text);

        assertEquals(Optional.of(LocalDate.of(2021, 6, 21)), reply.date(), reply.text());
    }

    @Test
    void aBareWeekdayOfAPastEventIsTheLastOne() {
        Reply reply = say("I redeemed my key on Friday, until when can I use it?");

        assertEquals(Optional.of(LocalDate.of(2022, 6, 11)), reply.date(), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"I redeemed my key on 1 March, not on 5 March", "Ik heb de sleutel op 1 maart ingewisseld, niet op 5 maart"})
    void aDeniedDateIsNotTheFactsDate(String text) {
        Reply reply = say(text);

        assertEquals(Optional.of(MARCH_1_2022), reply.date(), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"I haven't redeemed my key yet, it arrived on 1 March. Until when can I use it?",
            "Key arrived 1 March, how long can I use it?", "De sleutel kwam op 1 maart binnen, hoe lang kan ik hem gebruiken?"})
    void theDayAKeyArrivedIsNotTheDayItWasRedeemed(String text) {
        Reply reply = say(text);

        assertEquals(Optional.empty(), reply.date(), reply.text());
        assertFalse(reply.text().contains("You redeemed the product key"), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"If I had redeemed the key on 1 March, would it still work?",
            "Als ik de sleutel op 1 maart had ingewisseld, zou hij dan nog werken?"})
    void aSuppositionAboutThePastIsAnsweredAsACondition(String text) {
        Reply reply = say(text);

        assertEquals(Optional.of(MARCH_1_2022), reply.date(), reply.text());
        assertFalse(reply.text().contains("You redeemed the product key"), reply.text());
        assertFalse(reply.text().contains("Je hebt de productcode"), reply.text());
    }

    @Test
    void aKeysOwnEndDateIsItsEndNotItsRedeemDate() {
        Reply reply = say("My key expires on 1 March, can I still use it?");

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(MARCH_1_2022), reply.date(), reply.text());
        assertFalse(reply.text().contains("You redeemed the product key on 1 March"), reply.text());
    }
}
