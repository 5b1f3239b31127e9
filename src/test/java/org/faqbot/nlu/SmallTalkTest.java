package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "could I chat with a live agent? | HUMAN_HELP",
            "I'd like to phone someone | HUMAN_HELP",
            "is there somebody I can talk to | HUMAN_HELP",
            "mag ik met een medewerker bellen? | HUMAN_HELP",
            "is er iemand met wie ik kan chatten? | HUMAN_HELP",
            "een echte medewerker aub | HUMAN_HELP",
            "is this a human or a robot? | BOT_OR_HUMAN",
            "praat ik met een echte mens of een computer? | BOT_OR_HUMAN",
            "yo, got a quick question | QUESTION_COMING",
            "have a question | QUESTION_COMING",
            "\uD83D\uDE1E | UNHAPPY",
            "\uD83D\uDC4E\uD83D\uDC4E | UNHAPPY",
            "daar heb ik niets aan | UNHAPPY"})
    void asksForAPersonAsksWhatTheBotIsAndComplainsInOtherWords(String text, SmallTalk.Kind expected) {
        assertEquals(Optional.of(expected), SmallTalk.classify(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"can I give it to another person?", "can I get a new key?",
            "is there a person assigned to my subscription?"})
    void aQuestionAboutAPersonIsNoRequestForOne(String text) {
        assertEquals(Optional.empty(), SmallTalk.classify(text));
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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "can I talk to a human please|HUMAN_HELP",
        "ik wil een mens spreken aub|HUMAN_HELP",
        "please, can i speak to a person?|HUMAN_HELP",
        "thanks bot|THANKS"})
    void aPleaOrAnAddressAtEitherEndChangesNothing(String text, SmallTalk.Kind expected) {
        assertEquals(Optional.of(expected), SmallTalk.classify(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "\uD83D\uDC4D|ACKNOWLEDGEMENT",
        "\uD83D\uDC4D\uD83C\uDFFD \uD83D\uDC4D|ACKNOWLEDGEMENT",
        "\uD83D\uDE42|ACKNOWLEDGEMENT",
        "\uD83D\uDE4F|THANKS",
        "\u2764\uFE0F|THANKS",
        "\uD83D\uDC4B|GREETING"})
    void friendlyEmojiAloneAreSmallTalk(String text, SmallTalk.Kind expected) {
        assertEquals(Optional.of(expected), SmallTalk.classify(text));
    }

    @Test
    void otherEmojiAreAShrugAndEmojiWithWordsAreNot() {
        // Emoji of no set meaning ask nothing the bot can read: what it can do, rather than "I don't know" (eighth round L3).
        assertEquals(Optional.of(SmallTalk.Kind.SHRUG), SmallTalk.classify("\uD83E\uDD14"));
        assertEquals(Optional.of(SmallTalk.Kind.SHRUG), SmallTalk.classify("\uD83D\uDC4D\uD83E\uDD14"));
        assertEquals(Optional.empty(), SmallTalk.classify("\uD83D\uDC4D how do I renew my benefits?"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ik heb een vraag",
        "hoi, ik heb een vraag",
        "Ik heb even een vraagje over mijn sleutel",
        "mag ik je iets vragen?",
        "I have a question",
        "Hi there, quick question about my subscription",
        "can I ask you something?"})
    void announcingAQuestionIsAnsweredWithGoAhead(String text) {
        assertEquals(Optional.of(SmallTalk.Kind.QUESTION_COMING), SmallTalk.classify(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"I've got a question about my key", "we've got a quick question", "I’ve got some questions",
            "we have a question about our benefits", "wij hebben een vraagje over onze voordelen", "we hadden nog een vraag"})
    void anAnnouncementWithAContractedOrPluralSubjectIsAnnouncedToo(String text) {
        assertEquals(Optional.of(SmallTalk.Kind.QUESTION_COMING), SmallTalk.classify(text));
    }

    @Test
    void aContractedAnnouncementBeforeTheQuestionIsDropped() {
        assertEquals("how do I renew my benefits?", SmallTalk.strip("I've got a question: how do I renew my benefits?"));
        assertEquals("hoe verleng ik ons lidmaatschap?", SmallTalk.strip("we hebben een vraag, hoe verleng ik ons lidmaatschap?"));
    }

    @Test
    void anAnnouncementBeforeTheQuestionItselfIsDroppedUnlessItNamesTheTopic() {
        assertEquals(Optional.empty(), SmallTalk.classify("ik heb een vraag: hoe verleng ik mijn voordelen?"));
        assertEquals("hoe verleng ik mijn voordelen?", SmallTalk.strip("ik heb een vraag: hoe verleng ik mijn voordelen?"));
        assertEquals("how do I renew my benefits?", SmallTalk.strip("Hello, quick question, how do I renew my benefits?"));
        assertEquals("I have a question about my key, when does it expire?",
                SmallTalk.strip("I have a question about my key, when does it expire?"));
        assertEquals("is my key valid?", SmallTalk.strip("quick question: is my key valid?"));
        assertEquals("I have a question about my Visual Studio subscription: can I reassign it?",
                SmallTalk.strip("I have a question about my Visual Studio subscription: can I reassign it?"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"this bot is so stupid", "you suck!", "wat een kutbot", "je bent echt nutteloos", "what the fuck",
            "bad bot!", "ik haat deze bot", "thanks for nothing, pointless bot", "ugh, worthless"})
    void frustrationAndInsultsAloneAreUnhappy(String text) {
        assertEquals(Optional.of(SmallTalk.Kind.UNHAPPY), SmallTalk.classify(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"my licence is useless now, can I get a new one?", "is it bad?", "is it bad if my key expired?",
            "de stomme key werkt niet meer, wat nu?"})
    void questionsWithSuchWordsAreNoSmallTalk(String text) {
        assertEquals(Optional.empty(), SmallTalk.classify(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Are you ChatGPT?|OTHER_ASSISTANT",
        "ben jij copilot?|OTHER_ASSISTANT",
        "is this based on GPT-4?|OTHER_ASSISTANT",
        "hello? is anybody there?|ANYONE_THERE",
        "zit daar iemand?|ANYONE_THERE",
        "are you still there?|ANYONE_THERE",
        "what day is it today?|TODAY",
        "What's the date today?|TODAY",
        "wat is de datum van vandaag?|TODAY",
        "de hoeveelste is het vandaag?|TODAY",
        "ok, and which date is it?|TODAY"})
    void questionsAboutTheBotAndTodayAreSmallTalk(String text, SmallTalk.Kind expected) {
        assertEquals(Optional.of(expected), SmallTalk.classify(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what is the date?", "what is the date my key expires?", "welke dag is het einde van mijn abonnement?",
            "is this ChatGPT integration part of my benefits?"})
    void otherQuestionsAboutADateOrAnAssistantAreNot(String text) {
        assertEquals(Optional.empty(), SmallTalk.classify(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ok thank you! and when does my subscription end?|when does my subscription end?",
        "Top, dank je. En kan ik mijn key nog gebruiken?|kan ik mijn key nog gebruiken?",
        "great, thanks. how do I renew?|how do I renew?",
        "that didn't help. where do I find my keys?|where do I find my keys?",
        "prima. en mijn andere key?|en mijn andere key?",
        "thanks and what about my membership?|what about my membership?",
        "top 3 benefits?|top 3 benefits?",
        "Goed nieuws: mijn key werkt weer|Goed nieuws: mijn key werkt weer"})
    void smallTalkInFrontOfAQuestionIsStripped(String text, String question) {
        assertEquals(question, SmallTalk.strip(text));
    }
}
