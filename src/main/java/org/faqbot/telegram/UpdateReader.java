package org.faqbot.telegram;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns a telegrambots {@link Update} into a {@link TelegramEvent}. In private chats every message is
 * for the bot; in groups only commands (plain or {@code /cmd@ThisBot}), messages that mention
 * {@code @ThisBot} and replies to the bot's own messages are. Edited messages count as new messages, and
 * the caption of a photo or file counts as its text.
 */
final class UpdateReader {

    private final BotIdentity bot;
    private final Pattern mention;
    private final Pattern commandSuffix;

    UpdateReader(BotIdentity bot) {
        this.bot = bot;
        String name = Pattern.quote(bot.username());
        this.mention = Pattern.compile("(?i)(?<![\\w@])@" + name + "\\b");
        this.commandSuffix = Pattern.compile("(?i)^(/\\w+)@" + name + "\\b");
    }

    TelegramEvent read(Update update) {
        long id = update.getUpdateId();
        if (update.hasMessage()) {
            return message(id, update.getMessage());
        }
        if (update.hasEditedMessage()) {
            return message(id, update.getEditedMessage());
        }
        if (update.hasCallbackQuery()) {
            return buttonPress(id, update.getCallbackQuery());
        }
        if (update.hasInlineQuery()) {
            InlineQuery q = update.getInlineQuery();
            return new TelegramEvent.InlineSearch(id, q.getId(), q.getFrom().getId(),
                    q.getQuery() == null ? "" : q.getQuery(), lang(q.getFrom()));
        }
        return new TelegramEvent.Ignored(id, "not a message, button or inline query");
    }

    private TelegramEvent message(long id, Message m) {
        Optional<String> skip = notForAnyone(m);
        if (skip.isPresent()) {
            return new TelegramEvent.Ignored(id, skip.get());
        }
        boolean group = m.isGroupMessage() || m.isSuperGroupMessage();
        if (!group && !m.isUserMessage()) {
            return new TelegramEvent.Ignored(id, "channel post");
        }
        Optional<Lang> lang = lang(m.getFrom());
        String content = m.hasText() ? m.getText() : m.getCaption();
        if (content == null || content.isBlank()) {
            if (!MessageContent.isUserContent(m)) {
                return new TelegramEvent.Ignored(id, "service message");
            }
            return !group || repliesToBot(m)
                    ? new TelegramEvent.NonText(id, m.getChatId(), lang, topic(m))
                    : new TelegramEvent.Ignored(id, "group media not for the bot");
        }
        Optional<String> text = addressedText(content, group && !repliesToBot(m));
        return text.<TelegramEvent>map(t -> new TelegramEvent.Text(id, m.getChatId(), sender(m), t, lang, topic(m)))
                .orElseGet(() -> new TelegramEvent.Ignored(id, "group message not for the bot"));
    }

    /**
     * Why nobody waits for an answer to {@code m}, if so: another bot wrote it, a linked channel's post was
     * forwarded into its discussion group, or the user sent one of this bot's own answers through inline
     * mode (answering it would answer the bot's answer).
     */
    private Optional<String> notForAnyone(Message m) {
        if (m.getChat() == null || m.getFrom() == null) {
            return Optional.of("no chat or no sender");
        }
        // Anonymous group admins and users writing as a channel come with a stand-in bot as sender and the
        // chat they write for as sender_chat: they are people.
        if (Boolean.TRUE.equals(m.getFrom().getIsBot()) && m.getSenderChat() == null) {
            return Optional.of("sent by a bot");
        }
        if (Boolean.TRUE.equals(m.getIsAutomaticForward())) {
            return Optional.of("a channel post forwarded into its discussion group");
        }
        if (m.getViaBot() != null && m.getViaBot().getId() == bot.id()) {
            return Optional.of("sent through this bot's inline mode");
        }
        return Optional.empty();
    }

    /** Who wrote {@code m}: the sender chat for a message sent on behalf of a chat, else the user. */
    private static long sender(Message m) {
        return m.getSenderChat() != null ? m.getSenderChat().getId() : m.getFrom().getId();
    }

    private static OptionalInt topic(Message m) {
        return Boolean.TRUE.equals(m.getIsTopicMessage()) && m.getMessageThreadId() != null
                ? OptionalInt.of(m.getMessageThreadId())
                : OptionalInt.empty();
    }

    /**
     * The text the core should see, or empty when the message is not for the bot. {@code mustAddress}
     * is set in groups unless the message replies to the bot.
     */
    private Optional<String> addressedText(String raw, boolean mustAddress) {
        String text = raw.strip();
        if (text.startsWith("/")) {
            Matcher ours = commandSuffix.matcher(text);
            if (ours.find()) {
                return Optional.of(ours.replaceFirst("$1"));
            }
            boolean forAnotherBot = text.split("\\s", 2)[0].contains("@");
            return forAnotherBot && mustAddress ? Optional.empty() : Optional.of(text);
        }
        Matcher mentioned = mention.matcher(text);
        if (mentioned.find()) {
            return Optional.of(mentioned.replaceAll("").replaceAll("\\s{2,}", " ").strip());
        }
        return mustAddress ? Optional.empty() : Optional.of(text);
    }

    private boolean repliesToBot(Message m) {
        Message replied = m.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() == bot.id();
    }

    private static TelegramEvent buttonPress(long id, CallbackQuery q) {
        MaybeInaccessibleMessage on = q.getMessage();
        Optional<Long> chat = on == null || on.getChat() == null ? Optional.empty() : Optional.of(on.getChatId());
        String data = q.getData() == null ? "" : q.getData();
        OptionalInt topic = on instanceof Message message ? topic(message) : OptionalInt.empty();
        OptionalInt messageId = on == null || on.getMessageId() == null ? OptionalInt.empty() : OptionalInt.of(on.getMessageId());
        return new TelegramEvent.ButtonPress(id, q.getId(), chat, q.getFrom().getId(), data, lang(q.getFrom()), topic,
                messageId);
    }

    private static Optional<Lang> lang(User user) {
        return user == null ? Optional.empty() : Lang.fromCode(user.getLanguageCode());
    }
}
