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
 * The dialogue and rule defects the sixth exploratory round left (today is 15 June 2021): a key "activated" before its
 * date, follow-ups about another person's key or a shifted date, two people's keys in one message, products the rules
 * are not about, and messages in neither language.
 */
class SixthRoundDialogTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2021-06-15"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c1", "u-c1", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the key I activated on 3 February expires when?",
        "the product key we activated on 3 February, when does it stop working?",
        "de sleutel die we op 3 februari geactiveerd hebben, wanneer verloopt die?"})
    void aKeyActivatedOnADayWasRedeemedThatDay(String text) {
        Reply reply = say(text);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2022, 2, 3)), reply.date(), reply.text());
        assertFalse(reply.text().contains("end date you gave") || reply.text().contains("einddatum die je gaf"), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "our Office 365 subscription runs out on 1 August, may we renew it?",
        "my Azure plan ends on 1 August, can I renew it?",
        "het Microsoft 365-abonnement van ons bedrijf verloopt op 1 augustus, kunnen we het verlengen?",
        "our Microsoft 365 Business subscription expires on 1 August, can we still use it?"})
    void anotherProductsThingTakesNoRule(String text) {
        Reply reply = say(text);

        assertEquals(Optional.empty(), reply.intent(), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I redeemed the key for our Office 365 tenant on 3 February, until when can I use it?",
        "our benefits expire on 1 August, our Azure plan too; until when can we activate the VS subscriptions?"})
    void aRuleObjectBesideTheProductKeepsItsRule(String text) {
        assertTrue(say(text).intent().isPresent(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I redeemed our key on 1 February 2021, until when can I use it?|what about my teammate's key?|20 March|2022-03-20",
        "ik heb de sleutel op 1 februari 2021 ingewisseld, tot wanneer werkt hij?|en die van mijn compagnon?|op 20 maart|2022-03-20",
        "ik heb de sleutel op 1 februari 2021 ingewisseld, tot wanneer werkt hij?|en nog een sleutel?|20 maart|2022-03-20",
        "I redeemed our key on 1 February 2021, until when can I use it?|and my third key?|20 March|2022-03-20",
        "ik heb de sleutel op 1 februari 2021 ingewisseld, tot wanneer werkt hij?|en mijn derde key?|20 maart|2022-03-20"})
    void anotherPersonsOrAFurtherKeyAsksForItsDate(String first, String followUp, String date, LocalDate end) {
        say(first);

        Reply asked = say(followUp);
        assertEquals(ReplyType.CLARIFY, asked.type(), asked.text());
        assertEquals(Optional.of("key_valid_until"), asked.intent(), asked.text());
        Reply answered = say(date);
        assertEquals(Optional.of(end), answered.date(), answered.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I redeemed our key on 1 February 2021, until when can I use it?|and if I had redeemed it six weeks later?|2022-03-15"
            + "|Supposing it had been on 15 March 2021 instead of 1 February 2021|how many days left?",
        "ik heb de sleutel op 1 februari 2021 ingewisseld, tot wanneer werkt hij?|en als ik hem een maand eerder had geactiveerd?"
            + "|2022-01-01|Stel dat het op 1 januari 2021 was geweest in plaats van 1 februari 2021|hoeveel dagen nog?"})
    void aShiftedDateIsAnsweredAsASuppositionAndTheGivenOneKept(String first, String followUp, LocalDate end, String lead,
            String daysLeft) {
        say(first);

        Reply supposed = say(followUp);
        assertEquals(Optional.of(end), supposed.date(), supposed.text());
        assertTrue(supposed.text().startsWith(lead), supposed.text());
        assertEquals(Optional.of(LocalDate.of(2022, 2, 1)), say(daysLeft).date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I redeemed mine on 2 March and my intern hers on 9 March, until when do the keys work?|Yours: |Your intern's: ",
        "we hebben de sleutels ingewisseld: ik op 2 maart en mijn stagiair op 9 maart. Tot wanneer werken ze?|De jouwe: "
            + "|Die van je stagiair: "})
    void twoPeoplesKeysAreAnsweredEachUnderItsOwner(String text, String mine, String theirs) {
        Reply reply = say(text);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains("• " + mine), reply.text());
        assertTrue(reply.text().contains("• " + theirs), reply.text());
        assertTrue(reply.text().indexOf("2022") < reply.text().indexOf(theirs), reply.text());
        assertEquals(Optional.of(LocalDate.of(2022, 3, 9)), reply.date(), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bis wann kann ich meinen Schlüssel benutzen?", "¿Cuándo vence mi clave, la puedo usar todavía?"})
    void aQuestionInAnotherLanguageIsToldBothLanguagesUnderstood(String text) {
        Reply reply = say(text);

        assertEquals(ReplyType.FALLBACK, reply.type(), reply.text());
        assertTrue(reply.text().contains("only understand") && reply.text().contains("alleen"), reply.text());
    }
}
