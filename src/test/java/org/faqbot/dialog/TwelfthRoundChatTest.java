package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The twelfth round's chat leftovers (chat15), in both languages, worded here (today is Sunday 6 December 2026): a key
 * "from" a date, the fallback and the suggestions said again in the other language, a supposition that keeps the date
 * given, going back on a correction, and a pasted e-mail with the user's own question after it.
 */
class TwelfthRoundChatTest {

    private static final String VS_ACTIVATION = "benefits-faq#q-how-does-visual-studio-activation-work-in-partner-center";

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String conversation, String text) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "k1|my product key is from 12 February 2026|2027-02-12|redeemed the product key on 12 February 2026",
        "k2|onze sleutel is van 12 februari 2026|2027-02-12|op 12 februari 2026 ingewisseld",
        "k3|this product key dates from 9 May|2027-05-09|redeemed the product key on 9 May 2026",
        "k4|die productcode dateert van 9 mei|2027-05-09|op 9 mei 2026 ingewisseld"})
    void aKeyFromADateIsAKeyRedeemedThen(String conversation, String message, LocalDate until, String said) {
        Reply reply = say(conversation, message);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(until), reply.date(), reply.text());
        assertTrue(reply.text().contains(said), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "f1|what is the tallest mountain in Peru|kun je dat ook in het Nederlands zeggen?|NL|Sorry, het antwoord daarop weet ik niet",
        "f2|wat is de hoogste berg van Peru|could you say that in English?|EN|Sorry, I don't know the answer to that"})
    void aFallbackIsSaidAgainInTheOtherLanguage(String conversation, String unknown, String again, Lang lang, String start) {
        say(conversation, unknown);
        Reply reply = say(conversation, again);

        assertEquals(ReplyType.FALLBACK, reply.type(), reply.text());
        assertEquals(lang, reply.lang());
        assertTrue(reply.text().startsWith(start), reply.text());
        assertFalse(reply.choices().isEmpty(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a1|how do I renew my benefits?|what is the tallest mountain in Peru|en in het Nederlands graag|NL|Sorry, het antwoord",
        "a2|hoe verleng ik mijn voordelen?|wat is de hoogste berg van Peru|kan dat ook in het Engels?|EN|Sorry, I don't know"})
    void theFallbackNotTheAnswerBeforeItIsSaidAgain(String conversation, String answered, String unknown, String again, Lang lang,
            String start) {
        say(conversation, answered);
        say(conversation, unknown);
        Reply reply = say(conversation, again);

        assertEquals(lang, reply.lang());
        assertTrue(reply.text().startsWith(start), reply.text());
        assertEquals(Optional.empty(), reply.faqId(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "s1|question about licences|kan dat ook in het nederlands?|NL|Bedoelde je een van deze?",
        "s2|vraag over de licentie|can you say that in English?|EN|Did you mean one of these?"})
    void suggestionsAreSaidAgainInTheOtherLanguage(String conversation, String vague, String again, Lang lang, String asks) {
        Reply suggested = say(conversation, vague);
        Reply reply = say(conversation, again);

        assertFalse(suggested.suggestions().isEmpty(), suggested.text());
        assertEquals(ReplyType.FALLBACK, reply.type(), reply.text());
        assertEquals(lang, reply.lang());
        assertTrue(reply.text().contains(asks), reply.text());
        assertEquals(suggested.choices().stream().map(Choice::payload).toList(), reply.choices().stream().map(Choice::payload).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "p1|I redeemed my key on 14 August 2026, until when does it work?|and if I had only redeemed it tomorrow?|/remember"
            + "|If you redeem the product key on 7 December 2026|14 August 2026|7 December 2026",
        "p2|ik heb mijn key op 14 augustus 2026 ingewisseld, tot wanneer werkt hij?|en als ik hem pas morgen had ingewisseld?"
            + "|/onthoud|Als je de productcode op 7 december 2026 inwisselt|14 augustus 2026|7 december 2026"})
    void aSuppositionOfTomorrowIsAnsweredAsOneAndKeepsTheDateGiven(String conversation, String stated, String supposition,
            String remember, String supposed, String statedDay, String supposedDay) {
        say(conversation, stated);
        Reply reply = say(conversation, supposition);
        Reply offer = say(conversation, remember);

        assertEquals(Optional.of(LocalDate.of(2027, 12, 7)), reply.date(), reply.text());
        assertTrue(reply.text().startsWith(supposed), reply.text());
        assertTrue(offer.text().contains(statedDay), offer.text());
        assertFalse(offer.text().contains(supposedDay), offer.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "c1|we redeemed the key on 11 March 2026, how long can we use it?|hmm actually it was 20 April|no wait, March was right"
            + "|/remember|11 March 2026",
        "c2|we hebben de key op 11 maart 2026 ingewisseld, hoe lang kunnen we hem gebruiken?|eigenlijk was het 20 april"
            + "|nee wacht, maart klopte toch|/onthoud|11 maart 2026",
        "c3|we redeemed the key on 11 March 2026, how long can we use it?|oh sorry, it was April|no, 11 March was correct after all"
            + "|/remember|11 March 2026",
        "c4|we hebben de key op 11 maart 2026 ingewisseld, hoe lang kunnen we hem gebruiken?|nee sorry, het was april"
            + "|o wacht, de eerste datum klopte toch|/onthoud|11 maart 2026"})
    void aCorrectionGoneBackOnAnswersFromTheFirstDate(String conversation, String stated, String correction, String back,
            String remember, String firstDay) {
        say(conversation, stated);
        Reply corrected = say(conversation, correction);
        Reply reply = say(conversation, back);
        Reply offer = say(conversation, remember);

        assertEquals(Optional.of("key_valid_until"), corrected.intent(), corrected.text());
        assertEquals(4, corrected.date().orElseThrow().getMonthValue(), corrected.text());
        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 11)), reply.date(), reply.text());
        assertTrue(offer.text().contains(firstDay), offer.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "m1|sorry, it was April|3 April 2027",
        "m2|nee, het was april|3 april 2027"})
    void aMonthAloneCorrectsTheMonthOfTheDateGiven(String conversation, String correction, String until) {
        say(conversation, conversation.equals("m1") ? "I activated our product key on 3 March 2026, until when does it work?"
                : "ik heb onze productcode op 3 maart 2026 geactiveerd, tot wanneer werkt hij?");
        Reply reply = say(conversation, correction);

        assertEquals(Optional.of(LocalDate.of(2027, 4, 3)), reply.date(), reply.text());
        assertTrue(reply.text().contains(until), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "e1|EN|About the date you gave:",
        "e2|NL|Over de datum die je noemde:"})
    void theQuestionAfterAPastedMailLeadsWithTheMailsDateAfterIt(String conversation, Lang lang, String stated) {
        String message = lang == Lang.EN
                ? "This came in this morning:\n\nHello partner,\nAre your benefits still waiting for you? Please note that your"
                    + " membership expires on 28 January 2027. Redeem what you have left before that day.\nKind regards,\n"
                    + "The benefits desk\n\nHow do we get Visual Studio activated?"
                : "Dit kwam vanochtend binnen:\n\nBeste partner,\nStaan uw voordelen nog op u te wachten? Let op: uw lidmaatschap"
                    + " verloopt op 28 januari 2027. Wissel in wat u nog heeft.\nMet vriendelijke groet,\nDe voordelenbalie\n\n"
                    + "Hoe krijgen we Visual Studio geactiveerd?";
        Reply reply = say(conversation, message);

        assertEquals(lang, reply.lang());
        assertEquals(Optional.of(VS_ACTIVATION), reply.faqId(), reply.text());
        assertTrue(reply.text().contains(stated), reply.text());
        assertEquals(1, reply.others().size(), reply.text());
        assertTrue(reply.others().get(0).text().contains(lang == Lang.EN ? "28 January 2027" : "28 januari 2027"), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"e3|EN", "e4|NL"})
    void aPastedMailWithNothingAskedAfterItKeepsItsQuestion(String conversation, Lang lang) {
        String message = lang == Lang.EN
                ? "This came in:\n\nHello partner,\nCan you still redeem your benefits? Your membership expires on 28 January 2027.\n"
                    + "Kind regards,\nThe benefits desk"
                : "Dit kwam binnen:\n\nBeste partner,\nKunt u uw voordelen nog inwisselen? Uw lidmaatschap verloopt op 28 januari 2027.\n"
                    + "Met vriendelijke groet,\nDe voordelenbalie";
        Reply reply = say(conversation, message);

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertEquals(Optional.of(true), reply.ok(), reply.text());
    }
}
