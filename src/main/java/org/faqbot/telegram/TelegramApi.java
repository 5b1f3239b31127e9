package org.faqbot.telegram;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * One Bot API server, reached through the telegrambots client: a typed request in, a typed result or
 * a {@link TelegramCallException} out. {@link #call} tries once; {@link #callWithRetry} waits out
 * 429s ({@code retry_after}) and retries 5xx and network errors with backoff. Thread-safe.
 */
final class TelegramApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramApi.class);

    private final OkHttpClient http;
    private final OkHttpTelegramClient client;
    private final TokenMask mask;
    private final RetryPolicy retry;

    private TelegramApi(OkHttpClient http, String token, URI apiUrl, RetryPolicy retry) {
        this.http = http;
        this.client = new OkHttpTelegramClient(http, token, telegramUrl(apiUrl));
        this.mask = new TokenMask(token);
        this.retry = retry;
    }

    /**
     * The client for sends: its connection pool and dispatcher allow one request per worker at once
     * (OkHttp's default of 5 per host would queue the others).
     */
    static TelegramApi forSending(TelegramSettings settings) {
        return new TelegramApi(httpClient(settings.workers() + 8, Duration.ofSeconds(30)),
                settings.token(), settings.apiUrl(), settings.retry());
    }

    /**
     * A client of its own for getUpdates, so that stopping can cancel a long poll without cancelling
     * sends; it reads for longer than the long-poll timeout.
     */
    static TelegramApi forPolling(TelegramSettings settings) {
        return new TelegramApi(httpClient(2, settings.pollTimeout().plusSeconds(20)),
                settings.token(), settings.apiUrl(), settings.retry());
    }

    private static OkHttpClient httpClient(int concurrency, Duration readTimeout) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(concurrency);
        dispatcher.setMaxRequestsPerHost(concurrency);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(concurrency, 5, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .writeTimeout(Duration.ofSeconds(30))
                .readTimeout(readTimeout)
                .build();
    }

    private static TelegramUrl telegramUrl(URI apiUrl) {
        String scheme = apiUrl.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = apiUrl.getPort() >= 0 ? apiUrl.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    TokenMask mask() {
        return mask;
    }

    RetryPolicy retryPolicy() {
        return retry;
    }

    /** Calls {@code method} once. */
    <T extends Serializable> T call(BotApiMethod<T> method) {
        try {
            return await(method.getMethod(), client.executeAsync(method));
        } catch (TelegramApiException e) {
            throw translate(method.getMethod(), e);
        }
    }

    /** Calls setWebhook once (a multipart method, so it has its own overload in the client). */
    boolean setWebhook(SetWebhook method) {
        return await(method.getMethod(), client.executeAsync(method));
    }

    /**
     * Calls {@code method}, retrying what is worth retrying up to the policy's attempts.
     *
     * @throws TelegramCallException the last failure; also when the thread is interrupted while waiting,
     *                               with the interrupt flag set
     */
    <T extends Serializable> T callWithRetry(BotApiMethod<T> method) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call(method);
            } catch (TelegramCallException e) {
                if (!e.retryable() || attempt >= retry.maxAttempts() || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                Duration wait = e.retryAfter().orElse(retry.delayBefore(attempt));
                LOG.info("{} attempt {} failed ({}); retrying in {} ms", method.getMethod(), attempt,
                        e.getMessage(), wait.toMillis());
                sleep(wait, e);
            }
        }
    }

    private static void sleep(Duration wait, TelegramCallException failure) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private <T> T await(String method, CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new TelegramCallException(method, OptionalInt.empty(), "interrupted", Optional.empty());
        } catch (ExecutionException e) {
            throw translate(method, e.getCause());
        }
    }

    private TelegramCallException translate(String method, Throwable error) {
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

    /** Cancels every call in flight on this client (a long poll, when stopping). */
    void cancelAll() {
        http.dispatcher().cancelAll();
    }

    @Override
    public void close() {
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
