package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/**
 * No question of a message that asks several is dropped without a word: one past the most answers a reply gives, and
 * one that leans on the first question's thing ("... and is it needed every year?") after an FAQ answer, are named in a
 * note. Worded here, not taken from the evaluation cases.
 */
class UnansweredQuestionsTest {

    private static final String RENEW = "benefits-faq#q-how-do-i-renew-my-benefits";

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String conversation, String text) {
        return bot.reply(IncomingMessage.of(conversation, text));
    }

    @Test
    void aFourthQuestionPastTheMostAnswersIsNamed() {
        Reply reply = say("a", "Some questions. What does the benefit expiry date stand for? And how can we renew our benefits? "
                + "And from when may I renew the membership? And how does activating Visual Studio work?");

        assertEquals(2, reply.others().size(), reply.text());
        assertTrue(reply.text().endsWith("To keep this reply short, I left out your question \"how does activating Visual Studio "
                + "work?\": please ask it on its own."), reply.text());
    }

    @Test
    void theLeftOutQuestionIsNamedAgainInDutch() {
        say("b", "Some questions. What does the benefit expiry date stand for? And how can we renew our benefits? "
                + "And from when may I renew the membership? And how does activating Visual Studio work?");
        Reply again = say("b", "in het Nederlands?");

        assertEquals(Lang.NL, again.lang());
        assertTrue(again.text().endsWith("Om dit antwoord kort te houden, heb ik je vraag \"how does activating Visual Studio "
                + "work?\" overgeslagen: stel hem graag los."), again.text());
    }

    @Test
    void anEnglishQuestionLeaningOnTheFirstIsNamed() {
        Reply reply = say("c", "Two things: how do we renew our benefits, and is it required every year?");

        assertEquals(Optional.of(RENEW), reply.faqId(), reply.text());
        assertTrue(reply.text().endsWith("I could not answer your question \"is it required every year?\" for sure here: "
                + "please ask it on its own."), reply.text());
    }

    @Test
    void aDutchQuestionLeaningOnTheFirstIsNamed() {
        Reply reply = say("d", "hoe verlengen we onze voordelen en moet dat elk jaar?");

        assertEquals(Optional.of(RENEW), reply.faqId(), reply.text());
        assertTrue(reply.text().endsWith("Je vraag \"moet dat elk jaar?\" kon ik hier niet zeker beantwoorden: stel hem graag los."),
                reply.text());
    }

    @Test
    void aFollowUpAboutTheRulesDateAfterItsAnswerGetsNoNote() {
        Reply reply = say("e", "Until when can we use a product key redeemed on 3 February 2026, and is it still valid after that?");

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(!reply.text().contains("please ask"), reply.text());
    }
}
