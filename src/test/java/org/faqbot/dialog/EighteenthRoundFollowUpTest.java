package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eighteenth round's follow-ups (dialog22), in both languages, worded here (today is Monday 7 December 2026): another
 * thing named without a determiner, the rule of the kind just asked, two things in a follow-up, "doesn't matter" to the
 * question for a date, and a choice typed with no list shown.
 */
class EighteenthRoundFollowUpTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-07"), Stores.inMemory());

    private Reply say(String conversation, String text) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.empty(), Optional.empty()));
    }

    private static List<String> intents(Reply reply) {
        return Stream.concat(Stream.of(reply), reply.others().stream()).map(Reply::intent).flatMap(Optional::stream).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl1|wanneer vervalt mijn productcode?|idem voor onze licenties?|redeem_deadline",
        "nl2|wanneer vervalt mijn productcode?|hetzelfde voor de licenties?|redeem_deadline",
        "en1|when will my product key stop working?|the same for our licences?|redeem_deadline",
        "en2|when will my product key stop working?|and for licences?|redeem_deadline"})
    // "Same for X?" and "and for X?" without a determiner ask the last question about X, as "and my X?" does.
    void sameForAnotherThingAsksItAgain(String conversation, String first, String followUp, String intent) {
        say(conversation, first);

        Reply reply = say(conversation, followUp);

        assertEquals(Optional.of(intent), reply.intent(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl3|wanneer vervalt mijn productcode?|en voor Azure?",
        "nl4|wanneer vervalt mijn productcode?|ook voor Azure?",
        "en3|when will my product key stop working?|same for Azure?",
        "en4|when will my product key stop working?|and for Azure?"})
    // A product no rule is about: the whole question is asked for, neither a fallback nor the key's entry again.
    void sameForAnotherProductAsksTheWholeQuestion(String conversation, String first, String followUp) {
        say(conversation, first);

        Reply reply = say(conversation, followUp);

        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertEquals(Optional.empty(), reply.intent(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl5|tot wanneer werkt mijn sleutel?|en het abonnement?",
        "nl6|tot wanneer werkt mijn sleutel?|en onze abonnementen?",
        "en5|until when does my product key work?|and the subscription?",
        "en6|until when does my product key work?|what about our subscription?"})
    // After an "until" question the subscription's "until" rule (its 30 days of grace) is meant, not its reassignment.
    void theSubscriptionsRuleOfTheSameKind(String conversation, String first, String followUp) {
        say(conversation, first);

        Reply reply = say(conversation, followUp);

        assertEquals(Optional.of("user_assignment_grace_until"), reply.intent(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl7|ik heb mijn sleutel op 2 februari 2026 ingewisseld, tot wanneer werkt hij?|en de sleutel en de voordelen?",
        "en7|I redeemed my key on 2 February 2026, until when does it work?|and the key and the benefits?"})
    // Each of two things in a follow-up is asked as "and my X?" about the question before, the second too.
    void twoThingsInAFollowUpKeepTheContext(String conversation, String first, String followUp) {
        say(conversation, first);

        Reply reply = say(conversation, followUp);

        assertTrue(intents(reply).containsAll(List.of("key_valid_until", "redeem_deadline")), intents(reply) + "\n" + reply.text());
        assertFalse(reply.others().isEmpty(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl8|tot wanneer kan ik mijn code nog gebruiken?|maakt niet uit|Op welke datum|één jaar",
        "nl9|tot wanneer kan ik mijn code nog gebruiken?|nou, het maakt niet uit|Op welke datum|één jaar",
        "en8|until when can I still use my product key?|doesn't matter|On what date|one year",
        "en9|until when can I still use my product key?|ok it doesn't matter|On what date|one year"})
    // "Doesn't matter" to the question for a date: the rule in general, the question dropped, not asked again.
    void doesNotMatterGetsTheRuleInGeneral(String conversation, String first, String dismissal, String ask, String rule) {
        say(conversation, first);

        Reply reply = say(conversation, dismissal);

        assertEquals(ReplyType.FAQ, reply.type(), reply.text());
        assertTrue(reply.text().contains(rule), reply.text());
        assertFalse(reply.text().contains(ask), reply.text());
        // The question is dropped: a count of days left names no date of its own now.
        assertEquals(ReplyType.CLARIFY, say(conversation, conversation.startsWith("nl") ? "hoeveel dagen nog?" : "how many days left?").type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl10|de eerste|geen lijst",
        "nl11|de laatste|geen lijst",
        "en10|the first one|no list",
        "en11|the second option please|no list"})
    // A choice typed with no list shown: that there was none, and what can be asked, with examples as buttons.
    void aChoiceWithNoListSaysSo(String conversation, String choice, String said) {
        Reply reply = say(conversation, choice);

        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertTrue(reply.text().contains(said), reply.text());
        assertFalse(reply.choices().isEmpty(), reply.text());
    }
}
