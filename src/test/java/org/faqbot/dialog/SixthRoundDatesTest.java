package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The date defects of the sixth exploratory round (today is 15 June 2021): a date governed by "redeemed" before an
 * "expire" that closes the question, "dead" as the expired side of a yes/no, "gave" as a past form, and taking an
 * assigned subscription back as the reassignment rule's question.
 */
class SixthRoundDatesTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2021-06-15"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c1", "u-c1", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "when will a code we redeemed on 20 August 2020 expire?",
        "when does a product key redeemed on 20 August stop working?",
        "so when would the key that my colleague redeemed on 20/08/2020 expire",
        "wanneer verloopt een code die we op 20 augustus 2020 hebben ingewisseld?"})
    void aDateGovernedByRedeemedIsTheRedeemDateThoughExpireClosesTheQuestion(String text) {
        Reply reply = say(text);

        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(LocalDate.of(2021, 8, 20)), reply.date(), reply.text());
        assertFalse(reply.text().contains("end date you gave") || reply.text().contains("einddatum die je gaf"), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I redeemed the code on 1 February 2021, is it dead already?|false|No, on 15 June 2021 it has not expired yet",
        "ik heb de code op 1 februari 2021 ingewisseld, is die dood?|false|Nee, op 15 juni 2021 is hij nog niet verlopen",
        "we redeemed our key on 1 February 2020, is it dead now?|true|Yes, by 15 June 2021 it has expired",
        "onze sleutel is op 1 februari 2020 ingewisseld, is hij nu dood?|true|Ja, op 15 juni 2021 is hij verlopen"})
    void deadIsTheExpiredSideOfTheQuestion(String text, boolean expired, String verdict) {
        Reply reply = say(text);

        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(expired), reply.ok(), reply.text());
        assertTrue(reply.text().contains(verdict), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I gave the VS subscription to my coworker on 10 March, when may I give it to another person?",
        "We gave our Visual Studio subscription to Joris on 10 March, when can we reassign it?"})
    void gaveWithoutAYearIsAPastAssignment(String text) {
        Reply reply = say(text);

        assertEquals(Optional.of("vs_reassign_from"), reply.intent());
        assertEquals(Optional.of(LocalDate.of(2021, 6, 8)), reply.date(), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I handed our VS subscription to a coworker 4 months ago, may I take it back?",
        "we assigned the Visual Studio subscription to an intern 4 months ago, can we reclaim it today?",
        "ik heb het VS abonnement 4 maanden geleden aan een stagiair gegeven, mag ik het terugnemen?",
        "het Visual Studio abonnement is 4 maanden geleden aan Sanne toegewezen, kunnen we het nu terughalen?"})
    void takingAnAssignedSubscriptionBackIsTheReassignmentRule(String text) {
        Reply reply = say(text);

        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(true), reply.ok(), reply.text());
    }
}
