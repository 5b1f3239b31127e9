package org.faqbot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.faqbot.dialog.Choice;
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
 * Sends replies to Telegram chats: renders a reply into its messages and sends a message with retries or
 * once, and when Telegram refuses a message's HTML sends it once more as plain text. Answers go through an {@link Outbox},
 * reminders through the {@link ReminderChannel}, and both put what Telegram does not take in the outbox.
 */
final class TelegramSender {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramSender.class);
    /** Telegram's limit for callback_data. */
    static final int MAX_CALLBACK_BYTES = 64;

    private final TelegramApi api;
    private final ReplyRenderer renderer;

    TelegramSender(TelegramApi api, ReplyRenderer renderer) {
        this.api = api;
        this.renderer = renderer;
    }

    /** The messages {@code reply} is sent as, in order. */
    List<OutgoingMessage> parts(Reply reply) {
        return renderer.render(reply);
    }

    /**
     * Sends one message to the chat, and to a forum topic when {@code topic} is given, with retries that wait
     * with {@code pause}; when Telegram cannot parse its HTML, sends it once more as plain text.
     *
     * @throws TelegramCallException when it could not be sent
     */
    void send(long chatId, OptionalInt topic, OutgoingMessage message, RetryPause pause) {
        deliver(chatId, topic, message, request -> api.sendWithRetry(request, pause));
    }

    /**
     * Tries {@link #send(long, OptionalInt, OutgoingMessage, RetryPause)} once, without retries (but with
     * the plain-text fallback): for the outbox and reminders, which put off what fails.
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
