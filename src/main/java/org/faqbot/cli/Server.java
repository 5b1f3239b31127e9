package org.faqbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.DialogSettings;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.dialog.Metrics;
import org.faqbot.dialog.ObservedAssistant;
import org.faqbot.dialog.RecentErrors;
import org.faqbot.dialog.ReloadableAssistant;
import org.faqbot.http.Dashboard;
import org.faqbot.http.HttpApi;
import org.faqbot.http.WebSettings;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.process.FatalErrors;
import org.faqbot.search.EncoderLoader;
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
 * conversation core, the HTTP side (API, chat page, dashboard), the Telegram bot when there is a
 * token, and the periodic jobs (reminders, retention, knowledge-base reload).
 */
final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    /** How often FAQBOT_KB's modification time is checked. */
    private static final long RELOAD_SECONDS = 3;

    private final Database database;
    private final HttpApi http;
    private final ScheduledExecutorService jobs;
    private final RecentErrors errors;
    private final CountDownLatch closed = new CountDownLatch(1);
    private Optional<TelegramBot> bot = Optional.empty();

    private Server(Database database, HttpApi http, ScheduledExecutorService jobs, RecentErrors errors) {
        this.database = database;
        this.http = http;
        this.jobs = jobs;
        this.errors = errors;
    }

    /**
     * What {@link #start} runs with: the environment (for FAQBOT_KB), the parsed settings and the clock.
     *
     * @param telegram empty without {@code TELEGRAM_BOT_TOKEN}: only the HTTP side runs
     */
    record Settings(Map<String, String> env, Optional<TelegramSettings> telegram, WebSettings web, StoreSettings store,
            JobSettings jobs, Clock clock) {

        /** With a Telegram bot, and the web settings read from {@code env}. */
        Settings(Map<String, String> env, TelegramSettings telegram, StoreSettings store, JobSettings jobs, Clock clock) {
            this(env, Optional.of(telegram), WebSettings.fromEnv(env), store, jobs, clock);
        }
    }

    /**
     * Starts everything; on a failure what was started is stopped again.
     *
     * @throws IOException when the knowledge base cannot be read
     */
    static Server start(Settings settings) throws IOException {
        Clock clock = settings.clock();
        // The model loads while the knowledge base is read and the database opened.
        EncoderLoader.start();
        Optional<Path> reloaded = reloadedFile(settings.env());
        // What the core adds to the heap, for judging whether a reload's second core fits (HeapRoom).
        Optional<HeapRoom.Measure> coreHeap = reloaded.map(file -> HeapRoom.measure(HeapRoom.JVM));
        KnowledgeBase kb = KbSource.load(Optional.empty(), settings.env());
        Database database = Database.open(settings.store(), clock);
        ResilientStores stores = ResilientStores.wrap(database.stores(), database::available, clock);
        Metrics metrics = new Metrics();
        RecentErrors errors = new RecentErrors(clock);
        ReloadableAssistant core = new ReloadableAssistant(FaqAssistant.createWarmingUp(kb, stores.stores(), clock));
        StartupHeap.release();
        Optional<HeapRoom> room = coreHeap.map(measure -> measure.done(fileSize(reloaded.get())));
        Assistant observed = new ObservedAssistant(core, metrics);
        AtomicReference<Dashboard.KbStatus> kbStatus = new AtomicReference<>(
                new Dashboard.KbStatus(kbSource(settings.env()), kb.size(), clock.instant()));
        Dashboard dashboard = new Dashboard(database.stores().questions(), clock, kbStatus::get, errors);
        HttpApi http;
        try {
            http = HttpApi.start(settings.web().httpPort(), new HttpApi.Endpoints(() -> observed, metrics, () -> true, stores::available),
                    new HttpApi.Web(settings.web(), Optional.of(dashboard)));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        Server server = new Server(database, http, Executors.newScheduledThreadPool(1, Server::jobThread), errors);
        try {
            if (settings.telegram().isPresent()) {
                server.bot = Optional.of(TelegramBot.start(settings.telegram().get(), observed, stores.stores().updates(),
                        stores.stores().outbox(), new Integration(Optional.of(http::mount), code -> {
                            metrics.increment("faqbot_telegram_api_errors_total", "code=\"" + code + "\"");
                            errors.record("telegram", "Bot API error " + code);
                        })));
            }
            server.schedule(settings, core, stores.stores(), metrics, kbStatus, room);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        LOG.info("serving: HTTP on port {} (chat page at /, dashboard {}), {} entries, Telegram {}", http.port(),
                settings.web().adminToken().isPresent() ? "at /admin" : "off", kb.size(),
                settings.telegram().isPresent() ? "on" : "off (no " + TelegramSettings.TOKEN + ")");
        return server;
    }

    private void schedule(Settings settings, ReloadableAssistant core, Stores stores, Metrics metrics,
            AtomicReference<Dashboard.KbStatus> kbStatus, Optional<HeapRoom> room) throws IOException {
        if (bot.isPresent()) {
            long reminderMillis = settings.jobs().reminderInterval().toMillis();
            jobs.scheduleWithFixedDelay(guarded("reminders", () -> metrics.add("faqbot_reminders_sent_total", "",
                    core.current().reminderSender(bot.get().sender()).sendDue())), reminderMillis, reminderMillis, TimeUnit.MILLISECONDS);
        }
        jobs.scheduleWithFixedDelay(guarded("retention", () -> database.retention().run()), 1, 24 * 60, TimeUnit.MINUTES);
        jobs.scheduleWithFixedDelay(guarded("expired questions", () -> stores.conversations().purgeExpired(
                settings.clock().instant().minus(DialogSettings.PENDING_TTL))), 5, 5, TimeUnit.MINUTES);
        if (room.isPresent()) {
            String kbFile = settings.env().get("FAQBOT_KB");
            KbReloader reloader = new KbReloader(Path.of(kbFile), core, kb -> {
                FaqAssistant next = FaqAssistant.createWarmingUp(kb, stores, settings.clock());
                kbStatus.set(new Dashboard.KbStatus(kbFile, kb.size(), settings.clock().instant()));
                return next;
            }, message -> errors.record("reload", message), StartupHeap::release, room.get(), settings.jobs().forceReload());
            jobs.scheduleWithFixedDelay(guarded("reload", reloader::check), RELOAD_SECONDS, RELOAD_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** The file {@code serve} watches: FAQBOT_KB when it names a {@code .json} file. */
    private static Optional<Path> reloadedFile(Map<String, String> env) {
        String kbFile = env.get("FAQBOT_KB");
        return kbFile != null && !kbFile.isBlank() && kbFile.endsWith(".json") ? Optional.of(Path.of(kbFile)) : Optional.empty();
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // read a moment ago; gone now: the first reload is not judged
        }
    }

    private static String kbSource(Map<String, String> env) {
        String file = env.get("FAQBOT_KB");
        return file == null || file.isBlank() ? KbSource.DEFAULT_RESOURCE + " (in the jar)" : file;
    }

    int httpPort() {
        return http.port();
    }

    /** Blocks until the Telegram bot has stopped, or without a bot until {@link #close} ran. */
    void awaitStopped() throws InterruptedException {
        if (bot.isPresent()) {
            bot.get().awaitStopped();
        } else {
            closed.await();
        }
    }

    /** Stops taking updates, finishes those in flight, then stops the jobs, the HTTP side and the database. */
    @Override
    public void close() {
        bot.ifPresent(TelegramBot::stop);
        jobs.shutdownNow();
        http.close();
        database.close();
        closed.countDown();
    }

    /**
     * {@code job} as a periodic job: a failure is logged and the job runs again next time; an
     * {@link OutOfMemoryError} ends the process ({@link FatalErrors}) rather than the job for good (the reload
     * catches its own build's, see {@link KbReloader}).
     */
    private Runnable guarded(String name, Runnable job) {
        return FatalErrors.surfacing(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.warn("{} job failed: {}", name, e.toString());
                errors.record(name, e.toString());
            }
        });
    }

    private static Thread jobThread(Runnable runnable) {
        Thread thread = new Thread(runnable, "faqbot-jobs");
        thread.setDaemon(true);
        return thread;
    }
}
