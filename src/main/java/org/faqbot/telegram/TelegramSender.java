package org.faqbot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.dialog.Choice;
import org.faqbot.dialog.MessageSender;
import org.faqbot.dialog.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Sends replies to Telegram chats: renders them, sends each part with retries, and when Telegram
 * refuses a part's HTML sends that part once more as plain text. Also the {@link MessageSender} for
 * messages nobody just asked for (reminders), for conversation ids of the form {@code tg:<chat_id>}.
 */
final class TelegramSender implements MessageSender {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramSender.class);
    private static final String PREFIX = "tg:";
    /** Telegram's limit for callback_data. */
    static final int MAX_CALLBACK_BYTES = 64;

    private final TelegramApi api;
    private final ReplyRenderer renderer;

    TelegramSender(TelegramApi api, ReplyRenderer renderer) {
        this.api = api;
        this.renderer = renderer;
    }

    /**
     * {@inheritDoc} A chat that Telegram refuses for good (the user blocked the bot, left the group or
     * deleted the account: 403, or a 400 such as "chat not found") cannot be reached either: false, so
     * that a reminder is dropped rather than tried again every few minutes for a day.
     */
    @Override
    public boolean send(String conversationId, Reply reply) {
        Optional<Long> chat = chatId(conversationId);
        if (chat.isEmpty()) {
            return false;
        }
        try {
            send(chat.get(), reply);
            return true;
        } catch (TelegramCallException e) {
            if (e.retryable()) {
                throw e;
            }
            LOG.warn("chat {} cannot be reached, message dropped: {}", chat.get(), e.getMessage());
            return false;
        }
    }

    /** The chat a conversation id names, when it is a Telegram one. */
    static Optional<Long> chatId(String conversationId) {
        if (!conversationId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(conversationId.substring(PREFIX.length())));
        } catch (NumberFormatException notTelegram) {
            return Optional.empty();
        }
    }

    /** Renders and sends {@code reply} to the chat, part by part. */
    void send(long chatId, Reply reply) {
        for (OutgoingMessage part : parts(reply)) {
            send(chatId, part);
        }
    }

    /** The messages {@code reply} is sent as, in order. */
    List<OutgoingMessage> parts(Reply reply) {
        return renderer.render(reply);
    }

    /**
     * Sends one message with retries; when Telegram cannot parse its HTML, sends it once more as plain
     * text.
     *
     * @throws TelegramCallException when it could not be sent
     */
    void send(long chatId, OutgoingMessage message) {
        send(chatId, OptionalInt.empty(), message, TelegramApi::sleep);
    }

    /**
     * {@link #send(long, OutgoingMessage)} to a forum topic when {@code topic} is given, waiting between
     * attempts with {@code pause}.
     */
    void send(long chatId, OptionalInt topic, OutgoingMessage message, TelegramApi.Pause pause) {
        deliver(chatId, topic, message, request -> api.sendWithRetry(request, pause));
    }

    /**
     * Tries {@link #send(long, OutgoingMessage)} once, without retries (but with the plain-text fallback):
     * for the outbox, which puts off what fails.
     *
     * @throws TelegramCallException when it was not sent
     */
    void sendOnce(long chatId, OptionalInt topic, OutgoingMessage message) {
        deliver(chatId, topic, message, api::send);
    }

    private void deliver(long chatId, OptionalInt topic, OutgoingMessage message, java.util.function.Consumer<SendMessage> call) {
        try {
            call.accept(request(chatId, topic, message.html(), true, message.buttons()));
        } catch (TelegramCallException e) {
            if (!e.htmlRejected()) {
                throw e;
            }
            LOG.warn("Telegram refused our HTML for chat {} ({}); sending it as plain text", chatId, e.getMessage());
            String plain = TelegramHtml.toPlainText(message.html());
            call.accept(request(chatId, topic, plain, false, message.buttons()));
        }
    }

    private static SendMessage request(long chatId, OptionalInt topic, String text, boolean html, List<List<Choice>> buttons) {
        SendMessage.SendMessageBuilder<?, ?> builder = SendMessage.builder()
                .chatId(chatId)
                .text(text)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        topic.ifPresent(builder::messageThreadId);
        if (html) {
            builder.parseMode(ParseMode.HTML);
        }
        if (!buttons.isEmpty()) {
            builder.replyMarkup(keyboard(buttons));
        }
        return builder.build();
    }

    static InlineKeyboardMarkup keyboard(List<List<Choice>> buttons) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (List<Choice> row : buttons) {
            InlineKeyboardRow keyboardRow = new InlineKeyboardRow();
            for (Choice choice : row) {
                keyboardRow.add(InlineKeyboardButton.builder()
                        .text(choice.label())
                        .callbackData(callbackData(choice.payload()))
                        .build());
            }
            rows.add(keyboardRow);
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    /** The payload as callback_data, checked against Telegram's 64-byte limit. */
    static String callbackData(String payload) {
        int bytes = payload.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0 || bytes > MAX_CALLBACK_BYTES) {
            throw new IllegalStateException("callback_data must be 1-" + MAX_CALLBACK_BYTES + " bytes, '"
                    + payload + "' is " + bytes);
        }
        return payload;
    }
}
