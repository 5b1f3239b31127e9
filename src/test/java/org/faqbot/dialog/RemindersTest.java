package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

class RemindersTest {

    private final TestClock clock = TestClock.at("2021-11-02");
    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(clock, stores);
    private final List<String> sent = new ArrayList<>();
    private final MessageSender sender = (chat, reply) -> sent.add(chat + " " + reply.lang().code() + " " + reply.text());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tg:1", "tg:u1", text, Optional.of(Lang.NL), Optional.empty()));
    }

    @Test
    void expiryDateGetsRemindersThirtySevenAndOneDayBefore() {
        say("Onthoud dat onze voordelen op 31 januari 2022 verlopen");

        say("/remind benefit_expiry");

        List<LocalDate> days = stores.reminders().pending("tg:u1").stream().map(r -> LocalDate.ofInstant(r.dueAt(), clock.getZone())).toList();
        assertEquals(List.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 24), LocalDate.of(2022, 1, 30)), days);
    }

    @Test
    void dueReminderIsSentOnceInTheUsersLanguage() {
        say("Onthoud dat onze voordelen op 31 januari 2022 verlopen");
        say("/remind benefit_expiry");
        ReminderSender reminders = bot.reminderSender(sender);
        clock.advance(Duration.between(clock.instant(), Instant.parse("2022-01-01T09:30:00Z")));

        int first = reminders.sendDue();
        int second = reminders.sendDue();

        assertEquals(1, first);
        assertEquals(0, second);
        assertTrue(sent.get(0).startsWith("tg:1 nl Herinnering"), sent.get(0));
    }

    @Test
    void reminderDueWhileDownIsSentWhenAtMostADayLate() {
        say("Onthoud dat onze voordelen op 31 januari 2022 verlopen");
        say("/remind benefit_expiry");
        clock.advance(Duration.between(clock.instant(), Instant.parse("2022-01-02T08:00:00Z")));

        int count = bot.reminderSender(sender).sendDue();

        assertEquals(1, count);
    }

    @Test
    void reminderMoreThanADayLateIsDroppedWhileARecentOneIsSent() {
        say("Onthoud dat onze voordelen op 31 januari 2022 verlopen");
        say("/remind benefit_expiry");
        clock.advance(Duration.between(clock.instant(), Instant.parse("2022-01-24T10:00:00Z")));

        int count = bot.reminderSender(sender).sendDue();

        assertEquals(1, count);
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).contains("7 dagen"), sent.get(0));
    }

    @Test
    void remindersCanBeListedAndCancelled() {
        say("Onthoud dat onze voordelen op 31 januari 2022 verlopen");
        say("/remind benefit_expiry");

        Reply list = say("/reminders");
        Reply cancelled = say(list.choices().get(0).payload());

        assertEquals(4, list.choices().size(), "a cancel button per reminder, and one for all of them");
        assertEquals(ReplyType.SMALLTALK, cancelled.type());
        assertEquals(2, stores.reminders().pending("tg:u1").size());
    }

    @Test
    void failedSendIsRetriedAfterTheLease() {
        say("Onthoud dat onze voordelen op 31 januari 2022 verlopen");
        say("/remind benefit_expiry");
        clock.advance(Duration.between(clock.instant(), Instant.parse("2022-01-01T09:30:00Z")));
        MessageSender failing = (chat, reply) -> {
            throw new IllegalStateException("Telegram down");
        };

        int failed = bot.reminderSender(failing).sendDue();
        clock.advance(ReminderSender.LEASE.plusMinutes(1));
        int retried = bot.reminderSender(sender).sendDue();

        assertEquals(0, failed);
        assertEquals(1, retried);
    }

    /**
     * Telegram slow (90 s a send, under its timeouts) for a batch of eight: another instance claims what is left
     * once the batch's claim has run out, and this one must not send those too.
     */
    @Test
    void remindersWhoseClaimRunsOutDuringASlowBatchAreSentByOneInstanceOnly() {
        Instant start = clock.instant();
        for (int i = 0; i < 8; i++) {
            stores.reminders().schedule(new org.faqbot.store.Reminder(0, "tg:u1", "tg:1", Lang.EN, "redeem_deadline",
                    LocalDate.of(2021, 12, 1).plusDays(i), 30, start.minusSeconds(60), org.faqbot.store.Reminder.Status.SCHEDULED));
        }
        List<String> byOther = new ArrayList<>();
        ReminderSender other = bot.reminderSender((chat, reply) -> byOther.add(reply.text()));
        boolean[] otherRan = {false};
        MessageSender slow = (chat, reply) -> {
            sent.add(reply.text());
            clock.advance(Duration.ofSeconds(90));
            if (!otherRan[0] && !clock.instant().isBefore(start.plus(ReminderSender.LEASE))) {
                otherRan[0] = true;
                other.sendDue();
            }
            return true;
        };

        bot.reminderSender(slow).sendDue();
        clock.advance(Duration.between(clock.instant(), start.plus(ReminderSender.LEASE)));
        other.sendDue();

        assertEquals(8, sent.size() + byOther.size(), sent + " / " + byOther);
        assertTrue(byOther.stream().noneMatch(sent::contains), "sent by both instances: " + byOther);
    }

    @Test
    void scheduledLinesSayHowLongBeforeWhichDay() {
        say("Onthoud dat ik mijn productcode op 1 maart 2021 heb ingewisseld");

        Reply reply = say("/remind key_redeemed_on");

        assertTrue(reply.text().contains("- op 30 januari 2022, 30 dagen vóór 1 maart 2022\n"
                + "- op 22 februari 2022, 7 dagen vóór 1 maart 2022\n"
                + "- op 28 februari 2022, 1 dag vóór 1 maart 2022"), reply.text());
    }

    @Test
    void englishScheduledLinesSayHowLongBeforeWhichDay() {
        bot.reply(new IncomingMessage("tg:1", "tg:u1", "remember that I redeemed my key on 1 March 2021", Optional.of(Lang.EN),
                Optional.empty()));

        Reply reply = bot.reply(new IncomingMessage("tg:1", "tg:u1", "/remind key_redeemed_on", Optional.of(Lang.EN), Optional.empty()));

        assertTrue(reply.text().contains("- on 30 January 2022, 30 days before 1 March 2022\n"), reply.text());
    }

    @Test
    void cancelButtonsOfRemindersSentTheSameDayTellThemApart() {
        say("Onthoud dat onze voordelen op 1 maart 2022 verlopen");
        say("/remind benefit_expiry");
        say("Onthoud dat ik mijn productcode op 1 maart 2021 heb ingewisseld");
        say("/remind key_redeemed_on");

        Reply list = say("/reminders");

        List<String> labels = list.choices().stream().map(Choice::label).toList();
        assertEquals(7, labels.size(), "six reminders and the button for all of them");
        assertEquals(labels.size(), labels.stream().distinct().count(), labels.toString());
    }
}
