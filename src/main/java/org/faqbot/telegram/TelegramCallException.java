package org.faqbot.telegram;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Bot API call failed. Carries Telegram's error code and description when Telegram answered, and
 * never the token: the message is masked and the client's own exception (whose text may hold the
 * request URL) is not kept as the cause.
 */
public final class TelegramCallException extends RuntimeException {

    private final String method;
    private final OptionalInt errorCode;
    private final Optional<Duration> retryAfter;

    /**
     * @param method      the Bot API method, e.g. {@code sendMessage}
     * @param errorCode   Telegram's {@code error_code}; empty for network errors and unreadable answers
     * @param description Telegram's description or the masked network error
     * @param retryAfter  Telegram's {@code retry_after} for 429 answers
     */
    public TelegramCallException(String method, OptionalInt errorCode, String description, Optional<Duration> retryAfter) {
        super(method + " failed" + (errorCode.isPresent() ? " (" + errorCode.getAsInt() + ")" : "") + ": " + description);
        this.method = method;
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
    }

    public String method() {
        return method;
    }

    public OptionalInt errorCode() {
        return errorCode;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** 429, 5xx, network errors and unreadable answers are worth retrying; 4xx answers are not. */
    public boolean retryable() {
        return errorCode.isEmpty() || errorCode.getAsInt() == 429 || errorCode.getAsInt() >= 500;
    }

    /** Telegram could not parse the HTML of the message ("can't parse entities"). */
    public boolean htmlRejected() {
        return errorCode.orElse(0) == 400 && getMessage().toLowerCase(java.util.Locale.ROOT).contains("can't parse entities");
    }
}
