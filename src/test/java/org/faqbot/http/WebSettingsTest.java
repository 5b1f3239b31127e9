package org.faqbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebSettingsTest {

    @Test
    void defaultsAreNoDashboardThirtyQuestionsAMinuteAndAThousandCharacters() {
        WebSettings settings = WebSettings.fromEnv(Map.of());

        assertEquals(new WebSettings(8080, Optional.empty(), List.of(), 30, 1000), settings);
    }

    @Test
    void embedOriginsAreReadAsOrigins() {
        WebSettings settings = WebSettings.fromEnv(Map.of(WebSettings.EMBED_ORIGINS, "https://Portal.example.org, http://localhost:8081/"));

        assertEquals(List.of("https://portal.example.org", "http://localhost:8081"), settings.embedOrigins());
    }

    @Test
    void anEmbedOriginWithAPathIsRefusedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WebSettings.fromEnv(Map.of(WebSettings.EMBED_ORIGINS, "https://portal.example.org/faq")));

        assertEquals("FAQBOT_EMBED_ORIGINS: 'https://portal.example.org/faq' is not an origin; give scheme, host and port only,"
                + " e.g. https://portal.example.org", e.getMessage());
    }

    @Test
    void aShortAdminTokenIsRefusedWithoutShowingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WebSettings.fromEnv(Map.of(WebSettings.ADMIN_TOKEN, "secret")));

        assertEquals("FAQBOT_ADMIN_TOKEN must be at least 16 characters long; the value is not shown", e.getMessage());
    }

    @Test
    void aRateLimitThatIsNoNumberNamesTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WebSettings.fromEnv(Map.of(WebSettings.RATE_LIMIT, "lots")));

        assertEquals("FAQBOT_RATE_LIMIT_PER_MINUTE must be a whole number from 0 to 100000, was 'lots'", e.getMessage());
    }

    @Test
    void toStringMasksTheAdminToken() {
        WebSettings settings = WebSettings.fromEnv(Map.of(WebSettings.ADMIN_TOKEN, "a-very-secret-admin-token"));

        assertFalse(settings.toString().contains("a-very-secret-admin-token"), settings.toString());
    }
}
