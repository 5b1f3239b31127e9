package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validity asked in other words, bounds asked as an expiry, and persons named in two words (valid16). */
class TwelfthRoundValidityTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-07"), Stores.inMemory());

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:v16", "tg:uv16", text, Optional.of(lang), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|is the product key from 2 March 2026 still okay?|2027-03-02|true",
        "EN|our code from about 6 weeks ago still fine??|2027-10-26|true",
        "EN|that key from 1 December 2025, still ok?|2026-12-01|false",
        "NL|de sleutel van 2 maart 2026 nog oké?|2027-03-02|true",
        "NL|onze code van ongeveer 6 weken terug nog prima??|2027-10-26|true",
        "NL|productcode van 2 maart werkt nog?|2027-03-02|true",
        "NL|mijn sleutel van 1 december 2025 nog ok?|2026-12-01|false"})
    // "Still ok?" after a key asks what "still valid?" asks: the key's yes or no for today.
    void stillOkAfterAKeyIsItsValidity(Lang lang, String question, String until, boolean usable) {
        Reply reply = say(question, lang);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse(until)), reply.date(), reply.text());
        assertEquals(Optional.of(usable), reply.ok(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"EN|key from 4/2 still ok?", "NL|sleutel van 4/2 nog oké?"})
    // A day and month in digits either way round: the key's question asks which, it does not fall back.
    void stillOkWithAnAmbiguousDayAsksWhichDay(Lang lang, String question) {
        Reply reply = say(question, lang);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertNotEquals(ReplyType.FALLBACK, reply.type(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"EN|ok?", "EN|fine", "NL|prima", "NL|oké?"})
    // Alone these words acknowledge; only after "still" / "nog" do they ask.
    void okAloneAsksNothing(Lang lang, String text) {
        Reply reply = say(text, lang);

        assertEquals(Optional.empty(), reply.intent(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|we redeemed our product key in early 2026, is it expired now?|false|No, it has not expired.",
        "EN|redeemed the code in early 2025, has it expired?|true|Yes, it has expired.",
        "EN|I redeemed the key less than a month ago, has it expired yet?|false|No, it has not expired.",
        "NL|we hebben de sleutel begin 2026 ingewisseld, is die verlopen?|false|Nee, dat is nog niet verlopen.",
        "NL|ik heb de code begin 2025 ingewisseld, is hij verlopen?|true|Ja, dat is verlopen.",
        "NL|ik heb de code minder dan een maand geleden ingewisseld, is hij al verlopen?|false|Nee, dat is nog niet verlopen."})
    // A date known within bounds that decide it answers "has it expired?" too, the other way round from "still valid?".
    void boundsAnswerWhetherItHasExpired(Lang lang, String question, boolean expired, String verdict) {
        Reply reply = say(question, lang);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(expired), reply.ok(), reply.text());
        assertTrue(reply.text().startsWith(verdict) || reply.text().startsWith("**" + verdict), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NL|VS-abonnement op 4 september aan Sem gegeven, wanneer mag een ander het krijgen?",
        "NL|ik gaf het VS-abonnement op 4 september aan Sem; wanneer kan een andere collega het hebben?",
        "EN|gave the VS subscription to Sem on 4 September, when can someone else get it?",
        "EN|gave the VS subscription to Sem on 4 September, when may someone else have it?"})
    // Another person as the one who gets it is the subscription passed on: the 90 days from its assignment.
    void anotherPersonGettingItIsTheReassignment(Lang lang, String question) {
        Reply reply = say(question, lang);

        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse("2026-12-03")), reply.date(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NL|onze inschrijving is op 1 december verlengd, tot wanneer kan ik een ander abonnement activeren?",
        "EN|our enrollment renewed on 1 December, until when can I activate a different benefit?"})
    // "Een ander" / "a different" without a person getting it passes nothing on.
    void anotherThingIsNoReassignment(Lang lang, String question) {
        Reply reply = say(question, lang);

        assertEquals(Optional.of("user_assignment_grace_until"), reply.intent(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|I gave VS subscriptions to Lisa Bakker on 5 Aug and to Sem van Dijk on 22 Oct, from when may I reassign them?|Lisa Bakker:|Sem van Dijk:",
        "NL|ik heb op 5 augustus een VS-abonnement aan Lisa Bakker gegeven en op 22 oktober aan Sem van Dijk; vanaf wanneer mag ik ze opnieuw toewijzen?|Lisa Bakker:|Sem van Dijk:"})
    // A first name with a surname labels its line as a one-word name does.
    void twoWordNamesLabelEachLine(Lang lang, String question, String first, String second) {
        Reply reply = say(question, lang);

        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
        assertTrue(reply.text().contains("• " + first) && reply.text().contains("• " + second), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|I gave VS subscriptions to Lisa Bakker on 5 Aug and to Sem van Dijk on 22 Oct, from when may I reassign them?|and Lisa's?|2026-11-03",
        "EN|I gave VS subscriptions to Lisa Bakker on 5 Aug and to Sem van Dijk on 22 Oct, from when may I reassign them?|and Sem van Dijk's?|2027-01-20",
        "NL|ik heb op 5 augustus een VS-abonnement aan Lisa Bakker gegeven en op 22 oktober aan Sem van Dijk; vanaf wanneer mag ik ze opnieuw toewijzen?|en die van Lisa?|2026-11-03",
        "NL|ik heb op 5 augustus een VS-abonnement aan Lisa Bakker gegeven en op 22 oktober aan Sem van Dijk; vanaf wanneer mag ik ze opnieuw toewijzen?|en die van Sem van Dijk?|2027-01-20"})
    // Such a person is asked after by the whole name or the first name alone.
    void aTwoWordNamesFollowUpUsesTheirDate(Lang lang, String question, String followUp, String date) {
        say(question, lang);

        Reply reply = say(followUp, lang);

        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse(date)), reply.date(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|I activated mine on 4 March, my coworker did hers on 6 May, until when can we use them?|4 March 2027|6 May 2027",
        "EN|we activated ours on 4 March, until when can we use it?|4 March 2027|4 March 2027",
        "NL|ik heb de mijne op 4 maart geactiveerd en mijn collega de hare op 6 mei; tot wanneer kunnen we ze gebruiken?|4 maart 2027|6 mei 2027"})
    // "Activated" with "mine" / "hers" is a key's activation, its redemption: the key's year from each date.
    void activatingMineIsRedeemingTheKey(Lang lang, String question, String first, String second) {
        Reply reply = say(question, lang);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(first) && reply.text().contains(second), reply.text());
    }
}
