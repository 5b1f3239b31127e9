package org.faqbot.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.faqbot.process.WholeNumberSetting;

/**
 * How {@code serve}'s periodic jobs run, read once from the environment.
 *
 * @param reminderInterval how often due reminders are looked for ({@code FAQBOT_REMINDER_INTERVAL_SECONDS},
 *                         default 30 s); a reminder goes out at most this late
 * @param forceReload      {@code FAQBOT_KB_RELOAD=force}: a changed knowledge base is built even when its index
 *                         is not expected to fit in the heap beside the one answering ({@link HeapRoom}); by
 *                         default ({@code checked}) such a reload is refused and logged
 */
record JobSettings(Duration reminderInterval, boolean forceReload) {

    static final String REMINDER_INTERVAL = "FAQBOT_REMINDER_INTERVAL_SECONDS";
    static final String KB_RELOAD = "FAQBOT_KB_RELOAD";
    private static final int DEFAULT_SECONDS = 30;
    private static final int MAX_SECONDS = 3600;

    JobSettings {
        Objects.requireNonNull(reminderInterval, "reminderInterval");
    }

    /**
     * Reads the settings.
     *
     * @throws IllegalArgumentException naming the variable and its value when one is invalid
     */
    static JobSettings fromEnv(Map<String, String> env) {
        return new JobSettings(reminderInterval(env), forceReload(env));
    }

    private static Duration reminderInterval(Map<String, String> env) {
        return Duration.ofSeconds(WholeNumberSetting.read(REMINDER_INTERVAL, env.get(REMINDER_INTERVAL), DEFAULT_SECONDS, 1,
                MAX_SECONDS, "seconds"));
    }

    private static boolean forceReload(Map<String, String> env) {
        String text = env.getOrDefault(KB_RELOAD, "").strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "", "checked" -> false;
            case "force" -> true;
            default -> throw new IllegalArgumentException(KB_RELOAD + " must be 'checked' or 'force', was '" + text + "'");
        };
    }
}
