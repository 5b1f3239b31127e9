package org.faqbot.cli;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How often {@code serve}'s periodic jobs run, read once from the environment.
 *
 * @param reminderInterval how often due reminders are looked for ({@code FAQBOT_REMINDER_INTERVAL_SECONDS},
 *                         default 30 s); a reminder goes out at most this late
 */
record JobSettings(Duration reminderInterval) {

    static final String REMINDER_INTERVAL = "FAQBOT_REMINDER_INTERVAL_SECONDS";
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
        String text = env.getOrDefault(REMINDER_INTERVAL, "").strip();
        if (text.isEmpty()) {
            return new JobSettings(Duration.ofSeconds(DEFAULT_SECONDS));
        }
        try {
            int seconds = Integer.parseInt(text);
            if (seconds >= 1 && seconds <= MAX_SECONDS) {
                return new JobSettings(Duration.ofSeconds(seconds));
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new IllegalArgumentException(REMINDER_INTERVAL + " must be a whole number of seconds from 1 to "
                + MAX_SECONDS + ", was '" + text + "'");
    }
}
