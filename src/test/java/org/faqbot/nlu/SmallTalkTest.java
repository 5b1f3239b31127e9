package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallTalkTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Hoi!|GREETING",
        "good morning|GREETING",
        "Thanks a lot!|THANKS",
        "dank je wel|THANKS",
        "ok bedankt|THANKS",
        "bye|GOODBYE",
        "tot ziens|GOODBYE",
        "help|HELP",
        "Wat kun je?|HELP",
        "what can you do?|HELP"})
    void recognisesSmallTalk(String text, SmallTalk.Kind expected) {
        assertEquals(Optional.of(expected), SmallTalk.classify(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Thank you so much!|THANKS",
        "Top, dank!|THANKS",
        "heel erg bedankt voor de hulp|THANKS",
        "how are you?|HOW_ARE_YOU",
        "hoe gaat het?|HOW_ARE_YOU",
        "wie ben jij?|HELP",
        "ok|ACKNOWLEDGEMENT",
        "oké|ACKNOWLEDGEMENT",
        "Prima.|ACKNOWLEDGEMENT"})
    void recognisesThanksInAnyWordingCheckInsAndAcknowledgements(String text, SmallTalk.Kind expected) {
        assertEquals(Optional.of(expected), SmallTalk.classify(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Ok, thank you so much again for all your help really mate!|THANKS",
        "nogmaals heel erg hartelijk bedankt voor de hulp echt top|THANKS",
        "ok, are you a bot or a human there?|BOT_OR_HUMAN",
        "Ok, i want to speak to a person bot|HUMAN_HELP"})
    void longThanksAndTheLongestPhrasesWithFillerAreStillSmallTalk(String text, SmallTalk.Kind expected) {
        assertEquals(Optional.of(expected), SmallTalk.classify(text));
    }

    @Test
    void thanksFollowedByAQuestionIsNotSmallTalk() {
        assertEquals(Optional.empty(), SmallTalk.classify("thank you, but how do I renew my benefits?"));
    }

    @Test
    void questionIsNotSmallTalk() {
        assertEquals(Optional.empty(), SmallTalk.classify("Hi, how do I renew my benefits?"));
    }

    @Test
    void greetingInFrontOfAQuestionIsStripped() {
        assertEquals("hoe verleng ik mijn voordelen?", SmallTalk.strip("Hallo, hoe verleng ik mijn voordelen?"));
    }

    @Test
    void messageWithoutGreetingIsLeftAlone() {
        assertEquals("Daggeld en rente?", SmallTalk.strip("Daggeld en rente?"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Hallo, hoe gaat het?|HOW_ARE_YOU",
        "hi there, how are you doing?|HOW_ARE_YOU",
        "bedankt, dat was het|THANKS_GOODBYE",
        "thanks, that's all|THANKS_GOODBYE",
        "dank je, doei!|THANKS_GOODBYE",
        "dat was het|GOODBYE",
        "Are you a bot or a human?|BOT_OR_HUMAN",
        "Ben je een robot?|BOT_OR_HUMAN",
        "Wat kun je allemaal?|HELP",
        "Can I talk to a human?|HUMAN_HELP",
        "Ik wil een mens spreken|HUMAN_HELP"})
    void recognisesTwoPartsBotQuestionsAndRequestsForAHuman(String text, SmallTalk.Kind expected) {
        assertEquals(Optional.of(expected), SmallTalk.classify(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hallo, hoe verleng ik mijn voordelen?",
        "thanks, how do I renew my benefits?",
        "Can I talk to a human about my product key expiry?",
        "Is this a bot question about benefits?"})
    void smallTalkWithAQuestionIsNoSmallTalk(String text) {
        assertEquals(Optional.empty(), SmallTalk.classify(text));
    }
}
