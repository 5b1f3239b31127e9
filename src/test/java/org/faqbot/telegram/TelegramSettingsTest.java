package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TelegramSettingsTest {

    private static final String TOKEN = "123456:ABCdef_ghi-JKLmnoPQRstuVWXyz01234";

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("TELEGRAM_BOT_TOKEN", TOKEN);
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static String error(Map<String, String> env) {
        return assertThrows(SettingsException.class, () -> TelegramSettings.fromEnv(env)).getMessage();
    }

    @Test
    void missingTokenNamesTheVariable() {
        String message = error(Map.of());

        assertEquals("TELEGRAM_BOT_TOKEN is not set: set it to the token @BotFather gave you to run the Telegram bot",
                message);
    }

    @Test
    void malformedTokenIsRejectedWithoutQuotingIt() {
        String message = error(env("TELEGRAM_BOT_TOKEN", "not a token/secret"));

        assertEquals("TELEGRAM_BOT_TOKEN does not look like a bot token (digits, ':', then letters, digits, '_' or '-');"
                + " the value is not shown", message);
    }

    @Test
    void apiUrlWithAPathIsRejected() {
        String message = error(env("TELEGRAM_API_URL", "http://127.0.0.1:8081/bot"));

        assertEquals("TELEGRAM_API_URL: 'http://127.0.0.1:8081/bot' must be scheme, host and port only"
                + " (e.g. http://127.0.0.1:8081); the client adds /bot<token>/<method> itself", message);
    }

    @Test
    void apiUrlThatIsNotHttpIsRejected() {
        String message = error(env("TELEGRAM_API_URL", "ftp://files.example.com"));

        assertEquals("TELEGRAM_API_URL: 'ftp://files.example.com' is not an http(s) URL with a host", message);
    }

    @Test
    void unparsableWebhookUrlIsQuoted() {
        String message = error(env("TELEGRAM_WEBHOOK_URL", "https://bot example.com/hook"));

        assertTrue(message.startsWith("TELEGRAM_WEBHOOK_URL: 'https://bot example.com/hook' is not a URL"), message);
    }

    @Test
    void portOutOfRangeNamesTheVariableAndRange() {
        String message = error(env("FAQBOT_HTTP_PORT", "70000"));

        assertEquals("FAQBOT_HTTP_PORT must be a whole number from 0 to 65535, was '70000'", message);
    }

    @Test
    void noUnrecordedAnswersAtAllIsRejected() {
        String message = error(env("TELEGRAM_UNRECORDED_ANSWERS", "0"));

        assertEquals("TELEGRAM_UNRECORDED_ANSWERS must be a whole number from 1 to 512, was '0'", message);
    }

    @Test
    void nonNumericSettingIsQuoted() {
        String message = error(env("TELEGRAM_POLL_LIMIT", "lots"));

        assertEquals("TELEGRAM_POLL_LIMIT must be a whole number from 1 to 100, was 'lots'", message);
    }

    @Test
    void badWebhookSecretIsRejectedWithoutQuotingIt() {
        String message = error(env("TELEGRAM_WEBHOOK_SECRET", "has spaces and ümlauts"));

        assertFalse(message.contains("ümlauts"), message);
        assertTrue(message.startsWith("TELEGRAM_WEBHOOK_SECRET must be 1-256 characters"), message);
    }

    @Test
    void defaultsApplyWhenOnlyTheTokenIsSet() {
        TelegramSettings settings = TelegramSettings.fromEnv(env());

        assertEquals("https://api.telegram.org", settings.apiUrl().toString());
        assertFalse(settings.webhookMode());
        assertEquals(8080, settings.httpPort());
        assertEquals(Duration.ofSeconds(50), settings.pollTimeout());
        assertEquals(100, settings.pollLimit());
        assertEquals(16, settings.workers());
        assertEquals(2, settings.unrecordedAnswers());
        assertEquals(20, settings.floodLimitPerMinute());
        assertEquals(RetryPolicy.standard(), settings.retry());
        assertEquals(Duration.ofHours(24), settings.outboxMaxAge());
    }

    @Test
    void outboxAgeIsHoursUpToAWeek() {
        SettingsException e = assertThrows(SettingsException.class,
                () -> TelegramSettings.fromEnv(env("TELEGRAM_OUTBOX_MAX_AGE_HOURS", "169")));

        assertEquals("TELEGRAM_OUTBOX_MAX_AGE_HOURS must be a whole number from 1 to 168, was '169'", e.getMessage());
    }

    @Test
    void webhookSecretIsGeneratedWhenNotSet() {
        String first = TelegramSettings.fromEnv(env()).webhookSecret();
        String second = TelegramSettings.fromEnv(env()).webhookSecret();

        assertTrue(first.matches("[A-Za-z0-9_-]{43}"), first);
        assertNotEquals(first, second);
    }

    @Test
    void toStringShowsNeitherTokenNorSecret() {
        TelegramSettings settings = TelegramSettings.fromEnv(env("TELEGRAM_WEBHOOK_SECRET", "s3cret-value"));

        String text = settings.toString();

        assertFalse(text.contains(TOKEN), text);
        assertFalse(text.contains("s3cret-value"), text);
    }
}
