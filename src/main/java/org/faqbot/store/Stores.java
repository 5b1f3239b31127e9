package org.faqbot.store;

import java.util.Objects;

/** Every store the bot uses, from one backend. */
public record Stores(
        ConversationStore conversations,
        ProfileStore profiles,
        QuestionLog questions,
        ReminderStore reminders,
        UpdateJournal updates) {

    public Stores {
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(updates, "updates");
    }

    /** Stores that live in memory only: the console chat and tests. */
    public static Stores inMemory() {
        return new Stores(
                new InMemoryConversationStore(),
                new InMemoryProfileStore(),
                new InMemoryQuestionLog(),
                new InMemoryReminderStore(),
                new InMemoryUpdateJournal());
    }
}
