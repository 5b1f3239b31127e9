package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Small talk the seventh test round found falling back: privacy, the bot's name and languages, insults, praise, confusion. */
class SeventhRoundSmallTalkTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "will you keep my personal data?|PRIVACY", "for how long do you store our conversations?|PRIVACY",
        "who can read my messages?|PRIVACY", "is this bot gdpr proof?|PRIVACY", "sla je mijn vragen op?|PRIVACY",
        "hoe lang hou je onze gegevens bij?|PRIVACY", "wie mogen mijn berichten lezen?|PRIVACY", "ben je AVG-proof?|PRIVACY",
        "do you have a name?|NAME", "wat is jouw naam?|NAME", "which languages do you understand?|LANGUAGES",
        "welke talen spreek je?|LANGUAGES", "are you online at night?|AVAILABLE", "ben je ook in het weekend bereikbaar?|AVAILABLE",
        "what's the time?|TIME", "hoeveel uur is het?|TIME", "what year is it now?|TODAY", "in welk jaar zijn we?|TODAY",
        "this bot is a complete waste, utter rubbish|UNHAPPY", "sh*t bot|UNHAPPY", "😤😤|UNHAPPY",
        "you're so helpful|COMPLIMENT", "ik hou van jou|COMPLIMENT", "jij bent echt top|COMPLIMENT", "good bot|COMPLIMENT",
        "hè?|CONFUSED", "I don't get it|CONFUSED", "dat snap ik niet|CONFUSED", "could you say that in plain English?|CONFUSED",
        "kun je dat simpeler uitleggen?|CONFUSED", "🥳|CHEER", "📅❔|QUESTION_COMING", "wassup|HOW_ARE_YOU"})
    void recognises(String text, SmallTalk.Kind expected) {
        assertEquals(Optional.of(expected), SmallTalk.classify(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "how do I store my data in Partner Center?", "who can see the benefits in Partner Center?", "what time does my key expire?",
        "which languages are the product keys for?", "ik snap het niet, tot wanneer kan ik verlengen?", "you're great, how do I renew?",
        "what is the name of the benefit for Azure?", "bewaar je mijn gegevens en hoe verleng ik mijn voordelen?"})
    void leavesQuestions(String text) {
        assertEquals(Optional.empty(), SmallTalk.classify(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ik snap het niet, tot wanneer kan ik verlengen?|tot wanneer kan ik verlengen?",
        "I don't understand. How long is a key valid?|How long is a key valid?"})
    void dropsConfusionBeforeAQuestion(String text, String question) {
        assertEquals(question, SmallTalk.strip(text));
    }
}
