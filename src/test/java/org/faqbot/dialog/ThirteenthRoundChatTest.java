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
 * The thirteenth round's chat defects (chat16), in both languages, worded here (today is Sunday 6 December 2026): a
 * question from when the renewal can be done beside the enrollment's words, a forwarded notice without greeting or
 * closing before the user's own question, and a reminder lead said before a date's button is pressed.
 */
class ThirteenthRoundChatTest {

    private static final String VS_ACTIVATION = "benefits-faq#q-how-does-visual-studio-activation-work-in-partner-center";

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String conversation, String text) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "r1|Our enrolment is ending shortly and we'd like to get the renewal done in good time. From when is that possible?",
        "r2|Onze inschrijving loopt straks af en we willen de verlenging netjes op tijd regelen. Vanaf wanneer gaat dat?",
        "r3|We are close to the end of our enrolment. From when can we sort out the renewal?",
        "r4|Het einde van onze inschrijving komt eraan. Vanaf wanneer kunnen we de verlenging regelen?"})
    void fromWhenTheRenewalCanBeDoneIsTheRenewalWindow(String conversation, String message) {
        Reply reply = say(conversation, message);

        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "d1|Our enrolment ends on 1 March 2027. From when can we do the renewal?",
        "d2|Onze inschrijving loopt op 1 maart 2027 af. Vanaf wanneer kunnen we de verlenging doen?"})
    void fromWhenWithTheEnrollmentsDateIsTheRenewalWindowFromIt(String conversation, String message) {
        Reply reply = say(conversation, message);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 1)), reply.date(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"n1|EN", "n2|NL"})
    void fromWhenAKeyNoLongerWorksStaysTheKeys(String conversation, Lang lang) {
        Reply reply = say(conversation, lang == Lang.EN ? "from when will my product key no longer work?"
                : "vanaf wanneer werkt mijn productcode niet meer?");

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "f1|EN|Subject: Your partner membership needs attention|About the date you gave:",
        "f2|NL|Onderwerp: Uw partnerlidmaatschap vraagt aandacht|Over de datum die je noemde:",
        "f3|EN|---------- Forwarded message ---------|About the date you gave:",
        "f4|NL|Fwd: melding partnerprogramma|Over de datum die je noemde:"})
    void aForwardedNoticeWithoutGreetingOrClosingIsReadAsAPastedMail(String conversation, Lang lang, String head, String stated) {
        String message = head + "\n" + (lang == Lang.EN
                ? "Is everything in order for next year? The membership of your organisation expires on 28 January 2027."
                    + " Take a moment to redeem what you have left.\nHow do we get Visual Studio activated?"
                : "Is alles klaar voor volgend jaar? Het lidmaatschap van uw organisatie verloopt op 28 januari 2027."
                    + " Neem even de tijd om in te wisselen wat u nog heeft.\nHoe krijgen we Visual Studio geactiveerd?");
        Reply reply = say(conversation, message);

        assertEquals(lang, reply.lang());
        assertEquals(Optional.of(VS_ACTIVATION), reply.faqId(), reply.text());
        assertTrue(reply.text().contains(stated), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"g1|EN", "g2|NL"})
    void aForwardedNoticesLastParagraphIsTheUsersQuestion(String conversation, Lang lang) {
        String message = lang == Lang.EN
                ? "Fwd: keys reminder\n\nHave you used all your product keys? Your benefits expire on 15 March 2027.\n"
                    + "Keys left over are lost after that.\n\nuntil when can we still redeem them?"
                : "Fwd: herinnering productcodes\n\nHeeft u al uw productcodes gebruikt? Uw voordelen verlopen op 15 maart 2027.\n"
                    + "Wat overblijft vervalt daarna.\n\ntot wanneer kunnen we ze nog inwisselen?";
        Reply reply = say(conversation, message);

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertEquals(Optional.empty(), reply.ok(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"o1|EN", "o2|NL"})
    void anOrdinaryMessageOfSeveralLinesKeepsItsQuestions(String conversation, Lang lang) {
        String message = lang == Lang.EN
                ? "Hi,\nour product key was redeemed on 2 March 2026. Is it still valid?\nAnd how do we renew our membership?"
                : "Hoi,\nonze productcode is op 2 maart 2026 ingewisseld. Is hij nog geldig?\nEn hoe verlengen we ons lidmaatschap?";
        Reply reply = say(conversation, message);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(true), reply.ok(), reply.text());
    }

    private void rememberTwoDates(String conversation, Lang lang) {
        say(conversation, lang == Lang.EN ? "our benefits expire on 31 March 2027" : "onze voordelen verlopen op 31 maart 2027");
        say(conversation, "/remember benefit_expiry");
        say(conversation, lang == Lang.EN ? "we redeemed the product key on 1 February 2026" : "we hebben de productcode op 1 februari 2026 ingewisseld");
        say(conversation, "/remember key_redeemed_on");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "l1|EN|please remind me a week before|7 days before 31 March 2027|30 days before",
        "l2|NL|herinner me twee weken van tevoren|14 dagen vóór 31 maart 2027|30 dagen vóór"})
    void aLeadSaidBeforeADatesButtonIsPressedIsKept(String conversation, Lang lang, String asked, String kept, String usual) {
        rememberTwoDates(conversation, lang);
        Reply offer = say(conversation, asked);
        assertEquals(2, offer.choices().size(), offer.text());

        Reply pressed = say(conversation, offer.choices().get(0).payload());

        assertTrue(pressed.text().contains(kept), pressed.text());
        assertFalse(pressed.text().contains(usual), pressed.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "l3|EN|remind me ten days in advance|10 days before 1 February 2027|30 days before",
        "l4|NL|herinner me tien dagen van tevoren|10 dagen vóór 1 februari 2027|30 dagen vóór"})
    void aLeadSaidUnderAnEarlierOfferHoldsForItsButtons(String conversation, Lang lang, String asked, String kept, String usual) {
        rememberTwoDates(conversation, lang);
        Reply offer = say(conversation, "/remind");
        say(conversation, asked);

        Reply pressed = say(conversation, offer.choices().get(1).payload());

        assertTrue(pressed.text().contains(kept), pressed.text());
        assertFalse(pressed.text().contains(usual), pressed.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "s1|EN|I bought our product key on 2 May and redeemed it on 4 May 2026, until when does it work?|and what if it had been later?|On what date did you redeem",
        "s2|NL|we hebben onze productcode op 4 mei 2026 ingewisseld, tot wanneer werkt hij?|en als het een andere dag was?|Op welke datum heb je"})
    void anotherUnnamedDayAfterARuleAnswerAsksForTheDay(String conversation, Lang lang, String first, String shift, String ask) {
        say(conversation, first);
        Reply reply = say(conversation, shift);

        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(ask), reply.text());
        Reply dated = say(conversation, lang == Lang.EN ? "12 May 2026" : "12 mei 2026");
        assertEquals(Optional.of(LocalDate.of(2027, 5, 12)), dated.date(), dated.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "t1|EN|could you also speak Dutch?|I speak Dutch and English",
        "t2|NL|versta je ook Engels?|Ik spreek Nederlands en Engels",
        "t3|EN|can you do Spanish?|I can't answer in",
        "t4|NL|kun je ook Duits?|kan ik niet antwoorden"})
    void askingWhetherTheBotSpeaksALanguageIsAnswered(String conversation, Lang lang, String asked, String said) {
        Reply reply = say(conversation, asked);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertEquals(lang, reply.lang(), reply.text());
        assertTrue(reply.text().contains(said), reply.text());
    }

    /** English only: Dutch has no contractions; a Dutch message with the same words keeps them as typed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "c1|our product key doesnt work anymore, what now?",
        "c2|the product key didnt work today, what should we do?"})
    void aContractionWithoutItsApostropheIsReadAsOne(String conversation, String message) {
        Reply reply = say(conversation, message);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
    }

    @org.junit.jupiter.api.Test
    void contractionsGetTheirApostropheBackAndOtherWordsStay() {
        assertEquals("it doesn't work, DON'T ask", Contractions.restored("it doesnt work, DONT ask"));
        assertEquals("ik cant het niet, wont", Contractions.restored("ik cant het niet, wont"));
        assertEquals("mijn sleutel werkt niet meer", Contractions.restored("mijn sleutel werkt niet meer"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "w1|EN|the benefits of our company expire on 1 February 2027|and in weeks?|That is 8 weeks and 1 day from today.",
        "w2|NL|de voordelen van ons bedrijf verlopen op 1 februari 2027|hoeveel weken nog?|Dat is over 8 weken en 1 dag.",
        "w3|EN|the benefits of our company expire on 1 February 2027|how many months is that?|That is 1 month and 26 days from today.",
        "w4|NL|de voordelen van ons bedrijf verlopen op 1 februari 2027|en in maanden?|Dat is over 1 maand en 26 dagen."})
    void theTimeLeftAskedInWeeksOrMonthsIsSaidInThem(String conversation, Lang lang, String first, String asked, String said) {
        say(conversation, first);
        Reply reply = say(conversation, asked);

        assertEquals(lang, reply.lang(), reply.text());
        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertTrue(reply.text().startsWith(said), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "p1|EN|so who are you anyway?",
        "p2|NL|wie ben jij nou eigenlijk?",
        "p3|EN|okay then",
        "p4|NL|oke dan"})
    void aParticleAtTheEndLeavesSmallTalkSmallTalk(String conversation, Lang lang, String message) {
        Reply reply = say(conversation, message);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertEquals(lang, reply.lang(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a1|EN|where do you get your information?|Microsoft's public FAQ",
        "a2|NL|waar komen je antwoorden vandaan?|openbare veelgestelde vragen"})
    void askingWhereTheAnswersComeFromIsAnswered(String conversation, Lang lang, String message, String said) {
        Reply reply = say(conversation, message);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertTrue(reply.text().contains(said), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "j1|EN|we redeemed the product key on 5 March 2026, until when is it usable?|your reply was completely wrong|Sorry if I got that wrong",
        "j2|NL|we hebben de productcode op 5 maart 2026 ingewisseld, tot wanneer is hij bruikbaar?|die datum was gewoon fout|Sorry als ik dat verkeerd had"})
    void anAnswerJudgedWrongInOtherWordsIsADisagreement(String conversation, Lang lang, String first, String judged, String said) {
        say(conversation, first);
        Reply reply = say(conversation, judged);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertTrue(reply.text().startsWith(said), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "h1|EN|how do I renew my benefits?|vielen Dank!|You're welcome",
        "h2|NL|hoe verleng ik mijn voordelen?|danke schön|Graag gedaan"})
    void thanksInANeighboursLanguageIsThanks(String conversation, Lang lang, String first, String thanks, String said) {
        say(conversation, first);
        Reply reply = say(conversation, thanks);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertTrue(reply.text().startsWith(said), reply.text());
    }
}
