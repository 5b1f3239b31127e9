package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aReloadIsCheckedAgainstTheHeapUnlessForced() {
        assertFalse(JobSettings.fromEnv(Map.of()).forceReload());
        assertFalse(JobSettings.fromEnv(Map.of("FAQBOT_KB_RELOAD", "checked")).forceReload());
        assertTrue(JobSettings.fromEnv(Map.of("FAQBOT_KB_RELOAD", " Force ")).forceReload());
    }

    @Test
    void anUnknownReloadModeNamesTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobSettings.fromEnv(Map.of("FAQBOT_KB_RELOAD", "yes")));

        assertEquals("FAQBOT_KB_RELOAD must be 'checked' or 'force', was 'yes'", e.getMessage());
    }
}
