package org.faqbot.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.faqbot.process.WholeNumberSetting;

/**
 * The settings of the web side of {@code serve}: the chat page, its embedding, abuse limits and the
 * maintainers' dashboard, read once from environment variables by {@link #fromEnv}. An invalid value
 * throws {@link IllegalArgumentException} naming the variable. {@link #toString()} masks the admin token.
 *
 * @param httpPort         the port of the whole HTTP side; 0 picks a free one ({@code FAQBOT_HTTP_PORT})
 * @param adminToken       the token that opens {@code /admin}; empty: the dashboard is off ({@code FAQBOT_ADMIN_TOKEN})
 * @param embedOrigins     the sites (scheme, host, port) that may show the chat page in a frame, besides
 *                         faqbot's own ({@code FAQBOT_EMBED_ORIGINS}, comma-separated)
 * @param askPerMinute     questions one client (IP address) may send per minute to {@code /api/ask} and
 *                         {@code /api/chat} together; 0: no limit ({@code FAQBOT_RATE_LIMIT_PER_MINUTE})
 * @param maxQuestionChars the longest question accepted, in characters ({@code FAQBOT_MAX_QUESTION_CHARS})
 */
public record WebSettings(int httpPort, Optional<String> adminToken, List<String> embedOrigins, int askPerMinute, int maxQuestionChars) {

    public static final String HTTP_PORT = "FAQBOT_HTTP_PORT";
    public static final String ADMIN_TOKEN = "FAQBOT_ADMIN_TOKEN";
    public static final String EMBED_ORIGINS = "FAQBOT_EMBED_ORIGINS";
    public static final String RATE_LIMIT = "FAQBOT_RATE_LIMIT_PER_MINUTE";
    public static final String MAX_QUESTION_CHARS = "FAQBOT_MAX_QUESTION_CHARS";

    /** A token shorter than this is refused: it guards the question log. */
    static final int MIN_TOKEN_CHARS = 16;

    public WebSettings {
        Objects.requireNonNull(adminToken, "adminToken");
        embedOrigins = List.copyOf(embedOrigins);
    }

    /**
     * Any free port, no dashboard, no embedding, no rate limit, and no question bound beyond the 64 KB body
     * limit: the HTTP API as it was before the web page, for tests and benchmarks.
     */
    public static WebSettings open() {
        return new WebSettings(0, Optional.empty(), List.of(), 0, AskHandler.MAX_BODY_BYTES);
    }

    /** Reads the settings; throws {@link IllegalArgumentException} naming the first invalid variable. */
    public static WebSettings fromEnv(Map<String, String> env) {
        return new WebSettings(integer(env, HTTP_PORT, 8080, 0, 65_535), token(value(env, ADMIN_TOKEN)), origins(value(env, EMBED_ORIGINS)),
                integer(env, RATE_LIMIT, 30, 0, 100_000), integer(env, MAX_QUESTION_CHARS, 1000, 10, 60_000));
    }

    @Override
    public String toString() {
        return "WebSettings[httpPort=" + httpPort + ", adminToken=" + adminToken.map(t -> "***").orElse("none") + ", embedOrigins=" + embedOrigins
                + ", askPerMinute=" + askPerMinute + ", maxQuestionChars=" + maxQuestionChars + "]";
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String raw = env.get(name);
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.trim());
    }

    private static Optional<String> token(Optional<String> token) {
        if (token.isPresent() && token.get().length() < MIN_TOKEN_CHARS) {
            throw new IllegalArgumentException(ADMIN_TOKEN + " must be at least " + MIN_TOKEN_CHARS
                    + " characters long; the value is not shown");
        }
        return token;
    }

    private static List<String> origins(Optional<String> raw) {
        return raw.map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(WebSettings::origin).toList()).orElse(List.of());
    }

    /** {@code https://portal.example.org} as given, lower-cased; a path, query or user info is refused. */
    private static String origin(String raw) {
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(EMBED_ORIGINS + ": '" + raw + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare
                || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException(EMBED_ORIGINS + ": '" + raw
                    + "' is not an origin; give scheme, host and port only, e.g. https://portal.example.org");
        }
        return (scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())).toLowerCase(Locale.ROOT);
    }

    private static int integer(Map<String, String> env, String name, int fallback, int min, int max) {
        return WholeNumberSetting.read(name, env.get(name), fallback, min, max);
    }
}
