package org.faqbot.dialog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.LanguageDetector;
import org.faqbot.nlu.Markup;
import org.faqbot.store.ConversationState;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.RecentTurns;
import org.faqbot.store.Stores;

/**
 * One message's turn of its conversation: the conversation's state read from the store (a fresh one for a question on
 * its own), the text without markup, the language it is answered in and the open question expired; and the state
 * saved again once the message is answered.
 */
final class ConversationTurns {

    /** Words after a command that make a sentence whose language is the user's. */
    private static final int MIN_SENTENCE_WORDS = 3;

    private final LanguageDetector detector;
    private final Stores stores;
    private final Clock clock;
    private final Duration pendingTtl;
    private final RecentLanguages recentLanguages = new RecentLanguages();

    ConversationTurns(LanguageDetector detector, Stores stores, Clock clock, Duration pendingTtl) {
        this.detector = detector;
        this.stores = stores;
        this.clock = clock;
        this.pendingTtl = pendingTtl;
    }

    /** The turn of {@code message}, with its conversation's state as stored. */
    Turn begin(IncomingMessage message) {
        Instant now = clock.instant();
        LocalDate today = message.today().orElseGet(() -> LocalDate.ofInstant(now, clock.getZone()));
        ConversationState state = message.standalone()
                ? ConversationState.empty(message.conversationId(), now)
                : SafeStores.read("conversation", () -> stores.conversations().find(message.conversationId()),
                        Optional.<ConversationState>empty()).orElseGet(() -> ConversationState.empty(message.conversationId(), now));
        // Tags around a question are no words of it: "<b>hoe verleng ik ...</b>" is read, and its language told, without them.
        String text = Markup.strip(message.text()).strip();
        Optional<Lang> hint = state.langChoice().or(message::langHint).or(() -> recentLanguages.of(message.conversationId()));
        Lang lang = language(text, hint);
        if (!Commands.isCommand(text) && !message.standalone()) {
            recentLanguages.remember(message.conversationId(), lang);
        }
        Turn turn = new Turn(message, text, lang, today, now, state);
        expirePending(turn);
        return turn;
    }

    /** Keeps {@code lang} as the language the conversation last wrote in ("can you say that in English?"). */
    void rememberLanguage(String conversationId, Lang lang) {
        recentLanguages.remember(conversationId, lang);
    }

    /** Saves what {@code turn} changed of its conversation; a question on its own has none to keep. */
    void end(Turn turn) {
        if (!turn.changed() || turn.message.standalone()) {
            return;
        }
        ConversationState state = turn.state();
        if (state.isBlank()) {
            SafeStores.write("conversation", () -> stores.conversations().delete(state.conversationId()));
        } else {
            SafeStores.write("conversation", () -> stores.conversations().save(state));
        }
    }

    /**
     * A command's own words are not the user's language ("/remind benefit_expiry"): the hint decides for commands,
     * unless the words after the command are a sentence of the user's ("/remember onze voordelen verlopen op 20
     * december" in a conversation that began in English is answered in Dutch).
     */
    private Lang language(String text, Optional<Lang> hint) {
        if (!Commands.isCommand(text)) {
            return detector.detect(text, hint);
        }
        String[] words = text.split("\\s+", 2);
        String sentence = words.length > 1 && words[1].strip().split("\\s+").length >= MIN_SENTENCE_WORDS ? words[1] : "";
        return sentence.isEmpty() && hint.isPresent() ? hint.get() : detector.detect(sentence, hint);
    }

    /**
     * Drops the open question once its time has passed, and what the last replies left once the conversation has been
     * quiet as long: the same expiry the stores' purge gives them, which runs only in a server.
     */
    private void expirePending(Turn turn) {
        Optional<PendingQuestion> pending = turn.pending();
        if (pending.isPresent() && pending.get().askedAt().plus(pendingTtl).isBefore(turn.now)) {
            turn.clearPending();
        }
        if (turn.state().updatedAt().plus(pendingTtl).isBefore(turn.now)) {
            turn.setRecent(RecentTurns.NONE);
        }
    }
}
