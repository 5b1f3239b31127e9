package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fifteenth round's chat defects (chat18), in both languages, worded here (today is Monday 7 December 2026): a
 * month or season asked about, being fed up after an answer, an acknowledgement while the date is still open, a
 * 29 February without a year in a year without one, and "when does my key expire?" with no date yet.
 */
class FifteenthRoundChatTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-07"), Stores.inMemory());

    private Reply say(String conversation, String text) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl1|ons VS-abonnement is op 3 juni 2026 aan Piet toegewezen; mag het in maart naar een ander?|Ja, in maart 2027 mag dat: al vanaf 1 september 2026.|true",
        "en1|our VS subscription was assigned to Piet on 3 June 2026; may I give it to somebody else in March?|Yes, in March 2027 that is allowed: already from 1 September 2026.|true",
        "nl2|sleutel op 20 november 2025 ingewisseld, werkt hij in januari nog?|Nee, in januari 2027 kan dat niet meer: dat kon tot en met 20 november 2026.|false",
        "en2|key redeemed on 20 November 2025, does it still work in January?|No, in January 2027 that is no longer possible: it was possible until 20 November 2026.|false"})
    // A month asked about beside the fact's date: the answer for that month, not for today.
    void aMonthAskedBesideTheFactsDateIsAnsweredForThatMonth(String conversation, String question, String verdict, boolean ok) {
        Reply reply = say(conversation, question);

        assertTrue(reply.text().contains(verdict), reply.text());
        assertEquals(Optional.of(ok), reply.ok(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl3|ons VS-abonnement is op 3 juni 2026 aan Piet toegewezen, wanneer mag het naar een ander?|en in juli?|Nee, in juli 2026 mag dat nog niet: pas vanaf 1 september 2026.",
        "en3|our VS subscription was assigned to Piet on 3 June 2026, when may it go to somebody else?|and in July?|No, in July 2026 that is not allowed yet: only from 1 September 2026.",
        "nl4|mijn productcode is op 3 november 2026 ingewisseld|is die in augustus nog bruikbaar?|Ja, in augustus 2027 kan dat nog: tot en met 3 november 2027.",
        "en4|my product key was redeemed on 3 November 2026|can I still use it next summer?|Yes, from 1 June 2027 to 31 August 2027 that is still possible: until 3 November 2027."})
    // After the answer, a month or season asked about is answered from the conversation's date for that span.
    void aMonthAskedAfterTheAnswerIsAnsweredForThatMonth(String conversation, String first, String then, String verdict) {
        say(conversation, first);

        Reply reply = say(conversation, then);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(verdict), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl15|ons VS-abonnement is op 3 juni 2026 aan Piet toegewezen; mag het in maart naar een ander?|nee, het was 4 juli 2026|Ja, in maart 2027 mag dat: al vanaf 2 oktober 2026.",
        "en15|our VS subscription was assigned to Piet on 3 June 2026; may I give it to somebody else in March?|no sorry, it was 4 July 2026|Yes, in March 2027 that is allowed: already from 2 October 2026."})
    // A corrected date answers the month asked about before, not today.
    void aCorrectionIsAnsweredForTheMonthAskedBefore(String conversation, String first, String correction, String verdict) {
        say(conversation, first);

        Reply reply = say(conversation, correction);

        assertTrue(reply.text().contains(verdict), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl16|mag ik ons VS-abonnement in maart opnieuw toewijzen?|het ging op 3 juni 2026 naar Piet|Ja, in maart 2027 mag dat: al vanaf 1 september 2026.",
        "en16|can my product key still be used next summer?|I redeemed it on 10 May 2026|No, from 1 June 2027 to 31 August 2027 that is no longer possible"})
    // A span asked about with no date yet: asked back with the span kept, and answered for it once the date comes.
    void aSpanAskedWithoutADateIsKeptForTheDateGivenNext(String conversation, String question, String date, String verdict) {
        Reply asked = say(conversation, question);

        Reply reply = say(conversation, date);

        assertEquals(ReplyType.CLARIFY, asked.type(), asked.text());
        assertTrue(reply.text().contains(verdict), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl17|de productcode is vorige maand ingewisseld, werkt die volgende zomer nog?|\"vorige maand\"|op 3 november 2026|Ja, van 1 juni 2027 tot en met 31 augustus 2027 kan dat nog",
        "en17|the product key got redeemed last month, will it still work next summer?|\"last month\"|on 3 November 2026|Yes, from 1 June 2027 to 31 August 2027 that is still possible"})
    // Beside a fact's inexact date, the season asked about is no date of the fact: the fact's days answer for it (every
    // day of last month gives the same verdict, chat19) and the fact's day is asked for the exact date.
    void aSeasonBesideAnInexactFactAsksForTheFactsDay(String conversation, String question, String fact, String date, String verdict) {
        Reply asked = say(conversation, question);

        Reply reply = say(conversation, date);

        assertTrue(asked.text().contains(fact + " "), asked.text());
        assertTrue(asked.text().contains(verdict.substring(0, verdict.indexOf(" kan dat") > 0 ? verdict.indexOf(" kan dat") : verdict.indexOf(" that"))),
                asked.text());
        assertTrue(reply.text().contains(verdict), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl5|mijn productcode is op 3 november 2026 ingewisseld, tot wanneer werkt hij?|ik ben het echt zat",
        "en5|my product key was redeemed on 3 November 2026, until when does it work?|I am so sick of this",
        "nl6|mijn productcode is op 3 november 2026 ingewisseld, tot wanneer werkt hij?|ik word er gek van",
        "en6|my product key was redeemed on 3 November 2026, until when does it work?|fed up with it"})
    // Being fed up after an answer is frustration, not a follow-up whose "it" / "het" finds an FAQ entry.
    void fedUpAfterAnAnswerGetsTheSorry(String conversation, String first, String fedUp) {
        say(conversation, first);

        Reply reply = say(conversation, fedUp);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertTrue(reply.faqId().isEmpty(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl7|mijn productcode is op 3 november 2026 ingewisseld|ik ben het zat, tot wanneer werkt hij?",
        "en7|my product key was redeemed on 3 November 2026|I'm sick of waiting, until when does my key work?"})
    // Fed up and a question: the question is answered.
    void fedUpWithAQuestionGetsTheAnswer(String conversation, String first, String question) {
        say(conversation, first);

        Reply reply = say(conversation, question);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl8|mijn sleutel, is die nog bruikbaar?|👍|Op welke datum heb je de productcode ingewisseld?",
        "en8|my key, can I still use it?|ok|On what date did you redeem the product key?"})
    // An acknowledgement while the bot's question for the date is open says the date can still come.
    void acknowledgementWhileTheDateIsOpenSaysItCanStillCome(String conversation, String first, String ack, String ask) {
        say(conversation, first);

        Reply reply = say(conversation, ack);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertTrue(reply.text().endsWith(ask), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl12|ik heb de productcode op 29 feb ingewisseld, hoe lang werkt hij?|👍|Kies gerust een van de datums hierboven",
        "en12|I redeemed the product key on 29 Feb, how long does it work?|ok|pick one of the dates above"})
    // An acknowledgement while the bot's buttons wait for a choice says they still do.
    void acknowledgementWhileTheChoiceIsOpenSaysItIs(String conversation, String first, String ack, String pick) {
        say(conversation, first);

        Reply reply = say(conversation, ack);

        assertTrue(reply.text().contains(pick), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl13|ons VS-abonnement is op 20 oktober 2026 aan Piet toegewezen, vanaf wanneer mag het naar een ander?|en volgende maand?|Ja, in januari 2027 mag dat vanaf 18 januari 2027.",
        "en13|our VS subscription was assigned to Piet on 20 October 2026, from when may it go to somebody else?|and next month?|Yes, in January 2027 that is allowed from 18 January 2027 on.",
        "nl14|mijn productcode is op 10 mei 2026 ingewisseld|werkt die in juni nog?|Nee, in juni 2027 kan dat niet meer: dat kon tot en met 10 mei 2027.",
        "en14|my product key was redeemed on 10 May 2026|will it still work in June?|No, in June 2027 that is no longer possible: it was possible until 10 May 2027."})
    // "Next month" is counted from today's; a question of what still holds asks about the month to come.
    void nextMonthAndAStillQuestionAskAboutTheMonthToCome(String conversation, String first, String then, String verdict) {
        say(conversation, first);

        Reply reply = say(conversation, then);

        assertTrue(reply.text().contains(verdict), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl9|ik heb de productcode op 29 feb ingewisseld, hoe lang werkt hij?|2026 heeft geen 29 februari",
        "en9|I redeemed the product key on 29 Feb, how long does it work?|2026 has no 29 February"})
    // A year-less 29 February in a year without one: asked which, saying why, not read as 2024 silently.
    void leapDayWithoutYearInAYearWithoutOneIsAsked(String conversation, String question, String why) {
        Reply reply = say(conversation, question);

        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertTrue(reply.text().startsWith(why), reply.text());
        assertEquals(2, reply.choices().size(), reply.choices().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl10|ik heb de productcode op 29 feb ingewisseld, hoe lang werkt hij?|die van 2026|2027-02-28",
        "en10|I redeemed the product key on 29 Feb, how long does it work?|2024|2025-02-28"})
    // The reply to that question answers with the day chosen.
    void leapDayChoiceIsAnswered(String conversation, String question, String choice, String end) {
        say(conversation, question);

        Reply reply = say(conversation, choice);

        assertEquals(Optional.of(java.time.LocalDate.parse(end)), reply.date(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl11|wanneer vervalt mijn sleutel eigenlijk?|Als je me je eigen datum geeft, reken ik het voor je uit: Op welke datum heb je de productcode ingewisseld?",
        "en11|when will my key run out?|If you tell me your own date, I'll work it out for you: On what date did you redeem the product key?"})
    // A personal question without a date: the key's rule itself, then the invitation, not a wider entry's title first.
    void personalQuestionWithoutADateGetsTheRuleAndTheInvitation(String conversation, String question, String offer) {
        Reply reply = say(conversation, question);

        assertTrue(reply.text().startsWith("Uit de veelgestelde vragen") || reply.text().startsWith("From the FAQ"), reply.text());
        assertTrue(reply.text().contains("één jaar") || reply.text().contains("one year"), reply.text());
        assertTrue(reply.text().endsWith(offer), reply.text());
    }
}
