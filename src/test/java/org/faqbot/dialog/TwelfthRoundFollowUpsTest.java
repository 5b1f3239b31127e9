package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Follow-ups and persons' dates left from the eleventh round (follow15). */
class TwelfthRoundFollowUpsTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-05"), Stores.inMemory());

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:f15", "tg:uf15", text, Optional.of(lang), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|we gave a VS subscription to Lotte on 12 July and one to Bram on 28 September; from when may they be reassigned?|Lotte:|Bram:",
        "NL|we hebben op 12 juli een VS-abonnement aan Lotte gegeven en op 28 september aan Bram; vanaf wanneer mogen ze naar iemand anders?|Lotte:|Bram:"})
    // Each line of an answer for each says whose date it is, by the name the thing went to.
    void eachLineIsNamedByItsPerson(Lang lang, String question, String first, String second) {
        Reply reply = say(question, lang);

        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
        assertTrue(reply.text().contains("• " + first) && reply.text().contains("• " + second), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|we gave a VS subscription to Lotte on 12 July and one to Bram on 28 September; from when may they be reassigned?|what about Lotte's?|2026-10-10",
        "EN|we gave a VS subscription to Lotte on 12 July and one to Bram on 28 September; from when may they be reassigned?|and Bram's?|2026-12-27",
        "NL|we hebben op 12 juli een VS-abonnement aan Lotte gegeven en op 28 september aan Bram; vanaf wanneer mogen ze naar iemand anders?|en die van Lotte?|2026-10-10"})
    // A short follow-up naming one of them is answered from that person's date, not searched.
    void aNamedPersonsFollowUpUsesTheirDate(Lang lang, String question, String followUp, String date) {
        say(question, lang);

        Reply reply = say(followUp, lang);

        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse(date)), reply.date(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|our partner benefits run out on 20 January 2027|and assigning seats to users?",
        "EN|our partner benefits run out on 20 January 2027|and assigning licences?",
        "NL|onze partnervoordelen lopen af op 20 januari 2027|en licenties toewijzen?",
        "NL|onze partnervoordelen lopen af op 20 januari 2027|en gebruikers licenties toekennen?"})
    // Giving licences to users is what the user-assignment grace is about: its rule from the expiry just given.
    void assigningLicencesAfterAnExpiryGetsTheUserAssignmentGrace(Lang lang, String expiry, String followUp) {
        say(expiry, lang);

        Reply reply = say(followUp, lang);

        assertEquals(Optional.of("user_assignment_grace_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse("2027-02-19")), reply.date(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|my coworker Femke redeemed her product key on 14 May, until when can she use it?|what do you still know about me?|Femke|14 May 2026",
        "EN|my coworker Femke redeemed her product key on 14 May, until when can she use it?|what do you remember about me?|Femke|14 May 2026",
        "NL|mijn collega Femke heeft haar productcode op 14 mei ingewisseld, tot wanneer kan ze hem gebruiken?|wat weet je nog over mij?|Femke|14 mei 2026",
        "NL|mijn collega Femke heeft haar productcode op 14 mei ingewisseld, tot wanneer kan ze hem gebruiken?|wat onthoud je zoal van mij?|Femke|14 mei 2026"})
    // What the bot keeps lists another person's date the conversation holds, under their name.
    void whatIsKeptListsPersonsDates(Lang lang, String question, String asked, String name, String date) {
        say(question, lang);

        Reply reply = say(asked, lang);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertTrue(reply.text().contains(name + ": ") && reply.text().contains(date) && reply.text().contains("/forget"), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|my product key from like 5 weeks ago still good??",
        "EN|the key from about 5 weeks ago still valid?",
        "NL|onze productcode van ongeveer 5 weken geleden nog bruikbaar??",
        "NL|mijn key van zo'n 5 weken terug nog geldig??"})
    // A day counted back from today after "from" / "van" dates the key: its redemption, not the day asked about.
    void aKeyFromSomeWeeksAgoIsRedeemedThen(Lang lang, String question) {
        Reply reply = say(question, lang);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse("2027-10-31")), reply.date(), reply.text());
        assertEquals(Optional.of(true), reply.ok(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|I redeemed mine on 9 April and my manager his on 2 June; until when are they usable?",
        "EN|my key dates from 9 April and my manager's from 2 June, until when do they work?",
        "NL|ik heb de mijne op 9 april ingewisseld en mijn baas de zijne op 2 juni; tot wanneer zijn ze bruikbaar?",
        "NL|mijn productcode is van 9 april en die van mijn baas van 2 juni, tot wanneer werken ze?"})
    // The user's key and a colleague's in one message: both answered, each under its owner, none dropped.
    void aColleaguesKeyBesideTheUsersIsAnsweredToo(Lang lang, String question) {
        Reply reply = say(question, lang);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        String yours = lang == Lang.NL ? "De jouwe:" : "Yours:";
        assertTrue(reply.text().contains(yours) && reply.text().contains(lang == Lang.NL ? "2027" : "2027"), reply.text());
        assertTrue(reply.text().contains(lang == Lang.NL ? "9 april 2027" : "9 April 2027"), reply.text());
        assertTrue(reply.text().contains(lang == Lang.NL ? "2 juni 2027" : "2 June 2027"), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|my product key got redeemed on 20 January, until when does it work?|and what about our GDAP relationship created on 2 March?|GDAP relationship",
        "EN|my product key got redeemed on 20 January, until when does it work?|and my Azure Lighthouse delegation from 2 March?|Azure Lighthouse delegation",
        "NL|ik heb mijn productcode op 20 januari ingewisseld, tot wanneer werkt hij?|en onze GDAP-relatie die op 2 maart is aangemaakt?|GDAP-relatie"})
    // A thing no rule knows, with a date of its own, does not lend that date to the key; the key's date stays.
    void anUnknownThingsDateIsNotTheKeys(Lang lang, String first, String followUp, String thing) {
        say(first, lang);

        Reply reply = say(followUp, lang);
        Reply after = say(lang == Lang.NL ? "hoeveel dagen heb ik nog?" : "how many days do I have left?", lang);

        assertTrue(reply.intent().isEmpty() && reply.text().contains("\"" + thing + "\""), reply.text());
        assertEquals(Optional.of(LocalDate.parse("2027-01-20")), after.date(), after.text());
    }
}
