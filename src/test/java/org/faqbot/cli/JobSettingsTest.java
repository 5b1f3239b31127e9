package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobSettingsTest {

    @Test
    void remindersAreLookedForEveryThirtySecondsByDefault() {
        JobSettings settings = JobSettings.fromEnv(Map.of());

        assertEquals(Duration.ofSeconds(30), settings.reminderInterval());
    }

    @Test
    void reminderIntervalIsReadInSeconds() {
        JobSettings settings = JobSettings.fromEnv(Map.of("FAQBOT_REMINDER_INTERVAL_SECONDS", " 5 "));

        assertEquals(Duration.ofSeconds(5), settings.reminderInterval());
    }

    @Test
    void reminderIntervalThatIsNotANumberNamesTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobSettings.fromEnv(Map.of("FAQBOT_REMINDER_INTERVAL_SECONDS", "30s")));

        assertEquals("FAQBOT_REMINDER_INTERVAL_SECONDS must be a whole number of seconds from 1 to 3600, was '30s'",
                e.getMessage());
    }

    @Test
    void reminderIntervalOfZeroIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobSettings.fromEnv(Map.of("FAQBOT_REMINDER_INTERVAL_SECONDS", "0")));

        assertEquals("FAQBOT_REMINDER_INTERVAL_SECONDS must be a whole number of seconds from 1 to 3600, was '0'",
                e.getMessage());
    }
}
