package org.faqbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.MessageSender;
import org.faqbot.dialog.Messages;
import org.faqbot.process.FatalErrors;
import org.faqbot.store.InMemoryOutboxStore;
import org.faqbot.store.OutboxStore;
import org.faqbot.store.UpdateJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Telegram: {@link #start} connects to the Bot API, sets the command menu, answers what the
 * journal left unanswered, and then takes updates by long polling or, when a webhook URL is set, by
 * webhook; answers and reminders Telegram did not take go to the outbox, which a thread of its own sends
 * once Telegram is back ({@link OutboxSender}). {@link #stop} stops taking updates and finishes those in
 * flight. Thread-safe.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    /** A stop finishes in-flight work within this, leaving time to exit inside a 10-second SIGTERM grace. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(8);
    /** Answered updates are kept in the journal this long, for diagnosing duplicates. */
    private static final Duration JOURNAL_RETENTION = Duration.ofDays(1);
    /** Updates queued or being answered at once, per worker, before polling waits. */
    private static final int IN_FLIGHT_PER_WORKER = 64;

    private final TelegramApi sendApi;
    private final TelegramApi pollApi;
    private final BotIdentity identity;
    private final UpdateIntake intake;
    private final WebhookHandler webhookHandler;
    /** The outbox's own thread: a long round of sends after an outage must not delay typing indicators. */
    private final ScheduledExecutorService outboxThread;
    private final Backlog backlog;
    private final OutboxSender outbox;
    private final ReminderChannel reminders;
    private final BotShutdown shutdown;
    private final UpdateSource source;

    private TelegramBot(TelegramSettings settings, TelegramApi sendApi, BotIdentity identity, Assistant assistant,
                        UpdateJournal journal, OutboxStore outboxStore, Messages messages, Clock clock,
                        Integration integration) {
        this.sendApi = sendApi;
        this.pollApi = TelegramApi.forPolling(settings);
        this.identity = identity;
        ReplyRenderer renderer = ReplyRenderer.standard(messages);
        TelegramSender sender = new TelegramSender(sendApi, renderer);
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, Threads.daemon("tg-timer"));
        // Every reply schedules a typing indicator and nearly always cancels it: drop cancelled ones at once.
        timer.setRemoveOnCancelPolicy(true);
        ExecutorService workers = Executors.newFixedThreadPool(settings.workers(), Threads.daemon("tg-worker"));
        FloodGate flood = new FloodGate(settings.floodLimitPerMinute(), System::nanoTime);
        this.backlog = new Backlog(outboxStore, clock);
        this.outbox = new OutboxSender(outboxStore, backlog, sender, settings.retry(), settings.outboxMaxAge(), clock);
        this.reminders = new ReminderChannel(sender, backlog, clock);
        this.outboxThread = Executors.newSingleThreadScheduledExecutor(Threads.daemon("tg-outbox"));
        UpdateHandler handler = new UpdateHandler(assistant, sender, sendApi, messages, flood,
                new InlineAnswers(renderer), timer, backlog);
        this.intake = new UpdateIntake(journal, new UpdateCodec(), new UpdateReader(identity), handler,
                new ChatQueues(workers), sendApi.mask(), clock, settings.workers() * IN_FLIGHT_PER_WORKER,
                new UnrecordedAnswers(settings.unrecordedAnswers(), System::nanoTime));
        this.webhookHandler = new WebhookHandler(settings.webhookSecret(), intake);
        this.source = new UpdateSource(settings, integration.webhookMount(), sendApi, pollApi, intake, journal,
                webhookHandler);
        this.shutdown = new BotShutdown(intake, workers, outboxThread, timer, outbox, sendApi, pollApi, source::stop);
        timer.scheduleAtFixedRate(FatalErrors.surfacing(() -> purge(journal, clock)), 1, 1, TimeUnit.HOURS);
    }

    /**
     * Starts the bot.
     *
     * @throws SettingsException     when Telegram rejects the token or the webhook URL
     * @throws TelegramCallException when the Bot API cannot be reached
     */
    public static TelegramBot start(TelegramSettings settings, Assistant assistant, UpdateJournal journal) {
        return start(settings, assistant, journal, new InMemoryOutboxStore(), new Messages(), Clock.systemUTC(),
                Integration.standalone());
    }

    /**
     * Starts the bot as part of a larger server: see {@link Integration}. Answers Telegram did not take wait
     * in {@code outbox}, which a database keeps across restarts.
     */
    public static TelegramBot start(TelegramSettings settings, Assistant assistant, UpdateJournal journal,
                                    OutboxStore outbox, Integration integration) {
        return start(settings, assistant, journal, outbox, new Messages(), Clock.systemUTC(), integration);
    }

    static TelegramBot start(TelegramSettings settings, Assistant assistant, UpdateJournal journal, OutboxStore outbox,
                             Messages messages, Clock clock) {
        return start(settings, assistant, journal, outbox, messages, clock, Integration.standalone());
    }

    private static TelegramBot start(TelegramSettings settings, Assistant assistant, UpdateJournal journal,
                                     OutboxStore outbox, Messages messages, Clock clock, Integration integration) {
        TelegramApi sendApi = TelegramApi.forSending(settings);
        sendApi.onError(integration.apiErrorCounter());
        BotIdentity identity;
        try {
            identity = BotSetup.identify(sendApi, settings);
        } catch (RuntimeException e) {
            sendApi.close();
            throw e;
        }
        TelegramBot bot = new TelegramBot(settings, sendApi, identity, assistant, journal, outbox, messages, clock,
                integration);
        bot.pollApi.onError(integration.apiErrorCounter());
        try {
            bot.begin(settings, messages);
            return bot;
        } catch (RuntimeException | InterruptedException e) {
            bot.abort();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the Telegram bot", e);
            }
            throw (RuntimeException) e;
        }
    }

    private void begin(TelegramSettings settings, Messages messages) throws InterruptedException {
        BotSetup.setCommandMenu(sendApi, messages);
        source.connect();
        learnBacklog();
        int replayed = intake.replayUnanswered();
        if (replayed > 0) {
            LOG.info("answering {} update(s) left unanswered before the last stop", replayed);
        }
        source.startPolling();
        long tick = outboxTick(settings.retry()).toMillis();
        // An OutOfMemoryError would end the outbox for good, silently: it ends the process instead (FatalErrors).
        outboxThread.scheduleWithFixedDelay(FatalErrors.surfacing(outbox), tick, tick, TimeUnit.MILLISECONDS);
        LOG.info("Telegram bot @{} started ({}) against {}", identity.username(), source.describe(), settings.apiUrl());
    }

    /**
     * Reads which chats have answers in the outbox (left by an outage before the last stop), before any
     * update is answered, so that a new answer goes behind them.
     */
    private void learnBacklog() {
        try {
            backlog.refresh();
        } catch (RuntimeException e) {
            LOG.warn("could not read the outbox ({}); its answers go out once the database answers", e.getMessage());
        }
    }

    /** How often the outbox looks for due messages: as often as the first send retry, at most once a second. */
    private static Duration outboxTick(RetryPolicy retry) {
        return retry.base().compareTo(Duration.ofSeconds(1)) < 0 ? retry.base() : Duration.ofSeconds(1);
    }

    private void purge(UpdateJournal journal, Clock clock) {
        try {
            journal.purgeAnsweredBefore(clock.instant().minus(JOURNAL_RETENTION));
        } catch (RuntimeException e) {
            LOG.warn("journal purge failed: {}", e.toString());
        }
    }

    public BotIdentity identity() {
        return identity;
    }

    /**
     * Sends replies nobody just asked for (reminders) to {@code tg:<chat_id>} conversations, through the
     * outbox when Telegram does not take them or the chat has queued answers; see {@link ReminderChannel}.
     */
    public MessageSender sender() {
        return reminders;
    }

    /** The webhook endpoint, for mounting on a shared HTTP server. */
    public WebhookHandler webhookHandler() {
        return webhookHandler;
    }

    /** The port the bot's own webhook server listens on; empty when polling. */
    public OptionalInt webhookPort() {
        return source.webhookPort();
    }

    /**
     * Stops taking updates and finishes those in flight, within {@link #STOP_GRACE}; updates still
     * queued after that stay unanswered in the journal for the next start. Returns when stopped;
     * calling it again does nothing.
     */
    public void stop() {
        stop(STOP_GRACE);
    }

    void stop(Duration grace) {
        shutdown.stop(grace);
    }

    /** Stops at once, interrupting work in flight; its updates stay unanswered in the journal. */
    void abort() {
        shutdown.abort();
    }

    /** Blocks until the bot has stopped. */
    public void awaitStopped() throws InterruptedException {
        shutdown.awaitStopped();
    }

    @Override
    public void close() {
        stop();
    }
}
