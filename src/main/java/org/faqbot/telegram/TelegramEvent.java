package org.faqbot.telegram;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.dialog.IncomingMessage;
import org.faqbot.kb.Lang;

/**
 * What one Telegram update asks of the bot, in our own types; {@link UpdateReader} makes one from a
 * telegrambots {@code Update} straight away so nothing else depends on the library's object model.
 */
sealed interface TelegramEvent {

    /** Telegram's update_id. */
    long updateId();

    /** Events with the same key are handled in order; different keys in parallel. */
    String orderKey();

    /** The chat a reply or apology goes to; empty for inline queries and ignored updates. */
    Optional<Long> replyChat();

    /** The user's language as Telegram reports it, when it is Dutch or English. */
    Optional<Lang> lang();

    /**
     * The forum topic (message_thread_id) a reply belongs in; empty outside forum supergroups, where a
     * reply without it would land in the General topic instead of the one the question was asked in.
     */
    default OptionalInt topic() {
        return OptionalInt.empty();
    }

    /** The conversation id the core knows a Telegram chat by: {@code tg:<chat_id>}. */
    static String conversationId(long chatId) {
        return "tg:" + chatId;
    }

    /**
     * A text message addressed to the bot (or the caption of a photo or file), with mentions of the bot and
     * {@code @botname} after a command already removed. {@code userId} is the sender chat's id for a message
     * sent on behalf of a chat (an anonymous group admin, a channel).
     */
    record Text(long updateId, long chatId, long userId, String text, Optional<Lang> lang, OptionalInt topic)
            implements TelegramEvent {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(lang, "lang");
            Objects.requireNonNull(topic, "topic");
        }

        public Text(long updateId, long chatId, long userId, String text, Optional<Lang> lang) {
            this(updateId, chatId, userId, text, lang, OptionalInt.empty());
        }

        @Override
        public String orderKey() {
            return conversationId(chatId);
        }

        @Override
        public Optional<Long> replyChat() {
            return Optional.of(chatId);
        }

        IncomingMessage toIncoming() {
            return new IncomingMessage(conversationId(chatId), "tg:" + userId, text, lang, Optional.empty());
        }
    }

    /** A photo, sticker, voice note, document, location, ... addressed to the bot: it only reads text. */
    record NonText(long updateId, long chatId, Optional<Lang> lang, OptionalInt topic) implements TelegramEvent {
        public NonText {
            Objects.requireNonNull(lang, "lang");
            Objects.requireNonNull(topic, "topic");
        }

        public NonText(long updateId, long chatId, Optional<Lang> lang) {
            this(updateId, chatId, lang, OptionalInt.empty());
        }

        @Override
        public String orderKey() {
            return conversationId(chatId);
        }

        @Override
        public Optional<Long> replyChat() {
            return Optional.of(chatId);
        }
    }

    /**
     * An inline-keyboard button was pressed: {@code data} is the {@link org.faqbot.dialog.Choice} payload.
     * {@code chatId} (and {@code messageId}, the message the button sat on) is empty when the button sat on
     * a message Telegram no longer tells the bot about.
     */
    record ButtonPress(long updateId, String callbackId, Optional<Long> chatId, long userId, String data,
                       Optional<Lang> lang, OptionalInt topic, OptionalInt messageId) implements TelegramEvent {
        public ButtonPress {
            Objects.requireNonNull(callbackId, "callbackId");
            Objects.requireNonNull(chatId, "chatId");
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(lang, "lang");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(messageId, "messageId");
        }

        public ButtonPress(long updateId, String callbackId, Optional<Long> chatId, long userId, String data,
                           Optional<Lang> lang) {
            this(updateId, callbackId, chatId, userId, data, lang, OptionalInt.empty(), OptionalInt.empty());
        }

        @Override
        public String orderKey() {
            return chatId.map(TelegramEvent::conversationId).orElse("tg-user:" + userId);
        }

        @Override
        public Optional<Long> replyChat() {
            return chatId;
        }

        IncomingMessage toIncoming(long chat) {
            return new IncomingMessage(conversationId(chat), "tg:" + userId, data, lang, Optional.empty());
        }
    }

    /** {@code @bot <query>} typed in any chat: inline mode. */
    record InlineSearch(long updateId, String inlineQueryId, long userId, String query, Optional<Lang> lang)
            implements TelegramEvent {
        public InlineSearch {
            Objects.requireNonNull(inlineQueryId, "inlineQueryId");
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(lang, "lang");
        }

        @Override
        public String orderKey() {
            return "tg-inline:" + userId;
        }

        @Override
        public Optional<Long> replyChat() {
            return Optional.empty();
        }
    }

    /** Nothing to do: group chatter not meant for the bot, channel posts, membership changes, ... */
    record Ignored(long updateId, String reason) implements TelegramEvent {
        @Override
        public String orderKey() {
            return "tg-ignored";
        }

        @Override
        public Optional<Long> replyChat() {
            return Optional.empty();
        }

        @Override
        public Optional<Lang> lang() {
            return Optional.empty();
        }
    }
}
