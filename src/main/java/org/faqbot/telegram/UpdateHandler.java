package org.faqbot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.Messages;
import org.faqbot.dialog.Reply;
import org.faqbot.kb.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;

/**
 * Does what one {@link TelegramEvent} asks: asks the core and sends its reply, acknowledges buttons,
 * answers inline queries, and tells users the bot only reads text or that they type too fast. Every
 * chat message goes through the update's {@link Outbox}, within the bound on unrecorded answers. It
 * throws when something fails; {@link UpdateIntake} catches, logs and apologises.
 */
final class UpdateHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);
    /** Inline results are cached by Telegram this long; short, so knowledge-base updates show soon. */
    private static final int INLINE_CACHE_SECONDS = 10;
    private static final int INLINE_RESULTS = 5;
    /** Replies slower than this show "typing…" first. */
    private static final Duration TYPING_AFTER = Duration.ofMillis(300);
    /** Answers whose rating is remembered, so that pressing 👍/👎 again does not count again. */
    private static final int FEEDBACK_REMEMBERED = 10_000;
    /** Language of the bot's own notices when Telegram does not tell the user's. */
    private static final Lang DEFAULT_LANG = Lang.EN;

    private final Assistant assistant;
    private final TelegramSender sender;
    private final TelegramApi api;
    private final Messages messages;
    private final FloodGate flood;
    private final InlineAnswers inline;
    private final ScheduledExecutorService timer;
    private final Backlog backlog;
    private final FeedbackPresses feedback = new FeedbackPresses(FEEDBACK_REMEMBERED);

    UpdateHandler(Assistant assistant, TelegramSender sender, TelegramApi api, Messages messages, FloodGate flood,
                  InlineAnswers inline, ScheduledExecutorService timer, Backlog backlog) {
        this.assistant = assistant;
        this.sender = sender;
        this.api = api;
        this.messages = messages;
        this.flood = flood;
        this.inline = inline;
        this.timer = timer;
        this.backlog = backlog;
    }

    /** Handles {@code event}; its chat messages wait for a permit held by {@code claim}. */
    void handle(TelegramEvent event, UnrecordedAnswers.Claim claim) {
        Outbox out = new Outbox(sender, claim, event.updateId(), event.topic(), backlog);
        if (event instanceof TelegramEvent.Text text) {
            answer(text, out);
        } else if (event instanceof TelegramEvent.ButtonPress press) {
            answer(press, out);
        } else if (event instanceof TelegramEvent.InlineSearch search) {
            answer(search);
        } else if (event instanceof TelegramEvent.NonText nonText) {
            if (admitted(nonText.chatId(), nonText.lang(), out)) {
                // What to ask about follows the loaded knowledge base, as the core's own texts do.
                notice(nonText.chatId(), nonText.lang(), assistant.coverage().key("telegram.nonText"), out);
            }
        }
    }

    /** Sends the short apology for a failed event to its chat, if it has one. */
    void apologise(TelegramEvent event, UnrecordedAnswers.Claim claim) {
        Outbox out = new Outbox(sender, claim, event.updateId(), event.topic(), backlog);
        event.replyChat().ifPresent(chat -> notice(chat, event.lang(), "error.apology", out));
    }

    private void answer(TelegramEvent.Text text, Outbox out) {
        if (!admitted(text.chatId(), text.lang(), out)) {
            return;
        }
        Reply reply = typingWhile(text.chatId(), text.topic(), () -> assistant.reply(text.toIncoming()));
        out.send(text.chatId(), reply);
    }

    private void answer(TelegramEvent.ButtonPress press, Outbox out) {
        boolean rated = ratedBefore(press);
        acknowledge(press, rated ? Optional.of(messages.get(press.lang().orElse(DEFAULT_LANG), "telegram.feedback.again"))
                : Optional.empty());
        if (rated || press.chatId().isEmpty() || !admitted(press.chatId().get(), press.lang(), out)) {
            return;
        }
        long chat = press.chatId().get();
        Reply reply = typingWhile(chat, press.topic(), () -> assistant.reply(press.toIncoming(chat)));
        out.send(chat, reply);
    }

    /** Whether {@code press} is a 👍/👎 on an answer that was rated already: it is then only acknowledged. */
    private boolean ratedBefore(TelegramEvent.ButtonPress press) {
        return press.data().startsWith(FeedbackPresses.PREFIX) && press.chatId().isPresent() && press.messageId().isPresent()
                && !feedback.first(press.chatId().get(), press.messageId().getAsInt());
    }

    /** Stops the button's spinner; {@code toast} is shown briefly on top of the chat. */
    private void acknowledge(TelegramEvent.ButtonPress press, Optional<String> toast) {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> ack = AnswerCallbackQuery.builder().callbackQueryId(press.callbackId());
        toast.ifPresent(ack::text);
        try {
            api.sendWithRetry(ack.build());
        } catch (TelegramCallException e) {
            LOG.warn("update {}: could not acknowledge the button: {}", press.updateId(), e.getMessage());
        }
    }

    private void answer(TelegramEvent.InlineSearch search) {
        List<Reply> found = search.query().isBlank()
                ? List.of()
                : assistant.lookup(search.query(), search.lang(), INLINE_RESULTS);
        api.sendWithRetry(AnswerInlineQuery.builder()
                .inlineQueryId(search.inlineQueryId())
                .results(inline.articles(found))
                .cacheTime(INLINE_CACHE_SECONDS)
                .isPersonal(true)
                .build());
    }

    private boolean admitted(long chatId, Optional<Lang> lang, Outbox out) {
        FloodGate.Verdict verdict = flood.check(TelegramEvent.conversationId(chatId));
        if (verdict == FloodGate.Verdict.WARN) {
            LOG.info("chat {} sends too fast; asking it to slow down", chatId);
            notice(chatId, lang, "telegram.slowDown", out);
        }
        return verdict == FloodGate.Verdict.ANSWER;
    }

    private void notice(long chatId, Optional<Lang> lang, String key, Outbox out) {
        String text = messages.get(lang.orElse(DEFAULT_LANG), key);
        out.send(chatId, OutgoingMessage.text(TelegramHtml.escape(text)));
    }

    /** Runs {@code work}; when it takes longer than {@link #TYPING_AFTER}, the chat shows "typing…". */
    private Reply typingWhile(long chatId, OptionalInt topic, Supplier<Reply> work) {
        ScheduledFuture<?> typing = timer.schedule(() -> showTyping(chatId, topic), TYPING_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return work.get();
        } finally {
            typing.cancel(false);
        }
    }

    private void showTyping(long chatId, OptionalInt topic) {
        try {
            SendChatAction.SendChatActionBuilder<?, ?> typing = SendChatAction.builder().chatId(chatId).action(ActionType.TYPING.toString());
            topic.ifPresent(typing::messageThreadId);
            api.send(typing.build());
        } catch (RuntimeException e) {
            LOG.debug("typing indicator for chat {} failed: {}", chatId, e.getMessage());
        }
    }
}
