package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.ProfileFact;
import org.faqbot.store.Reminder;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

class RememberingTest {

    private static final LocalDate END_OF_JANUARY = LocalDate.of(2022, 1, 31);
    private static final LocalDate END_OF_MARCH = LocalDate.of(2022, 3, 31);
    private static final LocalDate END_OF_APRIL = LocalDate.of(2022, 4, 30);

    private final TestClock clock = TestClock.at("2021-06-15");
    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(clock, stores);

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tg:1", "tg:u1", text, Optional.of(Lang.EN), Optional.empty()));
    }

    private List<LocalDate> reminderDates() {
        return stores.reminders().pending("tg:u1").stream().map(Reminder::eventDate).distinct().toList();
    }

    private List<LocalDate> rememberedDates() {
        return stores.profiles().facts("tg:u1").stream().map(ProfileFact::date).toList();
    }

    @Test
    void rememberingANewDateMovesTheRemindersToIt() {
        say("remember that our benefits expire on 31 January 2022");
        say("/remind benefit_expiry");

        Reply reply = say("remember that our benefits expire on 30 April 2022");

        assertEquals(List.of(END_OF_APRIL), reminderDates());
        assertEquals(3, stores.reminders().pending("tg:u1").size());
        assertTrue(reply.text().contains("I've moved your reminders to the new date:\n- on 31 March 2022, 30 days before 30 April 2022"), reply.text());
        assertTrue(reply.choices().isEmpty(), reply.choices().toString());
    }

    @Test
    void rememberingANewDateWithoutRemindersOffersThemAgain() {
        say("remember that our benefits expire on 31 January 2022");

        Reply reply = say("remember that our benefits expire on 30 April 2022");

        assertEquals(List.of(), reminderDates());
        assertEquals("/remind benefit_expiry", reply.choices().get(0).payload());
    }

    @Test
    void rememberingTheSameDateAgainKeepsTheReminders() {
        say("remember that our benefits expire on 31 January 2022");
        say("/remind benefit_expiry");
        long firstId = stores.reminders().pending("tg:u1").get(0).id();

        Reply reply = say("remember that our benefits expire on 31 January 2022");

        assertEquals(firstId, stores.reminders().pending("tg:u1").get(0).id());
        assertTrue(reply.text().contains("Your reminders for it stay as they were."), reply.text());
    }

    @Test
    void askingForRemindersTwiceSchedulesThemOnce() {
        say("remember that our benefits expire on 31 January 2022");
        say("/remind benefit_expiry");

        say("/remind benefit_expiry");

        assertEquals(3, stores.reminders().pending("tg:u1").size());
    }

    @Test
    void newDateTooCloseForRemindersCancelsTheOldOnesAndSaysSo() {
        say("remember that our benefits expire on 31 January 2022");
        say("/remind benefit_expiry");

        Reply reply = say("remember that our benefits expire on 16 June 2021");

        assertEquals(List.of(), reminderDates());
        assertTrue(reply.text().contains("I've cancelled your reminders for the old date"), reply.text());
    }

    @Test
    void correctionRightAfterRememberingReplacesTheDateAndItsReminders() {
        say("remember that our benefits expire on 31 January 2022");
        say("/remind benefit_expiry");

        Reply reply = say("sorry, I meant 31 March 2022");

        assertEquals(List.of(END_OF_MARCH), rememberedDates());
        assertEquals(List.of(END_OF_MARCH), reminderDates());
        assertEquals(ReplyType.SMALLTALK, reply.type());
    }

    @Test
    void dutchCorrectionWithoutYearIsReadForTheRememberedFact() {
        say("onthoud dat onze voordelen op 31 januari 2022 verlopen");

        say("nee, ik bedoelde 31 maart");

        assertEquals(List.of(END_OF_MARCH), rememberedDates());
    }

    @Test
    void dateAfterAnotherQuestionIsNoCorrection() {
        say("remember that our benefits expire on 31 January 2022");
        say("How do I renew my benefits?");

        say("sorry, I meant 31 March 2022");

        assertEquals(List.of(END_OF_JANUARY), rememberedDates());
    }

    @Test
    void impossibleDateIsExplainedAsInAQuestion() {
        Reply reply = say("onthoud dat onze voordelen op 31-02-2022 verlopen");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertTrue(reply.text().startsWith("\"31-02-2022\" is geen bestaande datum"), reply.text());
        assertEquals(List.of(), rememberedDates());
    }

    @Test
    void impossibleDateWithoutAFactIsExplainedToo() {
        Reply reply = say("onthoud 31-02-2022");

        assertTrue(reply.text().startsWith("\"31-02-2022\" is not a date that exists"), reply.text());
    }

    @Test
    void dateGivenAfterAnImpossibleOneIsRemembered() {
        say("onthoud dat onze voordelen op 31-02-2022 verlopen");

        say("28-02-2022");

        assertEquals(List.of(LocalDate.of(2022, 2, 28)), rememberedDates());
    }

    @Test
    void ambiguousDateOffersBothReadingsAsButtons() {
        Reply reply = say("remember that my benefits expire on 03/04/2022");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertEquals(List.of("/date 2022-04-03", "/date 2022-03-04"), reply.choices().stream().map(Choice::payload).toList());
        assertEquals(List.of(), rememberedDates());
    }

    @Test
    void pressingAReadingRemembersIt() {
        Reply asked = say("remember that my benefits expire on 1-12-2021");

        say(asked.choices().get(0).payload());

        assertEquals(List.of(LocalDate.of(2021, 12, 1)), rememberedDates());
    }

    @Test
    void typingThePlaceOfAReadingRemembersIt() {
        say("remember that my benefits expire on 03/04/2022");

        say("the first one");

        assertEquals(List.of(LocalDate.of(2022, 4, 3)), rememberedDates());
    }

    @Test
    void aPlaceNotOfferedShowsTheReadingsAgain() {
        say("remember that my benefits expire on 03/04/2022");

        Reply reply = say("5");

        assertEquals("There is no option 5: please pick one of these 2.", reply.text());
        assertEquals(List.of("/date 2022-04-03", "/date 2022-03-04"), reply.choices().stream().map(Choice::payload).toList());
    }

    @Test
    void answerToABareRememberIsRemembered() {
        say("/remember");

        Reply reply = say("our benefits expire on 31 January 2022");

        assertEquals(List.of(END_OF_JANUARY), rememberedDates());
        assertEquals("/remind benefit_expiry", reply.choices().get(0).payload());
    }

    @Test
    void dutchAnswerToABareRememberIsRemembered() {
        say("/onthoud");

        say("onze voordelen verlopen op 31 januari 2022");

        assertEquals(List.of(END_OF_JANUARY), rememberedDates());
    }

    @Test
    void questionAfterABareRememberIsAnsweredAndNothingIsRemembered() {
        say("/remember");

        Reply reply = say("How do I renew my benefits?");

        assertEquals(List.of(), rememberedDates());
        assertEquals(ReplyType.FAQ, reply.type());
    }
}
