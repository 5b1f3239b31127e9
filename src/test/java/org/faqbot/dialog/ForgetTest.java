package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.ConversationState;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.ProfileFact;
import org.faqbot.store.Reminder;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForgetTest {

    private final TestClock clock = TestClock.at("2021-06-15");
    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(clock, stores);

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:1", "tg:u1", text, Optional.of(lang), Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"no|EN|OK, nothing deleted", "nee|NL|Goed, niets gewist", "laat maar|NL|Goed, niets gewist"})
    void noAfterForgetDeletesNothingAndSaysSo(String answer, Lang lang, String expected) {
        say("remember that our benefits expire on 31 January 2022", Lang.EN);
        say("/remind benefit_expiry", Lang.EN);
        say("/forget", lang);

        Reply reply = say(answer, lang);

        assertTrue(reply.text().startsWith(expected), reply.text());
        assertEquals(1, stores.profiles().facts("tg:u1").size());
        assertEquals(3, stores.reminders().pending("tg:u1").size());
    }

    @Test
    void noAfterForgetKeepsTheConversationsDateForFollowUps() {
        say("I redeemed my key on 1 May 2021", Lang.EN);
        say("/forget", Lang.EN);
        say("no", Lang.EN);

        Reply reply = say("how many days do I have left?", Lang.EN);

        assertTrue(reply.text().contains("1 May 2021"), reply.text());
        assertEquals(Optional.of("key_valid_until"), reply.intent());
    }

    @Test
    void noAfterAForgetQuestionStoredByAnEarlierVersionKeepsTheDate() {
        // Until 6 December 2026 /forget's question held the rule's id in awaitedFact, its dates beside it.
        PendingQuestion stored = new PendingQuestion(PendingQuestion.FORGET, "key_valid_until",
                Map.of("key_redeemed_on", LocalDate.of(2021, 5, 1)), List.of(), false, clock.instant());
        stores.conversations().save(new ConversationState("tg:1", Optional.empty(), Optional.of(stored), clock.instant()));
        say("no", Lang.EN);

        Reply reply = say("how many days do I have left?", Lang.EN);

        assertTrue(reply.text().contains("1 May 2021"), reply.text());
        assertEquals(Optional.of("key_valid_until"), reply.intent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"yes|EN|press \"Yes, delete everything\"", "ja graag|NL|druk hieronder op \"Ja, wis alles\""})
    void aYesAfterForgetDeletesNothingAndShowsTheButtonAgain(String answer, Lang lang, String expected) {
        say("remember that our benefits expire on 31 January 2022", Lang.EN);
        say("/remind benefit_expiry", Lang.EN);
        say("/forget", lang);

        Reply reply = say(answer, lang);

        assertTrue(reply.text().contains(expected), reply.text());
        assertEquals("/forget confirm", reply.choices().get(0).payload());
        assertEquals(1, stores.profiles().facts("tg:u1").size());
        assertEquals(3, stores.reminders().pending("tg:u1").size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"yes, erase it all|EN", "ja, verwijder alles|NL"})
    void theDeleteWordsAfterForgetDeleteDatesAndReminders(String answer, Lang lang) {
        say("remember that our benefits expire on 31 January 2022", Lang.EN);
        say("/remind benefit_expiry", Lang.EN);
        say("/forget", lang);
        say("yes", lang);

        say(answer, lang);

        assertTrue(stores.profiles().facts("tg:u1").isEmpty());
        assertTrue(stores.reminders().pending("tg:u1").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"no|EN|OK, nothing deleted. I don't keep any dates", "nee|NL|Goed, niets gewist. Ik bewaar geen datums"})
    void noAfterForgetWithNothingStoredKeepsNoDates(String answer, Lang lang, String expected) {
        say("/forget", lang);

        Reply reply = say(answer, lang);

        assertTrue(reply.text().startsWith(expected), reply.text());
    }

    @Test
    void aQuestionAfterForgetIsAnsweredAndNothingDeleted() {
        say("remember that our benefits expire on 31 January 2022", Lang.EN);
        say("/forget", Lang.EN);

        Reply reply = say("How do I renew my benefits?", Lang.EN);

        assertEquals(ReplyType.FAQ, reply.type());
        assertEquals(1, stores.profiles().facts("tg:u1").size());
    }

    private void rememberTwoDates() {
        say("remember that our benefits expire on 31 January 2022", Lang.EN);
        say("remember that I redeemed my key on 1 June 2021", Lang.EN);
        say("/remind benefit_expiry", Lang.EN);
        say("/remind key_valid_until", Lang.EN);
    }

    private List<String> factsKept() {
        return stores.profiles().facts("tg:u1").stream().map(ProfileFact::fact).toList();
    }

    private List<String> remindersKept() {
        return stores.reminders().pending("tg:u1").stream().map(Reminder::intent).distinct().toList();
    }

    @Test
    void forgetOffersEachRememberedDateBesideEverything() {
        rememberTwoDates();

        Reply reply = say("/forget", Lang.EN);

        assertEquals(List.of("/forget confirm", "/forget fact benefit_expiry", "/forget fact key_redeemed_on"),
                reply.choices().stream().map(Choice::payload).toList());
        assertEquals("Only your benefit expiry date: 31 January 2022", reply.choices().get(1).label());
    }

    @Test
    void oneDateIsForgottenWithItsRemindersAndTheOthersStay() {
        rememberTwoDates();

        Reply reply = say("/forget fact benefit_expiry", Lang.EN);

        assertTrue(reply.text().startsWith("Done: I forgot your benefit expiry date (31 January 2022) and cancelled the reminders about it (3)"),
                reply.text());
        assertEquals(List.of("key_redeemed_on"), factsKept());
        assertEquals(List.of("key_valid_until"), remindersKept());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"the expiry date|EN|key_redeemed_on", "de vervaldatum|NL|key_redeemed_on",
        "only the date I redeemed the key|EN|benefit_expiry", "de inwisseldatum|NL|benefit_expiry"})
    void aDateNamedAfterForgetIsForgottenAlone(String answer, Lang lang, String kept) {
        rememberTwoDates();
        say("/forget", lang);

        Reply reply = say(answer, lang);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertEquals(List.of(kept), factsKept());
    }

    @Test
    void aQuestionAfterForgetThatNamesADateDeletesNothing() {
        rememberTwoDates();
        say("/forget", Lang.EN);

        say("When do my benefits expire?", Lang.EN);

        assertEquals(2, factsKept().size());
    }

    @Test
    void theCommandWithWordsForgetsTheDateTheyName() {
        rememberTwoDates();

        Reply reply = say("/vergeet ingewisseld", Lang.NL);

        assertTrue(reply.text().startsWith("Klaar: ik ben de datum waarop je de productcode hebt ingewisseld (1 juni 2021) vergeten"), reply.text());
        assertEquals(List.of("benefit_expiry"), factsKept());
    }

    @Test
    void wordsThatNameNoDateAskWhichOne() {
        rememberTwoDates();

        Reply reply = say("/forget my passport", Lang.EN);

        assertTrue(reply.text().startsWith("Which of your dates shall I forget?"), reply.text());
        assertEquals(3, reply.choices().size());
        assertEquals(2, factsKept().size());
    }

    @Test
    void remindersCancelledWithTheirDateAreGoneSoForgettingEverythingCountsNone() {
        say("remember that I redeemed my key on 1 March 2021", Lang.EN);
        say("/remind key_redeemed_on", Lang.EN);
        say("/forget fact key_redeemed_on", Lang.EN);

        Reply reply = say("/forget confirm", Lang.EN);

        assertTrue(reply.text().startsWith("Done: I deleted your remembered dates (0), your reminders (0)"), reply.text());
    }

    @Test
    void aReminderCancelledFromTheListIsDeleted() {
        say("remember that our benefits expire on 31 January 2022", Lang.EN);
        say("/remind benefit_expiry", Lang.EN);
        Reply list = say("/reminders", Lang.EN);
        say(list.choices().get(0).payload(), Lang.EN);

        int stored = stores.reminders().deleteUser("tg:u1");

        assertEquals(2, stored);
    }
}
