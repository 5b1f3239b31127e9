package org.faqbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.faqbot.kb.Lang;

/**
 * A message the bot will send a user before one of their deadlines.
 *
 * @param id         the store's id; 0 before it is scheduled
 * @param userId     whose deadline it is
 * @param chatId     where to send it (a conversation id such as {@code tg:12345})
 * @param lang       the language to write it in
 * @param intent     the rule whose date it is about, e.g. {@code redeem_deadline}
 * @param eventDate  the deadline or start date itself
 * @param daysBefore how many days before {@code eventDate} it is sent (0 on the day)
 * @param dueAt      when to send it
 * @param status     where it is in its life
 */
public record Reminder(
        long id,
        String userId,
        String chatId,
        Lang lang,
        String intent,
        LocalDate eventDate,
        int daysBefore,
        Instant dueAt,
        Status status) {

    /**
     * A reminder's life: scheduled, then claimed by one instance while it is sent. A sent, dropped or cancelled
     * reminder is deleted rather than given a status of its own: nothing needs it, and it would be personal
     * data kept out of the user's sight.
     */
    public enum Status {
        SCHEDULED,
        CLAIMED
    }

    public Reminder {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(status, "status");
    }

    public Reminder withId(long newId) {
        return new Reminder(newId, userId, chatId, lang, intent, eventDate, daysBefore, dueAt, status);
    }

    public Reminder withStatus(Status newStatus) {
        return new Reminder(id, userId, chatId, lang, intent, eventDate, daysBefore, dueAt, newStatus);
    }
}
