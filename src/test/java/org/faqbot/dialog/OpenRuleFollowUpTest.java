package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short follow-ups on a rule answer that is still open, answered from its date (round 11, M3). */
class OpenRuleFollowUpTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:m3", "tg:um3", text, Optional.of(lang), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NL|ons VS abonnement is op 1 oktober 2026 toegewezen, wanneer kunnen we het opnieuw toewijzen?|kan het nu al?|Nee",
        "NL|ons VS abonnement is op 1 augustus 2026 toegewezen, wanneer kunnen we het opnieuw toewijzen?|mag het vandaag al?|Ja",
        "EN|our VS subscription was assigned on 1 October 2026, when can we reassign it?|can we do it today?|No"})
    // "Het" right after the modal is the subscription of the answer, and the question a yes/no about today.
    void aYesNoAboutNowAfterTheAnswerIsAnsweredFromItsDate(Lang lang, String first, String followUp, String yesOrNo) {
        say(first, lang);

        Reply reply = say(followUp, lang);

        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(yesOrNo + ","), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|We redeemed our product key on 4 April. How can we renew the benefits?|and the key?",
        "NL|We hebben onze productcode op 4 april ingewisseld. Hoe verlengen we de voordelen?|en de productcode?"})
    // The key's date was given beside another question: "and the key?" is that rule's answer, not another rule naming keys.
    void theStatedThingAfterAnotherQuestionGetsItsRule(Lang lang, String first, String followUp) {
        say(first, lang);

        Reply reply = say(followUp, lang);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse("2027-04-04")), reply.date(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|our benefits run out on 28 February 2027. until which day can we still redeem keys?|and benefits needing a user assignment?",
        "NL|onze voordelen lopen af op 28 februari 2027. tot welke dag kunnen we nog keys inwisselen?|en voordelen waarvoor een gebruikerstoewijzing nodig is?"})
    // Another rule that accepts the date just given: its answer from that date.
    void anotherRuleAcceptingTheDateAnswersFromIt(Lang lang, String first, String followUp) {
        say(first, lang);

        Reply reply = say(followUp, lang);

        assertEquals(Optional.of("user_assignment_grace_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse("2027-03-30")), reply.date(), reply.text());
    }
}
