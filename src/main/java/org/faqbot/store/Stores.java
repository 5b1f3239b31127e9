package org.faqbot.store;

import java.util.Objects;

/**
 * Every store the bot uses, from one backend.
 *
 * @param reachable whether the backend answered its last call: false while a database is away and the
 *                  stores degrade (reads come back empty), so the bot can say why it does not remember
 */
public record Stores(
        ConversationStore conversations,
        ProfileStore profiles,
        QuestionLog questions,
        ReminderStore reminders,
        UpdateJournal updates,
        OutboxStore outbox,
        java.util.function.BooleanSupplier reachable) {

    /** Stores that are always reachable, or report failures by throwing. */
    public Stores(ConversationStore conversations, ProfileStore profiles, QuestionLog questions, ReminderStore reminders,
            UpdateJournal updates, OutboxStore outbox) {
        this(conversations, profiles, questions, reminders, updates, outbox, () -> true);
    }

    public Stores {
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(updates, "updates");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(reachable, "reachable");
    }

    /** Stores that live in memory only: the console chat and tests. */
    public static Stores inMemory() {
        InMemoryReminderStore reminders = new InMemoryReminderStore();
        InMemoryUpdateJournal journal = new InMemoryUpdateJournal();
        return new Stores(
                new InMemoryConversationStore(),
                new InMemoryProfileStore(),
                new InMemoryQuestionLog(),
                reminders,
                journal,
                new InMemoryOutboxStore(reminders, journal));
    }
}
