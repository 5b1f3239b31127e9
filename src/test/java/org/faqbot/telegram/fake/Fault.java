package org.faqbot.telegram.fake;

import java.time.Duration;

/**
 * A failure the fake answers with instead of handling a call, queued per method with
 * {@link FakeBotApi#failNext}; or, made by {@link #slow}, a delay before the call is handled as usual.
 *
 * @param status the HTTP status; 0 for a delay
 * @param body   the response body as sent
 * @param delay  how long the fake waits before answering
 */
public record Fault(int status, String body, Duration delay) {

    public Fault(int status, String body) {
        this(status, body, Duration.ZERO);
    }

    /** Waits {@code delay}, then handles the call normally: a slow Telegram. */
    public static Fault slow(Duration delay) {
        return new Fault(0, "", delay);
    }

    boolean delaysOnly() {
        return status == 0;
    }

    /** 429 with Telegram's body and {@code retry_after}. */
    public static Fault tooManyRequests(int retryAfterSeconds) {
        return new Fault(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}");
    }

    /** A 5xx with Telegram's JSON error body. */
    public static Fault serverError(int status) {
        return new Fault(status, "{\"ok\":false,\"error_code\":" + status + ",\"description\":\"Internal Server Error\"}");
    }

    /** A 400 with Telegram's JSON error body, e.g. {@code badRequest("can't parse entities: ...")}. */
    public static Fault badRequest(String detail) {
        return new Fault(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: "
                + detail.replace("\"", "\\\"") + "\"}");
    }

    /** A 502 with an HTML page, as a proxy in front of the Bot API sends it. */
    public static Fault badGatewayPage() {
        return new Fault(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
    }
}
