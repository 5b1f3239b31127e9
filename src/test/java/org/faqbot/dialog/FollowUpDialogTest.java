package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class FollowUpDialogTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2021-06-15"));

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:1", "tg:u1", text, Optional.of(lang), Optional.empty()));
    }

    @Test
    void howToFindTheAwaitedDateGetsTheFaqAndKeepsTheQuestionOpen() {
        say("Until when can I redeem my benefits?", Lang.EN);

        Reply reply = say("no idea, how do I find it?", Lang.EN);

        assertEquals(ReplyType.FAQ, reply.type());
        assertTrue(reply.text().contains("I still need a date"), reply.text());
    }

    @Test
    void dateAfterAskingHowToFindItAnswersTheOpenQuestion() {
        say("Tot wanneer kan ik mijn voordelen inwisselen?", Lang.NL);
        say("hoe vind ik die?", Lang.NL);

        Reply reply = say("ze verlopen op 31 januari 2022", Lang.NL);

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of(LocalDate.of(2022, 1, 31)), reply.date());
    }

    @Test
    void andMyAfterARuleAnswerAsksTheSameAboutTheNewSubject() {
        say("I redeemed my key on 1 March 2021, until when can I use it?", Lang.EN);

        Reply reply = say("and my benefits?", Lang.EN);

        assertTrue(reply.intent().isPresent(), reply.toString());
        assertNotEquals(Optional.of("key_valid_until"), reply.intent());
        assertTrue(reply.text().contains("benefit expiry date"), reply.text());
    }

    @Test
    void dutchAndMyAfterARuleAnswerIsNoPageIntroduction() {
        say("Ik heb mijn sleutel op 1 maart 2021 ingewisseld, tot wanneer kan ik hem gebruiken?", Lang.NL);

        Reply reply = say("en mijn voordelen?", Lang.NL);

        assertTrue(reply.intent().isPresent(), reply.toString());
        assertNotEquals(Optional.of("key_valid_until"), reply.intent());
    }

    @Test
    void andMyAfterAFromRuleAnswerAsksTheSameAboutTheNewSubject() {
        say("I assigned the VS subscription on 1 May 2021, when can I reassign it?", Lang.EN);

        Reply reply = say("and my membership?", Lang.EN);

        assertEquals(Optional.of("renewal_open_from"), reply.intent());
    }

    @Test
    void dutchAndMyAfterAFromRuleAnswerAsksTheSameAboutTheNewSubject() {
        say("Ik heb het Visual Studio-abonnement op 1 mei 2021 toegewezen, wanneer mag ik het opnieuw toewijzen?", Lang.NL);

        Reply reply = say("en ons lidmaatschap?", Lang.NL);

        assertEquals(Optional.of("renewal_open_from"), reply.intent());
    }

    @Test
    void andMyAfterAFromRuleAnswerMayFindAnUntilRule() {
        say("Our renewal start date is 1 July 2021, from when can I renew our membership?", Lang.EN);

        Reply reply = say("what about my product key?", Lang.EN);

        assertEquals(Optional.of("key_valid_until"), reply.intent());
    }

    @Test
    void andMyWhileTheBotWaitsForADateMovesOnToTheNewSubject() {
        say("When may I reassign my Visual Studio subscription?", Lang.EN);

        Reply reply = say("and my membership?", Lang.EN);

        assertEquals(Optional.of("renewal_open_from"), reply.intent());
    }
}
