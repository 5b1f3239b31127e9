package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The conversation's flow, tenth test round: a rule's answer worked out from a renewal given earlier is said again in
 * the other language; a message about another thing while a date is awaited is a new question.
 */
class FlowLeftoversTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String conversation, String text) {
        return bot.reply(IncomingMessage.of(conversation, text));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "we renewed our membership on 1 November 2026|how long can we use the visual studio subscriptions?|in het Nederlands?|NL|1 december 2027",
        "we hebben ons lidmaatschap op 1 november 2026 verlengd|tot wanneer mogen we onze VS-abonnementen nog gebruiken?|in English?|EN|1 December 2027"})
    void aRuleAnswerFromAnEarlierRenewalIsSaidAgainInTheOtherLanguage(String renewed, String question, String request, Lang lang,
            String date) {
        String conversation = "again-" + lang;
        say(conversation, renewed);
        Reply first = say(conversation, question);
        assertEquals(ReplyType.RULE, first.type(), first.text());

        Reply again = say(conversation, request);

        assertEquals(ReplyType.RULE, again.type(), again.text());
        assertEquals(lang, again.lang(), again.text());
        assertTrue(again.text().contains(date), again.text());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "when can I renew our membership?|our product key stopped working|earlier question",
        "wanneer kan ik ons lidmaatschap verlengen?|onze productcode werkt niet meer|eerdere vraag"})
    void aMessageAboutAnotherThingWhileADateIsAwaitedIsANewQuestion(String asking, String other, String stillNeeded) {
        String conversation = "topic-" + asking.hashCode();
        Reply asked = say(conversation, asking);
        assertEquals(Optional.of("renewal_open_from"), asked.intent(), asked.text());

        Reply reply = say(conversation, other);

        assertFalse(reply.text().contains(stillNeeded), reply.text());
        assertNotEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
    }
}
