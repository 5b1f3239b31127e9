package org.faqbot.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.dialog.Metrics;
import org.faqbot.dialog.ObservedAssistant;
import org.faqbot.dialog.ReloadableAssistant;
import org.faqbot.http.HttpApi;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.store.Database;
import org.faqbot.store.ResilientStores;
import org.faqbot.store.StoreSettings;
import org.faqbot.store.Stores;
import org.faqbot.telegram.Integration;
import org.faqbot.telegram.TelegramBot;
import org.faqbot.telegram.TelegramSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything {@code faqbot serve} runs, started in order and stopped in reverse: the database, the
 * conversation core, the HTTP API, the Telegram bot, and the periodic jobs (reminders, retention,
 * knowledge-base reload).
 */
final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    /** How often FAQBOT_KB's modification time is checked. */
    private static final long RELOAD_SECONDS = 3;

    private final Database database;
    private final HttpApi http;
    private final ScheduledExecutorService jobs;
    private TelegramBot bot;

    private Server(Database database, HttpApi http, ScheduledExecutorService jobs) {
        this.database = database;
        this.http = http;
        this.jobs = jobs;
    }

    /** What {@link #start} runs with: the environment (for FAQBOT_KB), the parsed settings and the clock. */
    record Settings(Map<String, String> env, TelegramSettings telegram, StoreSettings store, JobSettings jobs, Clock clock) {
    }

    /**
     * Starts everything; on a failure what was started is stopped again.
     *
     * @throws IOException when the knowledge base cannot be read
     */
    static Server start(Settings settings) throws IOException {
        TelegramSettings telegram = settings.telegram();
        Clock clock = settings.clock();
        KnowledgeBase kb = KbSource.load(Optional.empty(), settings.env());
        Database database = Database.open(settings.store(), clock);
        ResilientStores stores = ResilientStores.wrap(database.stores(), database::available, clock);
        Metrics metrics = new Metrics();
        ReloadableAssistant core = new ReloadableAssistant(FaqAssistant.createWarmingUp(kb, stores.stores(), clock));
        StartupHeap.release();
        Assistant observed = new ObservedAssistant(core, metrics);
        HttpApi http;
        try {
            http = HttpApi.start(telegram.httpPort(), new HttpApi.Endpoints(() -> observed, metrics, () -> true, stores::available));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        Server server = new Server(database, http, Executors.newScheduledThreadPool(1, Server::jobThread));
        try {
            server.bot = TelegramBot.start(telegram, observed, stores.stores().updates(), new Integration(Optional.of(http::mount),
                    code -> metrics.increment("faqbot_telegram_api_errors_total", "code=\"" + code + "\"")));
            server.schedule(settings, core, stores.stores(), metrics);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        LOG.info("serving: HTTP API on port {}, {} entries", http.port(), kb.size());
        return server;
    }

    private void schedule(Settings settings, ReloadableAssistant core, Stores stores, Metrics metrics) throws IOException {
        long reminderMillis = settings.jobs().reminderInterval().toMillis();
        jobs.scheduleWithFixedDelay(guarded("reminders", () -> metrics.add("faqbot_reminders_sent_total", "",
                core.current().reminderSender(bot.sender()).sendDue())), reminderMillis, reminderMillis, TimeUnit.MILLISECONDS);
        jobs.scheduleWithFixedDelay(guarded("retention", () -> database.retention().run()), 1, 24 * 60, TimeUnit.MINUTES);
        jobs.scheduleWithFixedDelay(guarded("expired questions", () -> stores.conversations().purgeExpired(
                settings.clock().instant().minus(org.faqbot.dialog.DialogSettings.PENDING_TTL))), 5, 5, TimeUnit.MINUTES);
        String kbFile = settings.env().get("FAQBOT_KB");
        if (kbFile != null && !kbFile.isBlank() && kbFile.endsWith(".json")) {
            KbReloader reloader = new KbReloader(Path.of(kbFile), core, kb -> FaqAssistant.createWarmingUp(kb, stores, settings.clock()));
            jobs.scheduleWithFixedDelay(guarded("reload", reloader::check), RELOAD_SECONDS, RELOAD_SECONDS, TimeUnit.SECONDS);
        }
    }

    int httpPort() {
        return http.port();
    }

    void awaitStopped() throws InterruptedException {
        bot.awaitStopped();
    }

    /** Stops taking updates, finishes those in flight, then stops the jobs, the HTTP API and the database. */
    @Override
    public void close() {
        if (bot != null) {
            bot.stop();
        }
        jobs.shutdownNow();
        http.close();
        database.close();
    }

    private static Runnable guarded(String name, Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.warn("{} job failed: {}", name, e.toString());
            }
        };
    }

    private static Thread jobThread(Runnable runnable) {
        Thread thread = new Thread(runnable, "faqbot-jobs");
        thread.setDaemon(true);
        return thread;
    }
}
