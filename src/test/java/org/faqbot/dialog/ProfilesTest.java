package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.ConversationState;
import org.faqbot.store.ProfileFact;
import org.faqbot.store.RecentTurns;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

class ProfilesTest {

    private final TestClock clock = TestClock.at("2021-11-02");
    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(clock, stores);

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tg:1", "tg:u1", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void rememberedExpiryDateIsStoredForTheUser() {
        Reply reply = say("Onthoud dat onze voordelen op 31 januari 2022 verlopen");

        assertEquals(List.of(new ProfileFact("tg:u1", "benefit_expiry", LocalDate.of(2022, 1, 31), clock.instant())),
                stores.profiles().facts("tg:u1"));
        assertTrue(reply.text().contains("31 januari 2022"), reply.text());
        assertEquals("/remind benefit_expiry", reply.choices().get(0).payload());
    }

    @Test
    void laterQuestionWithoutDateUsesTheStoredDateAndSaysSo() {
        say("remember that my key was redeemed on 3 March 2021");

        Reply reply = say("Until when can I use my product key?");

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of(LocalDate.of(2022, 3, 3)), reply.date());
        assertTrue(reply.text().contains("remember"), reply.text());
    }

    @Test
    void daysLeftComeFromTheStoredExpiryDate() {
        say("remember that our benefits expire on 30 November 2021");

        Reply reply = say("how many days do I have left?");

        assertEquals(Optional.of("redeem_deadline"), reply.intent());
        assertTrue(reply.text().contains("28 days"), reply.text());
    }

    @Test
    void aRedeemDateStillToComeIsNotStoredAndTheUserIsAskedToCheckIt() {
        Reply reply = say("remember that my key was redeemed on 3 March 2022");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertTrue(reply.text().startsWith("3 March 2022 is still to come"), reply.text());
        assertTrue(stores.profiles().facts("tg:u1").isEmpty());
    }

    @Test
    void aFutureDeadlineIsStillStored() {
        say("Onthoud dat onze voordelen op 31 januari 2022 verlopen");

        assertEquals(1, stores.profiles().facts("tg:u1").size());
    }

    @Test
    void rememberWithoutAFactAsksWhatTheDateIs() {
        Reply reply = say("remember 3 March");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertTrue(stores.profiles().facts("tg:u1").isEmpty());
    }

    @Test
    void myDataShowsEverythingStored() {
        say("remember that our benefits expire on 30 November 2021");

        Reply reply = say("/mydata");

        assertTrue(reply.text().contains("30 November 2021"), reply.text());
    }

    @Test
    void forgetAsksFirstThenDeletesEverything() {
        say("remember that our benefits expire on 30 November 2021");
        say("/remind benefit_expiry");

        Reply asked = say("/forget");
        Reply done = say(asked.choices().get(0).payload());

        assertEquals("/forget confirm", asked.choices().get(0).payload());
        assertTrue(stores.profiles().facts("tg:u1").isEmpty());
        assertTrue(stores.reminders().pending("tg:u1").isEmpty());
        assertTrue(done.text().contains("1"), done.text());
    }

    @Test
    void aPlainQuestionKeepsOnlyWhichAnswerItGotAndItsLanguageForTheConversation() {
        Reply answer = say("How do I renew my benefits?");

        assertTrue(stores.profiles().facts("tg:u1").isEmpty());
        // The answer's entry, for "say that in English", and the language, for an "ok" (on any instance), until the
        // conversation expires.
        ConversationState kept = stores.conversations().find("tg:1").orElseThrow();
        assertEquals(Optional.empty(), kept.langChoice());
        assertEquals(Optional.empty(), kept.pending());
        assertEquals(RecentTurns.NONE.withLastAnswer(Optional.of(new RecentTurns.LastAnswer(answer.faqId().orElseThrow(), true, null)))
                .withLanguage(Optional.of(Lang.EN)), kept.recent().withShown(Optional.empty()));
    }
}
