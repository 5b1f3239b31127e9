package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eleventh exploratory round's small things (today is 6 December 2026): a rule's thing named alone, "why" about a
 * rule's period after its answer, emoji before any answer, and Azure credits that are no product key.
 */
class EleventhRoundSmallThingsTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:s13", "tg:u13", text, Optional.of(lang), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|key|key",
        "EN|the keys|keys",
        "NL|sleutel|sleutel",
        "EN|code|code",
        "NL|de sleutels|sleutels"})
    // A rule's thing alone is too short for the search: its entries are suggested, with the rule's question to ask.
    void aRulesThingAloneGetsItsEntriesSuggested(Lang lang, String word, String thing) {
        Reply reply = say(word, lang);

        assertEquals(ReplyType.FALLBACK, reply.type(), reply.text());
        assertFalse(reply.suggestions().isEmpty(), reply.text());
        assertTrue(reply.choices().stream().anyMatch(c -> c.payload().matches(".* " + thing + "\\b.*\\?")), reply.choices().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"EN|weather", "NL|fietsen"})
    // Another word alone names no rule's thing: the fallback stays as it was.
    void anotherWordAloneGetsNoRulesQuestion(Lang lang, String word) {
        Reply reply = say(word, lang);

        assertTrue(reply.choices().stream().noneMatch(c -> c.payload().endsWith("?")), reply.choices().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|VS subscription handed to a colleague on 2 September, from when may it go to someone else?|why 90 days?|90 days have passed",
        "NL|ons VS-abonnement is op 2 september toegewezen, vanaf wanneer mag het naar een andere collega?|waarom negentig dagen dan?|90 dagen",
        "EN|we redeemed that key on 4 May, how long does it work?|but why one year?|one year from the day",
        "NL|ik heb op 4 mei een productcode ingewisseld, hoe lang werkt die?|waarom een jaar?|één jaar vanaf de dag"})
    // "Why <the rule's period>?" after the rule's answer: the FAQ's sentence the rule rests on, as the FAQ's only reason.
    void whyTheRulesPeriodGivesTheFaqSentence(Lang lang, String question, String why, String sentence) {
        Reply answer = say(question, lang);

        Reply reason = say(why, lang);

        assertEquals(ReplyType.RULE, reason.type(), reason.text());
        assertEquals(answer.intent(), reason.intent(), reason.text());
        assertTrue(reason.text().contains(sentence), reason.text());
    }

    @Test
    void whyAnotherPeriodIsNoQuestionAboutTheRule() {
        say("VS subscription handed to a colleague on 2 September, from when may it go to someone else?", Lang.EN);

        Reply reply = say("why 30 days?", Lang.EN);

        assertNotEquals(ReplyType.RULE, reply.type(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"EN|🙂🙂", "EN|👌", "NL|😁😁😁", "NL|✅"})
    // Before any answer an emoji acknowledges nothing: greeted and invited to ask, not "OK! Ask me anything else".
    void emojiBeforeAnyAnswerIsGreeted(Lang lang, String emoji) {
        Reply reply = say(emoji, lang);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertTrue(reply.text().startsWith(lang == Lang.NL ? "Hallo!" : "Hello!"), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"EN|how do I renew my benefits?|🙂🙂|OK!", "NL|hoe verleng ik mijn voordelen?|✅|Oké!"})
    // After an answer the same emoji still acknowledges it.
    void emojiAfterAnAnswerStillAcknowledgesIt(Lang lang, String question, String emoji, String ok) {
        say(question, lang);

        Reply reply = say(emoji, lang);

        assertTrue(reply.text().startsWith(ok), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|our Azure credits got redeemed on 3 March",
        "EN|I redeemed the azure credit on 10 April, until when is it good?",
        "NL|we hebben ons Azure-tegoed op 3 maart ingewisseld"})
    // Azure credits are no product key: the key rule's year is not theirs, so the question is searched.
    void azureCreditsGetNoKeyDate(Lang lang, String message) {
        Reply reply = say(message, lang);

        assertNotEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertNotEquals(ReplyType.RULE, reply.type(), reply.text());
    }
}
