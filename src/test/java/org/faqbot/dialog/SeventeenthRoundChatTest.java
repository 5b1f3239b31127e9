package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seventeenth round's chat and date defects (chat20), in both languages, worded here (today is Monday 7 December
 * 2026): a month given in answer to the question for the day, a renewal that has been done, and "it" with nothing
 * named before.
 */
class SeventeenthRoundChatTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-07"), Stores.inMemory());

    private Reply say(String conversation, String text) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl1|tot wanneer kan ik mijn productcode gebruiken?|ergens in juni|Tot en met een dag tussen 1 juni 2027 en 30 juni 2027|de 12e|12 juni 2027",
        "en1|until when can I use my product key?|somewhere in June|Until a day between 1 June 2027 and 30 June 2027|the 12th|12 June 2027"})
    // A month in answer to the question for the day answers from all its days, as the month in the question itself does;
    // the day alone next is read in that month.
    void aMonthGivenForTheDayAnswersFromItsDays(String conversation, String question, String month, String expected,
            String day, String exact) {
        say(conversation, question);

        Reply reply = say(conversation, month);
        Reply exactly = say(conversation, day);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
        assertTrue(exactly.text().contains(exact), exactly.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl2|we hebben op 15 februari 2026 verlengd, hoe lang houden de VS-gebruikers toegang?|tot en met 17 maart 2027",
        "en2|we renewed on 15 February 2026, how long do the VS users keep access?|until 17 March 2027"})
    // A renewal told as done is the previous one: the grace after the renewal date is the next renewal's.
    void aDoneRenewalCountsTheGraceFromTheNextOne(String conversation, String question, String expected) {
        Reply reply = say(conversation, question);

        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl3|hoe lang houden de VS-gebruikers hun toegang?|op 15 februari 2026 hebben we verlengd|tot en met 17 maart 2027",
        "en3|how long do the VS users keep their access?|on 15 February 2026 we renewed|until 17 March 2027"})
    // In answer to the grace question, the renewal date is that rule's, though the renewal's words choose another rule.
    void aDoneRenewalAnswersTheGraceQuestionBack(String conversation, String question, String answer, String expected) {
        say(conversation, question);

        Reply reply = say(conversation, answer);

        assertEquals(Optional.of("user_assignment_grace_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl4|tot wanneer is het nog geldig?|mijn abonnement|user_assignment_grace_until",
        "nl5|wanneer verloopt hij eigenlijk?|de productcode|key_valid_until",
        "en4|until when is it still good?|the subscription|user_assignment_grace_until",
        "en5|when will it run out?|the product key|key_valid_until"})
    // "It" with nothing named before: the bot asks which thing is meant, and the thing's name answers with its rule.
    void itWithNothingNamedAsksWhichThing(String conversation, String question, String thing, String intent) {
        Reply asked = say(conversation, question);
        Reply reply = say(conversation, thing);

        assertEquals(ReplyType.CLARIFY, asked.type(), asked.text());
        assertEquals(4, asked.choices().size(), asked.text());
        assertEquals(Optional.of(intent), reply.intent(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl6|mijn productcode heb ik op 2 mei 2026 ingewisseld|wanneer verloopt hij?",
        "en6|the product key got redeemed by me on 2 May 2026|when does it run out?"})
    // After a thing is named, "it" is that thing, as before.
    void itAfterANamedThingIsThatThing(String conversation, String fact, String question) {
        say(conversation, fact);

        Reply reply = say(conversation, question);

        assertFalse(reply.type() == ReplyType.CLARIFY, reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl7|de productcode heb ik op 4 mei 2026 ingewisseld, tot wanneer werkt hij?|hoe weet je dat?|4 mei 2026",
        "en7|the product key got redeemed by me on 4 May 2026, until when does it work?|why?|4 May 2026"})
    // A bare "why?" after a date answer says which date it counted from and the FAQ's rule, not "I don't know".
    void whyAfterADateAnswerNamesTheDateAndTheRule(String conversation, String question, String why, String date) {
        say(conversation, question);

        Reply reply = say(conversation, why);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(date), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl8|blijft mijn productcode nog lang geldig?|nee sorry, ik bedoelde mijn lidmaatschap",
        "en8|how long does my product key stay valid?|oh no, I meant my membership"})
    // Correcting the thing the question was about asks the question about that thing, not the first thing's date again.
    void aCorrectedThingAsksAboutThatThing(String conversation, String question, String correction) {
        say(conversation, question);

        Reply reply = say(conversation, correction);

        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
    }
}
