package org.faqbot.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.faqbot.dialog.Assistant;
import org.faqbot.store.Stores;
import org.faqbot.telegram.SettingsException;
import org.faqbot.telegram.TelegramBot;
import org.faqbot.telegram.TelegramSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code faqbot serve}: runs the bot on Telegram until SIGTERM or Ctrl-C, by long polling or, with
 * {@code TELEGRAM_WEBHOOK_URL} set, by webhook. Settings come from environment variables
 * ({@link TelegramSettings}); without {@code TELEGRAM_BOT_TOKEN} it refuses to start.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the bot on Telegram (needs TELEGRAM_BOT_TOKEN) until stopped with SIGTERM or Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {

    /** Exit status for a missing or invalid setting. */
    static final int BAD_SETTINGS = 2;
    /** Exit status when the bot cannot start for another reason (Bot API unreachable, port taken, ...). */
    static final int START_FAILED = 1;

    private final Map<String, String> env;
    private final Function<Stores, Assistant> core;

    @Spec
    private CommandSpec spec;

    public ServeCommand() {
        this(System.getenv(), stores -> CoreFactory.assistant(stores, System.getenv()));
    }

    ServeCommand(Map<String, String> env, Function<Stores, Assistant> core) {
        this.env = Objects.requireNonNull(env, "env");
        this.core = Objects.requireNonNull(core, "core");
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        TelegramSettings settings;
        try {
            settings = TelegramSettings.fromEnv(env);
        } catch (SettingsException e) {
            err.println("faqbot serve: " + e.getMessage());
            return BAD_SETTINGS;
        }
        Stores stores = Stores.inMemory();
        TelegramBot bot;
        try {
            bot = TelegramBot.start(settings, core.apply(stores), stores.updates());
        } catch (SettingsException e) {
            err.println("faqbot serve: " + e.getMessage());
            return BAD_SETTINGS;
        } catch (RuntimeException e) {
            err.println("faqbot serve: the Telegram bot did not start: " + e.getMessage());
            return START_FAILED;
        }
        runUntilStopped(bot);
        return 0;
    }

    /**
     * Blocks until the bot stops. On SIGTERM or Ctrl-C the shutdown hook stops it (finishing the
     * updates in flight) and ends the JVM with status 0: a JVM ended by a signal otherwise exits with
     * 128 + the signal number even after a clean stop, and supervisors read that as a crash. This is
     * the one exit outside {@code Main}, and it happens only after the bot has stopped.
     */
    private static void runUntilStopped(TelegramBot bot) throws InterruptedException {
        Thread hook = new Thread(() -> {
            bot.stop();
            Runtime.getRuntime().halt(0);
        }, "faqbot-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        bot.awaitStopped();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running already and ends the JVM itself.
        }
    }
}
