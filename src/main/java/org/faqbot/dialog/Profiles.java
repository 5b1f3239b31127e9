package org.faqbot.dialog;

import java.util.List;
import java.util.Optional;
import org.faqbot.rules.DateRule;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.ProfileFact;
import org.faqbot.store.Stores;

/**
 * The dates a user asked the bot to remember (read from "remember ..." messages by {@link Remembering}):
 * storing and recalling them, showing everything kept about the user (/mydata, through {@link MyData}) and
 * deleting it (/forget). Nothing is stored about a user unless they ask for it.
 */
final class Profiles {

    private final Stores stores;
    private final Texts texts;

    Profiles(Stores stores, Texts texts) {
        this.stores = stores;
        this.texts = texts;
    }

    /** The stored date for a rule's fact (or one it accepts), if the user asked the bot to remember one. */
    static Optional<ProfileFact> storedFor(List<ProfileFact> facts, DateRule rule) {
        return facts.stream().filter(f -> f.fact().equals(rule.spec().fact())).findFirst()
                .or(() -> facts.stream().filter(f -> rule.spec().takes(f.fact())).findFirst());
    }

    /** The user's remembered dates; empty when the store cannot be reached right now (not: "none stored"). */
    Optional<List<ProfileFact>> recall(String userId) {
        List<ProfileFact> facts = SafeStores.read("profile", () -> stores.profiles().facts(userId), null);
        return facts == null || !stores.reachable().getAsBoolean() ? Optional.empty() : Optional.of(facts);
    }

    List<ProfileFact> facts(String userId) {
        return recall(userId).orElse(List.of());
    }

    /** {@code reply} with a note that remembered dates cannot be reached now, in the reply's language. */
    Reply withUnreachableNote(Reply reply) {
        // The whole reply keeps its fields (its other answers too): only a note is added.
        return reply.withNote(texts.get(reply.lang(), "memory.unavailable"));
    }

    /** Deletes everything kept about the user (after /forget's confirmation). */
    Reply forgetAll(Turn turn) {
        String user = turn.message.userId();
        int facts = SafeStores.read("profile", () -> stores.profiles().deleteUser(user), -1);
        int reminders = SafeStores.read("reminders", () -> stores.reminders().deleteUser(user), -1);
        boolean conversation = SafeStores.write("conversation", () -> stores.conversations().delete(turn.message.conversationId()));
        turn.forgetState();
        if (facts < 0 || reminders < 0 || !conversation) {
            return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "forget.failed"));
        }
        return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "forget.done", facts, reminders));
    }

    /** Deletes one remembered date: 1 when it was deleted, 0 when it was gone already, -1 when the store failed. */
    int delete(ProfileFact fact) {
        return SafeStores.read("profile", () -> stores.profiles().deleteFact(fact.userId(), fact.fact()) ? 1 : 0, -1);
    }

    /** Stores the fact in place of the user's earlier date for it; false when the store failed. */
    boolean save(ProfileFact fact) {
        return SafeStores.write("profile", () -> stores.profiles().save(fact));
    }
}
