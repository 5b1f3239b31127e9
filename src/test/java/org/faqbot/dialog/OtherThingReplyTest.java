package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/**
 * A question about another thing than the FAQ's ("my yoga membership") gets what the bot answers and where humans
 * help, in its language, rather than the FAQ's entry about its own thing. Worded here, not taken from the evaluation cases.
 */
class OtherThingReplyTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2021-06-15"));

    private Reply say(String text) {
        return bot.reply(IncomingMessage.of("c1", text));
    }

    @Test
    void anEnglishQuestionAboutAnotherMembershipIsNotAnsweredWithTheFaqsMembership() {
        Reply reply = say("Can I pause my yoga membership for a month?");

        assertEquals(ReplyType.FALLBACK, reply.type());
        assertEquals(Lang.EN, reply.lang());
        assertEquals(Optional.empty(), reply.faqId());
        assertTrue(reply.suggestions().isEmpty(), reply.toString());
        assertTrue(reply.text().contains("Partner Center support"), reply.text());
        assertEquals(0.0, reply.confidence(), "a fallback about another thing is no near-sure answer");
    }

    @Test
    void aDateRuleDoesNotTakeAnotherThingThatItsNounNames() {
        Reply english = say("My yoga membership expires on 1 March 2022, from when can I renew it?");
        Reply dutch = say("Hoe verleng ik mijn yoga lidmaatschap?");

        assertEquals(ReplyType.FALLBACK, english.type(), english.text());
        assertEquals(Optional.empty(), english.intent());
        assertEquals(ReplyType.FALLBACK, dutch.type(), dutch.text());
        assertEquals(Optional.empty(), dutch.intent());
    }

    @Test
    void aDayAfterAnArticleIsNoThingOfTheQuestionsOwn() {
        Reply dutch = say("Ik denk dat de verlengperiode vrijdag begint");
        Reply relative = say("volgens mij start de verlengperiode overmorgen");

        assertEquals(Optional.of("renewal_open_from"), dutch.intent(), dutch.text());
        assertEquals(Optional.of("renewal_open_from"), relative.intent(), relative.text());
    }

    @Test
    void theRulesStillTakeTheFaqsOwnThings() {
        Reply reply = say("Our membership expires on 1 March 2022, from when can I renew it?");

        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
    }

    @Test
    void aDutchQuestionAboutAnotherMembershipGetsWhatTheBotAnswersInDutch() {
        Reply reply = say("Mijn yoga lidmaatschap loopt af, kan ik het pauzeren?");

        assertEquals(ReplyType.FALLBACK, reply.type());
        assertEquals(Lang.NL, reply.lang());
        assertTrue(reply.suggestions().isEmpty(), reply.toString());
        assertTrue(reply.text().contains("Partner Center-ondersteuning"), reply.text());
    }

    @Test
    void theFaqsOwnMembershipIsStillAnswered() {
        Reply reply = say("Can I renew our partner membership before it runs out?");

        assertEquals(ReplyType.FAQ, reply.type());
        assertEquals(Optional.of("benefits-faq#q-when-can-i-renew-my-membership"), reply.faqId());
    }

    @Test
    void anEverydayThingOnItsOwnGetsWhatTheBotAnswersInItsLanguage() {
        Reply english = say("How do I activate my new thermostat?");
        Reply dutch = say("Mijn koelkast is stuk, hoe installeer ik een nieuwe?");

        assertEquals(ReplyType.FALLBACK, english.type(), english.text());
        assertTrue(english.suggestions().isEmpty(), english.toString());
        assertEquals(ReplyType.FALLBACK, dutch.type(), dutch.text());
        assertEquals(Lang.NL, dutch.lang());
        assertTrue(dutch.text().contains("Partner Center-ondersteuning"), dutch.text());
    }
}
