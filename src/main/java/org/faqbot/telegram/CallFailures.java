package org.faqbot.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * Turns what a Bot API call threw (the telegrambots client's exceptions, I/O errors) into a
 * {@link TelegramCallException} with the token masked, and tells a listener each failure's code for metrics.
 * Thread-safe.
 */
final class CallFailures {

    private final TokenMask mask;
    private volatile Consumer<String> errorListener = code -> { };

    CallFailures(TokenMask mask) {
        this.mask = mask;
    }

    /** Tells {@code listener} the error code of every failure {@link #counted} sees. */
    void onError(Consumer<String> listener) {
        this.errorListener = listener;
    }

    /** {@link #translate}, told to the listener: {@code "429"}, {@code "network"}, .... */
    TelegramCallException counted(String method, Exception e) {
        TelegramCallException failure = translate(method, e);
        errorListener.accept(failure.errorCode().isPresent() ? String.valueOf(failure.errorCode().getAsInt()) : "network");
        return failure;
    }

    /** The failure of {@code method}, with Telegram's error code and {@code retry_after} when it sent them. */
    TelegramCallException translate(String method, Throwable error) {
        // The client reports an unreadable answer (a proxy's HTML error page) as error code 0.
        if (error instanceof TelegramApiRequestException r && r.getErrorCode() != null && r.getErrorCode() > 0) {
            Optional<Duration> retryAfter = Optional.ofNullable(r.getParameters())
                    .map(p -> p.getRetryAfter())
                    .map(Duration::ofSeconds);
            String description = r.getApiResponse() == null ? "(no description)" : mask.mask(r.getApiResponse());
            return new TelegramCallException(method, OptionalInt.of(r.getErrorCode()), description, retryAfter);
        }
        if (error instanceof TelegramApiValidationException) {
            // Refused by the client before sending: as final as Telegram's own 400.
            return new TelegramCallException(method, OptionalInt.of(400),
                    "refused by the client: " + mask.describe(error), Optional.empty());
        }
        String kind = error instanceof IOException ? "network error: " : "";
        return new TelegramCallException(method, OptionalInt.empty(), kind + mask.describe(error), Optional.empty());
    }
}
