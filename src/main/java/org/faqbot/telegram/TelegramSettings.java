package org.faqbot.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.faqbot.process.WholeNumberSetting;

/**
 * How the bot talks to Telegram, read once from environment variables by {@link #fromEnv}. Every
 * value is validated there, and an error names the variable. {@link #toString()} masks the token and
 * the webhook secret.
 *
 * @param token               the bot token ({@code TELEGRAM_BOT_TOKEN})
 * @param apiUrl              the Bot API server, scheme + host + port, no path ({@code TELEGRAM_API_URL})
 * @param webhookUrl          when present the bot runs by webhook at this public URL instead of long
 *                            polling ({@code TELEGRAM_WEBHOOK_URL})
 * @param webhookSecret       the {@code secret_token} Telegram sends with every webhook request
 *                            ({@code TELEGRAM_WEBHOOK_SECRET}; generated when not set)
 * @param httpPort            the port the webhook listens on; 0 picks a free one ({@code FAQBOT_HTTP_PORT})
 * @param pollTimeout         how long one getUpdates call waits for updates ({@code TELEGRAM_POLL_TIMEOUT_SECONDS})
 * @param pollLimit           at most this many updates per getUpdates call ({@code TELEGRAM_POLL_LIMIT})
 * @param workers             threads answering updates; chats are answered in parallel up to this
 *                            ({@code TELEGRAM_WORKERS})
 * @param unrecordedAnswers   answers that may be sent, or on their way to Telegram, before their update is
 *                            recorded as answered: what a hard kill can make the bot send twice
 *                            ({@code TELEGRAM_UNRECORDED_ANSWERS}; see {@link UnrecordedAnswers})
 * @param floodLimitPerMinute messages one chat may send per sliding minute before the bot asks it to slow
 *                            down ({@code TELEGRAM_FLOOD_LIMIT_PER_MINUTE})
 * @param retry               how failed Bot API calls are retried ({@code TELEGRAM_RETRY_BASE_MILLIS},
 *                            {@code TELEGRAM_RETRY_CAP_MILLIS}, {@code TELEGRAM_SEND_ATTEMPTS})
 * @param outboxMaxAge        how long after its first try a message Telegram did not take is still sent
 *                            from the outbox; older ones are dropped ({@code TELEGRAM_OUTBOX_MAX_AGE_HOURS})
 */
public record TelegramSettings(
        String token,
        URI apiUrl,
        Optional<URI> webhookUrl,
        String webhookSecret,
        int httpPort,
        Duration pollTimeout,
        int pollLimit,
        int workers,
        int unrecordedAnswers,
        int floodLimitPerMinute,
        RetryPolicy retry,
        Duration outboxMaxAge) {

    public static final String TOKEN = "TELEGRAM_BOT_TOKEN";
    public static final String API_URL = "TELEGRAM_API_URL";
    public static final String WEBHOOK_URL = "TELEGRAM_WEBHOOK_URL";
    public static final String WEBHOOK_SECRET = "TELEGRAM_WEBHOOK_SECRET";
    public static final String HTTP_PORT = "FAQBOT_HTTP_PORT";
    public static final String POLL_TIMEOUT = "TELEGRAM_POLL_TIMEOUT_SECONDS";
    public static final String POLL_LIMIT = "TELEGRAM_POLL_LIMIT";
    public static final String WORKERS = "TELEGRAM_WORKERS";
    public static final String UNRECORDED_ANSWERS = "TELEGRAM_UNRECORDED_ANSWERS";
    public static final String FLOOD_LIMIT = "TELEGRAM_FLOOD_LIMIT_PER_MINUTE";
    public static final String RETRY_BASE = "TELEGRAM_RETRY_BASE_MILLIS";
    public static final String RETRY_CAP = "TELEGRAM_RETRY_CAP_MILLIS";
    public static final String SEND_ATTEMPTS = "TELEGRAM_SEND_ATTEMPTS";
    public static final String OUTBOX_MAX_AGE = "TELEGRAM_OUTBOX_MAX_AGE_HOURS";

    public static final String DEFAULT_API_URL = "https://api.telegram.org";

    // Telegram's own format: the bot id, a colon, then letters, digits, '_' and '-'.
    private static final Pattern TOKEN_FORMAT = Pattern.compile("\\d+:[A-Za-z0-9_-]+");
    // What Telegram accepts as secret_token: 1-256 of A-Z, a-z, 0-9, '_' and '-'.
    private static final Pattern SECRET_FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    public TelegramSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(pollTimeout, "pollTimeout");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(outboxMaxAge, "outboxMaxAge");
    }

    /**
     * Reads and validates the settings.
     *
     * @throws SettingsException naming the first variable that is missing or invalid
     */
    public static TelegramSettings fromEnv(Map<String, String> env) {
        Reader in = new Reader(env);
        String token = in.token();
        URI apiUrl = in.url(API_URL, DEFAULT_API_URL, true).orElseThrow();
        Optional<URI> webhookUrl = in.url(WEBHOOK_URL, null, false);
        String secret = in.secret();
        int port = in.integer(HTTP_PORT, 8080, 0, 65_535);
        int pollTimeout = in.integer(POLL_TIMEOUT, 50, 0, 600);
        int pollLimit = in.integer(POLL_LIMIT, 100, 1, 100);
        int workers = in.integer(WORKERS, 16, 1, 512);
        int unrecorded = in.integer(UNRECORDED_ANSWERS, 2, 1, 512);
        int flood = in.integer(FLOOD_LIMIT, 20, 1, 1_000_000);
        int base = in.integer(RETRY_BASE, 500, 1, 60_000);
        int cap = in.integer(RETRY_CAP, 30_000, base, 600_000);
        int attempts = in.integer(SEND_ATTEMPTS, 5, 1, 100);
        RetryPolicy retry = new RetryPolicy(Duration.ofMillis(base), Duration.ofMillis(cap), attempts);
        // A day: an answer a day late still answers the question; a week's would mostly confuse.
        int outboxHours = in.integer(OUTBOX_MAX_AGE, 24, 1, 24 * 7);
        return new TelegramSettings(token, apiUrl, webhookUrl, secret, port, Duration.ofSeconds(pollTimeout),
                pollLimit, workers, unrecorded, flood, retry, Duration.ofHours(outboxHours));
    }

    /** Whether Telegram pushes updates to a webhook instead of the bot polling for them. */
    public boolean webhookMode() {
        return webhookUrl.isPresent();
    }

    @Override
    public String toString() {
        return "TelegramSettings[token=" + TokenMask.MASK + ", apiUrl=" + apiUrl + ", webhookUrl=" + webhookUrl
                + ", webhookSecret=***, httpPort=" + httpPort + ", pollTimeout=" + pollTimeout
                + ", pollLimit=" + pollLimit + ", workers=" + workers + ", unrecordedAnswers=" + unrecordedAnswers
                + ", floodLimitPerMinute="
                + floodLimitPerMinute + ", retry=" + retry + ", outboxMaxAge=" + outboxMaxAge + "]";
    }

    /** Reads one variable at a time, so that each error names its variable. */
    private record Reader(Map<String, String> env) {

        Optional<String> value(String name) {
            String raw = env.get(name);
            return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.trim());
        }

        String token() {
            String token = value(TOKEN).orElseThrow(() -> new SettingsException(TOKEN
                    + " is not set: set it to the token @BotFather gave you to run the Telegram bot"));
            if (!TOKEN_FORMAT.matcher(token).matches()) {
                throw new SettingsException(TOKEN + " does not look like a bot token (digits, ':', then letters,"
                        + " digits, '_' or '-'); the value is not shown");
            }
            return token;
        }

        String secret() {
            Optional<String> secret = value(WEBHOOK_SECRET);
            if (secret.isPresent() && !SECRET_FORMAT.matcher(secret.get()).matches()) {
                throw new SettingsException(WEBHOOK_SECRET + " must be 1-256 characters of A-Z, a-z, 0-9, '_'"
                        + " and '-'; the value is not shown");
            }
            return secret.orElseGet(Reader::generatedSecret);
        }

        private static String generatedSecret() {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }

        Optional<URI> url(String name, String fallback, boolean originOnly) {
            Optional<String> raw = value(name).or(() -> Optional.ofNullable(fallback));
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            URI uri = parse(name, raw.get());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new SettingsException(name + ": '" + raw.get() + "' is not an http(s) URL with a host");
            }
            if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new SettingsException(name + ": '" + raw.get() + "' must not have user info, a query or a fragment");
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (originOnly && !path.isEmpty() && !path.equals("/")) {
                throw new SettingsException(name + ": '" + raw.get() + "' must be scheme, host and port only"
                        + " (e.g. http://127.0.0.1:8081); the client adds /bot<token>/<method> itself");
            }
            return Optional.of(uri);
        }

        private static URI parse(String name, String raw) {
            try {
                return new URI(raw);
            } catch (URISyntaxException e) {
                throw new SettingsException(name + ": '" + raw + "' is not a URL: " + e.getReason());
            }
        }

        int integer(String name, int fallback, int min, int max) {
            try {
                return WholeNumberSetting.read(name, env.get(name), fallback, min, max);
            } catch (IllegalArgumentException e) {
                throw new SettingsException(e.getMessage());
            }
        }
    }
}
