package org.faqbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * One Bot API server: a typed telegrambots request in, its typed result or a
 * {@link TelegramCallException} out. {@link #call} tries once; {@link #callWithRetry} waits out 429s
 * ({@code retry_after}) and retries 5xx and network errors with backoff. Thread-safe.
 *
 * <p>Requests are sent on the calling thread: each is the method's own JSON (as the telegrambots
 * client writes it) POSTed with OkHttp, and the answer is read by the method's own
 * {@code deserializeResponse}. The client's {@code executeAsync} instead hands every call to OkHttp's
 * dispatcher thread and back through a future; under load that hand-off and the dispatcher's lock cost
 * about a third of the throughput (see the telegram benchmark). The client itself is kept for
 * setWebhook, which it sends as multipart.
 */
final class TelegramApi implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    // Configured like the telegrambots client's own mapper; the method classes carry their annotations.
    private final ObjectMapper mapper = new ObjectMapper();
    private final OkHttpClient http;
    private final HttpUrl botUrl;
    private final OkHttpTelegramClient client;
    private final TokenMask mask;
    private final CallFailures failures;
    private final CallRetry retry;

    private TelegramApi(OkHttpClient http, String token, URI apiUrl, RetryPolicy retry) {
        TelegramUrl url = telegramUrl(apiUrl);
        this.http = http;
        this.botUrl = new HttpUrl.Builder().scheme(url.getSchema()).host(url.getHost()).port(url.getPort())
                .addPathSegment("bot" + token).build();
        this.client = new OkHttpTelegramClient(http, token, url);
        this.mask = new TokenMask(token);
        this.failures = new CallFailures(mask);
        this.retry = new CallRetry(retry);
    }

    /** The client for sends: its connection pool keeps a connection per worker. */
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

    private static OkHttpClient httpClient(int connections, Duration readTimeout) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(connections);
        dispatcher.setMaxRequestsPerHost(connections);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(connections, 5, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .writeTimeout(Duration.ofSeconds(30))
                .readTimeout(readTimeout)
                .build();
    }

    private static TelegramUrl telegramUrl(URI apiUrl) {
        String scheme = apiUrl.getScheme().toLowerCase(Locale.ROOT);
        int port = apiUrl.getPort() >= 0 ? apiUrl.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    TokenMask mask() {
        return mask;
    }

    /** Tells {@code listener} the error code of every failed call, for metrics. */
    void onError(Consumer<String> listener) {
        failures.onError(listener);
    }

    RetryPolicy retryPolicy() {
        return retry.policy();
    }

    /** Calls {@code method} once. */
    <T extends Serializable> T call(BotApiMethod<T> method) {
        return call(method, true);
    }

    /**
     * Calls {@code method} once for its effect: a successful answer's result (for sendMessage the whole
     * message, text and buttons included) is not read into objects. That reading was a twentieth of the
     * bot's CPU under load, for a result nobody looked at; a failed answer is read as {@link #call} reads it.
     */
    void send(BotApiMethod<?> method) {
        call(method, false);
    }

    private <T extends Serializable> T call(BotApiMethod<T> method, boolean readResult) {
        try {
            ApiAnswer answer = post(method);
            if (!readResult && answer.ok()) {
                return null;
            }
            return method.deserializeResponse(answer.text());
        } catch (TelegramApiException | IOException e) {
            throw failures.counted(method.getMethod(), e);
        }
    }

    /**
     * Calls {@code method} once and returns its result as JSON, not read into telegrambots objects: for
     * getUpdates, whose updates are read one by one so that one the library cannot read does not fail the
     * others ({@link UpdateCodec}). A failed answer is read as {@link #call} reads it.
     */
    JsonNode callForJson(BotApiMethod<?> method) {
        try {
            ApiAnswer answer = post(method);
            JsonNode tree = answer.ok() ? mapper.readTree(answer.body()) : null;
            if (tree != null && tree.has("result")) {
                return tree.get("result");
            }
            method.deserializeResponse(answer.text());
            throw new IOException("an answer without a result");
        } catch (TelegramApiException | IOException e) {
            throw failures.counted(method.getMethod(), e);
        }
    }

    private ApiAnswer post(BotApiMethod<?> method) throws TelegramApiException, IOException {
        method.validate();
        Request request = new Request.Builder()
                .url(botUrl.newBuilder().addPathSegment(method.getMethod()).build())
                .post(RequestBody.create(mapper.writeValueAsBytes(method), JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (body == null) {
                throw new IOException("empty answer with HTTP status " + response.code());
            }
            return new ApiAnswer(response.code(), body.bytes());
        }
    }

    /** Calls setWebhook once, through the telegrambots client (it is a multipart method). */
    boolean setWebhook(SetWebhook method) {
        try {
            return client.executeAsync(method).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramCallException(method.getMethod(), OptionalInt.empty(), "interrupted", Optional.empty());
        } catch (ExecutionException e) {
            throw failures.translate(method.getMethod(), e.getCause());
        }
    }

    /**
     * Calls {@code method}, retrying what is worth retrying up to the policy's attempts.
     *
     * @throws TelegramCallException the last failure; also when the thread is interrupted while waiting,
     *                               with the interrupt flag set
     */
    <T extends Serializable> T callWithRetry(BotApiMethod<T> method) {
        return retry.run(method.getMethod(), () -> call(method, true), RetryPause::sleep);
    }

    /** {@link #send} with {@link #callWithRetry}'s retries. */
    void sendWithRetry(BotApiMethod<?> method) {
        sendWithRetry(method, RetryPause::sleep);
    }

    /** {@link #sendWithRetry(BotApiMethod)} that waits between attempts with {@code pause}. */
    void sendWithRetry(BotApiMethod<?> method, RetryPause pause) {
        retry.run(method.getMethod(), () -> call(method, false), pause);
    }

    /** Cancels every call in flight on this client: a long poll when stopping, sends when aborting. */
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
