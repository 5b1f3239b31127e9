package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/**
 * A dated statement followed by a question about something else gets the question's answer, and the statement's date
 * worked out after it; a question that leans on the statement keeps its one answer. Worded here, not taken from the
 * evaluation cases.
 */
class StatedThenAskedTest {

    private static final String RENEW = "benefits-faq#q-how-do-i-renew-my-benefits";
    private static final String VS_ACTIVATION = "benefits-faq#q-how-does-visual-studio-activation-work-in-partner-center";

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String conversation, String text) {
        return bot.reply(IncomingMessage.of(conversation, text));
    }

    @Test
    void theQuestionAfterAnEnglishStatementIsAnsweredAndTheKeysDateFollows() {
        Reply reply = say("a", "Our key got activated on 1 April. How can we renew our benefits?");

        assertEquals(Optional.of(RENEW), reply.faqId(), reply.text());
        assertEquals(1, reply.others().size(), reply.text());
        assertEquals(Optional.of("key_valid_until"), reply.others().get(0).intent(), reply.text());
        assertTrue(reply.text().contains("**About the date you gave:**") && reply.text().contains("until 1 April 2027"), reply.text());
    }

    @Test
    void theQuestionAfterADutchStatementIsAnsweredAndTheDateIsKept() {
        Reply reply = say("b", "de sleutel is bij ons op 1 april geactiveerd. hoe verlengen we de voordelen?");
        Reply left = say("b", "hoeveel dagen nog?");

        assertEquals(Lang.NL, reply.lang());
        assertEquals(Optional.of(RENEW), reply.faqId(), reply.text());
        assertTrue(reply.text().contains("**Over de datum die je noemde:**") && reply.text().contains("1 april 2027"), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 1)), left.date(), left.text());
    }

    @Test
    void bothAnswersAreSaidAgainInTheOtherLanguage() {
        say("c", "Our key got activated on 1 April. How can we renew our benefits?");
        Reply again = say("c", "in het Nederlands?");

        assertEquals(Optional.of(RENEW), again.faqId(), again.text());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 1)), again.others().get(0).date(), again.text());
    }

    @Test
    void aYesNoAfterTheStatementIsAskedOfItsDay() {
        Reply reply = say("e", "onze verlenging begint op 20 december. kunnen we nu al verlengen?");

        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(false), reply.ok(), reply.text());
    }

    @Test
    void aQuestionAboutTheStatementsThingKeepsTheOneAnswer() {
        Reply reply = say("d", "Our key got activated on 1 April. Is the key still valid?");

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.others().isEmpty(), reply.text());
    }

    @Test
    void anActivationHowToAfterARenewalDateGetsTheActivationEntryAndTheGraceRuleFollows() {
        Reply en = say("g", "Our enrollment gets renewed on 15 March 2027. How can we activate the Visual Studio subscriptions?");
        Reply nl = say("h", "Onze inschrijving wordt op 15 maart 2027 verlengd. Hoe activeren we de Visual Studio-abonnementen?");

        for (Reply reply : List.of(en, nl)) {
            assertEquals(Optional.of(VS_ACTIVATION), reply.faqId(), reply.text());
            assertEquals(Optional.of("user_assignment_grace_until"), reply.others().get(0).intent(), reply.text());
            assertEquals(Optional.of(LocalDate.of(2027, 4, 14)), reply.others().get(0).date(), reply.text());
        }
        assertTrue(nl.text().contains("**Over de datum die je noemde:**"), nl.text());
    }
}
