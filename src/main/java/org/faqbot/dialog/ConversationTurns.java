package org.faqbot.dialog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.LanguageDetector;
import org.faqbot.nlu.Markup;
import org.faqbot.nlu.QuotedText;
import org.faqbot.store.ConversationState;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.RecentTurns;
import org.faqbot.store.Stores;

/**
 * One message's turn of its conversation: the conversation's state read from the store (a fresh one for a question on
 * its own), the text without markup, the language it is answered in and the open question expired; and the state
 * saved again once the message is answered. The language the conversation last wrote in is part of that state
 * ({@link RecentTurns#language}), so that a command or a short "ok" that reaches another instance of the bot, or a
 * restarted one, is answered in it too; it expires with the rest of the recent turns.
 */
final class ConversationTurns {

    /** Words after a command that make a sentence whose language is the user's. */
    private static final int MIN_SENTENCE_WORDS = 3;

    private final LanguageDetector detector;
    private final Stores stores;
    private final Clock clock;
    private final Duration pendingTtl;

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
        // A quoted earlier answer ("> You redeemed ...", 'bot said: "..."') is no statement of the user's: its dates are not theirs.
        String text = QuotedText.without(Markup.strip(message.text()).strip());
        Optional<Lang> recentLang = expired(state, now) ? Optional.empty() : state.recent().language();
        Lang lang = language(text, state.langChoice().or(message::langHint).or(() -> recentLang));
        Turn turn = new Turn(message, text, lang, today, now, state);
        expirePending(turn);
        // A chosen language decides without it; a command's words are not the user's language (see language()), but a
        // sentence after it is: "/remember onze voordelen verlopen ..." opening a conversation makes the next /help Dutch.
        if ((!Commands.isCommand(text) || !sentenceAfterCommand(text).isEmpty()) && !message.standalone() && state.langChoice().isEmpty()) {
            turn.setRecent(turn.recent().withLanguage(Optional.of(lang)));
        }
        return turn;
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
            if (hint.isPresent() && SharedAnswerWords.matches(text)) {
                // "ja" to an English question, "yes" in a Dutch conversation: both languages' users type it.
                return hint.get();
            }
            // A link's letters are no language ("/nl-nl/", "settings"): a link alone is in the conversation's.
            return detector.detect(LoneLink.isLink(text) ? "" : text, hint);
        }
        String sentence = sentenceAfterCommand(text);
        return sentence.isEmpty() && hint.isPresent() ? hint.get() : detector.detect(sentence, hint);
    }

    /** The words after a command when they make a sentence of the user's, else empty. */
    private static String sentenceAfterCommand(String text) {
        String[] words = text.split("\\s+", 2);
        return words.length > 1 && words[1].strip().split("\\s+").length >= MIN_SENTENCE_WORDS ? words[1] : "";
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
        if (expired(turn.state(), turn.now)) {
            turn.setRecent(RecentTurns.NONE);
        }
    }

    /** Whether the conversation has been quiet so long that what its last replies left no longer counts. */
    private boolean expired(ConversationState state, Instant now) {
        return state.updatedAt().plus(pendingTtl).isBefore(now);
    }
}
