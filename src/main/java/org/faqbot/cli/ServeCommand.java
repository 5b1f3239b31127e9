package org.faqbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.faqbot.http.WebSettings;
import org.faqbot.process.FatalErrors;
import org.faqbot.store.StoreException;
import org.faqbot.store.StoreSettings;
import org.faqbot.telegram.SettingsException;
import org.faqbot.telegram.TelegramSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code faqbot serve}: runs the HTTP side on {@code FAQBOT_HTTP_PORT} (API, chat page, dashboard) and,
 * with {@code TELEGRAM_BOT_TOKEN}, the bot on Telegram (long polling, or webhook with
 * {@code TELEGRAM_WEBHOOK_URL}), until SIGTERM or Ctrl-C. Settings come from environment variables.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the HTTP API, chat page and dashboard, and with TELEGRAM_BOT_TOKEN the Telegram bot, until stopped with SIGTERM or Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {

    /** Exit status for a missing or invalid setting. */
    static final int BAD_SETTINGS = 2;
    /** Exit status when the bot cannot start for another reason (Bot API or database unreachable, port taken, ...). */
    static final int START_FAILED = 1;

    private final Map<String, String> env;

    @Spec
    private CommandSpec spec;

    public ServeCommand() {
        this(System.getenv());
    }

    ServeCommand(Map<String, String> env) {
        this.env = Objects.requireNonNull(env, "env");
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<TelegramSettings> telegram;
        WebSettings web;
        StoreSettings store;
        JobSettings jobs;
        try {
            telegram = hasToken(env) ? Optional.of(TelegramSettings.fromEnv(env)) : Optional.empty();
            web = WebSettings.fromEnv(env);
            store = StoreSettings.fromEnv(env);
            jobs = JobSettings.fromEnv(env);
        } catch (SettingsException | IllegalArgumentException e) {
            err.println("faqbot serve: " + e.getMessage());
            return BAD_SETTINGS;
        }
        // A thread that an OutOfMemoryError ends ends the process, for its supervisor to restart (FatalErrors).
        FatalErrors.install();
        Server server;
        try {
            server = Server.start(new Server.Settings(env, telegram, web, store, jobs, Clock.systemDefaultZone()));
        } catch (SettingsException e) {
            err.println("faqbot serve: " + e.getMessage());
            return BAD_SETTINGS;
        } catch (StoreException e) {
            err.println("faqbot serve: the database " + store.maskedUrl() + " is not usable: " + e.getMessage());
            return START_FAILED;
        } catch (IOException | RuntimeException e) {
            err.println("faqbot serve: the bot did not start: " + e.getMessage());
            return START_FAILED;
        }
        runUntilStopped(server);
        return 0;
    }

    private static boolean hasToken(Map<String, String> env) {
        String token = env.get(TelegramSettings.TOKEN);
        return token != null && !token.isBlank();
    }

    /**
     * Blocks until the server stops. On SIGTERM or Ctrl-C the shutdown hook stops it (finishing the
     * updates in flight, then closing the database) and ends the JVM with status 0: a JVM ended by a
     * signal otherwise exits with 128 + the signal number even after a clean stop, and supervisors read
     * that as a crash. This is the one exit outside {@code Main}, and it happens only after everything
     * has stopped.
     */
    private static void runUntilStopped(Server server) throws InterruptedException {
        Thread hook = new Thread(() -> {
            server.close();
            Runtime.getRuntime().halt(0);
        }, "faqbot-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        server.awaitStopped();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running already and ends the JVM itself.
        }
    }
}
