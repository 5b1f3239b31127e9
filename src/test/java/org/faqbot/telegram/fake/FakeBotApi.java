package org.faqbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Telegram Bot API server on a free loopback port. Tests play the users ({@link #sendText},
 * {@link #pressButton}, {@link #inlineQuery}, ...), the bot talks to it over HTTP like to Telegram,
 * and tests then read what it recorded ({@link #calls}, {@link #sentTo}) or wait for it
 * ({@link #awaitSent}, {@link #awaitCall}). Faults are queued per method with {@link #failNext}, a
 * delay for every call of a method set with {@link #delayEvery}, an outage with {@link #outage}.
 *
 * <p>Implements getMe, getUpdates (long polling, offset confirmation, 409 for a second poller or an
 * active webhook), sendMessage, editMessageText, answerCallbackQuery, answerInlineQuery,
 * setMyCommands, getMyCommands, deleteWebhook, setWebhook (then pushes updates to the webhook with
 * the secret header until it answers 2xx), getWebhookInfo and sendChatAction. Unknown methods get 404,
 * a wrong token 401, as on Telegram.
 */
public final class FakeBotApi implements AutoCloseable {

    /** The token the fake accepts; shaped like a real one so token masking is tested for real. */
    public static final String TOKEN = "123456789:AAE_fake-Token_for-Tests_0123456789ab";
    public static final long BOT_ID = 123456789L;
    public static final String BOT_USERNAME = "FaqTestBot";

    private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)$");

    static {
        // See WebhookServer: without TCP_NODELAY the JDK server adds ~40 ms to every response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor;
    private final UpdateQueue updates;
    private final BotMethods methods;
    private final List<Call> calls = new ArrayList<>();
    private final List<Consumer<Call>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final AtomicInteger queryIds = new AtomicInteger();
    private final Map<String, AtomicInteger> handling = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> mostHandling = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final Map<String, Fault> outages = new ConcurrentHashMap<>();
    private volatile boolean recording = true;

    private FakeBotApi() throws IOException {
        ObjectNode bot = json.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "FAQ Test Bot")
                .put("username", BOT_USERNAME).put("can_join_groups", true).put("can_read_all_group_messages", false)
                .put("supports_inline_queries", true);
        this.updates = new UpdateQueue(json, this::record);
        this.methods = new BotMethods(json, bot, updates);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-bot-api");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeBotApi start() {
        try {
            return new FakeBotApi();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake Bot API", e);
        }
    }

    /** The base URL to give the bot as TELEGRAM_API_URL, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /**
     * Settings for a bot that talks to this fake: the token and URL, a 1-second long poll and short
     * retry waits so tests stay fast. {@code extra} entries are added or replace these.
     */
    public Map<String, String> env(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("TELEGRAM_BOT_TOKEN", TOKEN);
        env.put("TELEGRAM_API_URL", url());
        env.put("TELEGRAM_POLL_TIMEOUT_SECONDS", "1");
        env.put("TELEGRAM_RETRY_BASE_MILLIS", "50");
        env.put("TELEGRAM_RETRY_CAP_MILLIS", "400");
        env.putAll(extra);
        return env;
    }

    public Map<String, String> env() {
        return env(Map.of());
    }

    // ---- the users' side ----

    /** {@code from} writes {@code text} in {@code chat}; returns the update_id. */
    public int sendText(FakeChat chat, FakeUser from, String text) {
        return enqueue("message", FakeUpdates.withText(json, newMessage(chat, from), text));
    }

    /**
     * {@code from} sends a message in {@code chat} whose content {@code content} adds to its message_id,
     * date, from and chat: a caption, a forward origin, a field Telegram added lately, ...; returns the update_id.
     */
    public int sendMessage(FakeChat chat, FakeUser from, Consumer<ObjectNode> content) {
        ObjectNode message = newMessage(chat, from);
        content.accept(message);
        return enqueue("message", message);
    }

    /** {@code from} replies with {@code text} to a message the bot sent. */
    public int sendReply(FakeChat chat, FakeUser from, String text, SentMessage to) {
        ObjectNode message = FakeUpdates.withText(json, newMessage(chat, from), text);
        ObjectNode replied = json.createObjectNode().put("message_id", to.messageId()).put("date", System.currentTimeMillis() / 1000)
                .put("text", to.plain());
        replied.set("from", methods.bot());
        replied.set("chat", FakeUpdates.chatJson(json, chat));
        message.set("reply_to_message", replied);
        return enqueue("message", message);
    }

    /** {@code from} edits their earlier message {@code messageId} to {@code text}. */
    public int editText(FakeChat chat, FakeUser from, int messageId, String text) {
        methods.register(chat);
        ObjectNode message = FakeUpdates.withText(json, FakeUpdates.message(json, chat, from, messageId), text);
        message.put("edit_date", System.currentTimeMillis() / 1000);
        return enqueue("edited_message", message);
    }

    public int sendPhoto(FakeChat chat, FakeUser from) {
        return enqueue("message", FakeUpdates.photo(json, newMessage(chat, from)));
    }

    public int sendSticker(FakeChat chat, FakeUser from) {
        return enqueue("message", FakeUpdates.sticker(json, newMessage(chat, from)));
    }

    /** {@code from} presses the button with {@code data} under {@code on}; the query id is opened. */
    public int pressButton(FakeChat chat, FakeUser from, SentMessage on, String data) {
        String id = "cb" + queryIds.incrementAndGet();
        methods.openQuery(id);
        ObjectNode message = json.createObjectNode().put("message_id", on.messageId()).put("date", System.currentTimeMillis() / 1000)
                .put("text", on.plain());
        message.set("from", methods.bot());
        message.set("chat", FakeUpdates.chatJson(json, chat));
        ObjectNode query = json.createObjectNode().put("id", id).put("chat_instance", "ci" + chat.id()).put("data", data);
        query.set("from", FakeUpdates.userJson(json, from));
        query.set("message", message);
        return enqueue("callback_query", query);
    }

    /** {@code from} types {@code @FaqTestBot query} in some chat. */
    public int inlineQuery(FakeUser from, String query) {
        String id = "iq" + queryIds.incrementAndGet();
        methods.openQuery(id);
        ObjectNode inline = json.createObjectNode().put("id", id).put("query", query).put("offset", "").put("chat_type", "sender");
        inline.set("from", FakeUpdates.userJson(json, from));
        return enqueue("inline_query", inline);
    }

    /** Makes {@code chat} known without any update, as if the bot had talked in it before. */
    public void addChat(FakeChat chat) {
        methods.register(chat);
    }

    /** Adds any update (without update_id) and returns its id. */
    public int enqueue(String kind, ObjectNode payload) {
        return updates.add(FakeUpdates.wrap(json, kind, payload));
    }

    private ObjectNode newMessage(FakeChat chat, FakeUser from) {
        methods.register(chat);
        return FakeUpdates.message(json, chat, from, methods.nextMessageId(chat.id()));
    }

    // ---- faults ----

    /** The next calls of {@code method} (case-insensitive) are answered with these faults, in order. */
    public void failNext(String method, Fault... next) {
        Deque<Fault> queue = faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(next));
        }
    }

    /**
     * Every call of {@code method} (case-insensitive) from now on waits {@code delay} before it is handled:
     * the round trip to the real Bot API, which loopback does not have.
     */
    public void delayEvery(String method, Duration delay) {
        delays.put(method.toLowerCase(Locale.ROOT), delay);
    }

    /**
     * Every call of {@code method} (case-insensitive) is answered with {@code fault} until {@link #endOutage}:
     * Telegram away for longer than any queue of faults lasts. Faults queued with {@link #failNext} wait.
     */
    public void outage(String method, Fault fault) {
        outages.put(method.toLowerCase(Locale.ROOT), fault);
    }

    /** Ends the outage of {@code method}: its calls are handled again. */
    public void endOutage(String method) {
        outages.remove(method.toLowerCase(Locale.ROOT));
    }

    private Optional<Fault> nextFault(String method) {
        Fault outage = outages.get(method.toLowerCase(Locale.ROOT));
        if (outage != null) {
            return Optional.of(outage);
        }
        Deque<Fault> queue = faults.get(method.toLowerCase(Locale.ROOT));
        if (queue == null) {
            return Optional.empty();
        }
        synchronized (queue) {
            return Optional.ofNullable(queue.poll());
        }
    }

    // ---- what happened ----

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public List<Call> calls(String method) {
        return calls().stream().filter(c -> c.is(method)).toList();
    }

    public List<SentMessage> sentMessages() {
        return methods.sent();
    }

    public List<SentMessage> sentTo(long chatId) {
        return methods.sent().stream().filter(m -> m.chatId() == chatId).toList();
    }

    /** The command menu set for {@code languageCode} ("" for the default), a missing node when none. */
    public JsonNode commands(String languageCode) {
        return methods.commands(languageCode);
    }

    public int pendingUpdates() {
        return updates.pendingCount();
    }

    /**
     * Calls of {@code method} (case-insensitive) that arrived and are not answered yet, e.g. held by a
     * {@link Fault#slow} delay: requests on their way through Telegram.
     */
    public int handling(String method) {
        AtomicInteger count = handling.get(method.toLowerCase(Locale.ROOT));
        return count == null ? 0 : count.get();
    }

    /** The most calls of {@code method} (case-insensitive) that were being handled at one moment so far. */
    public int mostHandling(String method) {
        AtomicInteger most = mostHandling.get(method.toLowerCase(Locale.ROOT));
        return most == null ? 0 : most.get();
    }

    public Optional<URI> webhookUrl() {
        return updates.webhookUrl();
    }

    /**
     * Plays a load balancer in front of several bot instances: from now on each update pushed to the
     * webhook goes to the next of {@code backends} in turn (starting with the first), with the
     * webhook's secret, and a failed delivery is tried again on the next one. The URL the bots set
     * with setWebhook is then the balancer's public address and is not called itself.
     */
    public void balanceWebhook(List<URI> backends) {
        updates.balance(backends);
    }

    /** Which URL took update {@code updateId} by webhook (answered 2xx); empty when none did yet. */
    public Optional<URI> deliveredTo(int updateId) {
        return updates.deliveredTo(updateId);
    }

    /** Calls {@code listener} with every call as it is recorded, on the server's thread. */
    public void onCall(Consumer<Call> listener) {
        listeners.add(listener);
    }

    /** Whether to keep calls for {@link #calls}; a benchmark switches it off. Listeners are called anyway. */
    public void recordCalls(boolean on) {
        recording = on;
    }

    /** Waits until {@code chatId} has at least {@code count} messages from the bot, and returns them. */
    public List<SentMessage> awaitSent(long chatId, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<SentMessage> sent = sentTo(chatId);
            if (sent.size() >= count) {
                return sent;
            }
            if (!waitForCall(deadline)) {
                throw new AssertionError("chat " + chatId + " got " + sent.size() + " of " + count
                        + " messages within " + timeout + "; calls: " + summary());
            }
        }
    }

    /** Waits for the first recorded call matching {@code which}. */
    public Call awaitCall(Predicate<Call> which, Duration timeout) {
        return awaitCalls(which, 1, timeout).get(0);
    }

    /** Waits until {@code count} recorded calls match {@code which}, and returns all that match. */
    public List<Call> awaitCalls(Predicate<Call> which, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Call> matching = calls().stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            if (!waitForCall(deadline)) {
                throw new AssertionError(matching.size() + " of " + count + " expected calls within " + timeout
                        + "; calls: " + summary());
            }
        }
    }

    private boolean waitForCall(long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        synchronized (calls) {
            try {
                calls.wait(Math.max(1, Math.min(left / 1_000_000, 50)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private String summary() {
        StringBuilder text = new StringBuilder();
        for (Call c : calls()) {
            if (!c.is("getUpdates") || !c.response().contains("[]")) {
                text.append("\n  ").append(c.method()).append(' ').append(c.status()).append(' ')
                        .append(abbreviate(c.params().toString())).append(" -> ").append(abbreviate(c.response()));
            }
        }
        return text.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    // ---- HTTP ----

    private void handle(HttpExchange exchange) throws IOException {
        long at = System.nanoTime();
        String method = "";
        JsonNode params = json.createObjectNode();
        int status;
        String body;
        try (exchange) {
            byte[] request = exchange.getRequestBody().readAllBytes();
            try {
                Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
                if (!path.matches()) {
                    throw ApiError.notFound().toException();
                }
                method = path.group(2);
                if (!path.group(1).equals(TOKEN)) {
                    throw ApiError.unauthorized().toException();
                }
                params = Params.parse(json, exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestURI().getRawQuery(), request);
                AtomicInteger inFlight = handling.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new AtomicInteger());
                int now = inFlight.incrementAndGet();
                mostHandling.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new AtomicInteger())
                        .accumulateAndGet(now, Math::max);
                try {
                    Answer answer = answer(method, (ObjectNode) params);
                    status = answer.status();
                    body = answer.body();
                } finally {
                    inFlight.decrementAndGet();
                }
            } catch (ApiError.Failure failure) {
                status = failure.error.status();
                body = errorBody(failure.error);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = 500;
                body = errorBody(new ApiError(500, "Internal Server Error: shutting down", 0));
            }
            record(new Call(method, params, status, body, at));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private record Answer(int status, String body) {
    }

    /** The answer to a call: a queued fault, or the method's result after a queued delay. */
    private Answer answer(String method, ObjectNode params) throws InterruptedException, IOException {
        Duration always = delays.get(method.toLowerCase(Locale.ROOT));
        if (always != null) {
            Thread.sleep(always.toMillis());
        }
        Optional<Fault> fault = nextFault(method);
        if (fault.isPresent() && !fault.get().delay().isZero()) {
            Thread.sleep(fault.get().delay().toMillis());
        }
        if (fault.isPresent() && !fault.get().delaysOnly()) {
            return new Answer(fault.get().status(), fault.get().body());
        }
        JsonNode result = methods.call(method, params);
        return new Answer(200, "{\"ok\":true,\"result\":" + json.writeValueAsString(result) + "}");
    }

    private String errorBody(ApiError error) {
        ObjectNode body = json.createObjectNode().put("ok", false).put("error_code", error.status())
                .put("description", error.description());
        if (error.retryAfter() > 0) {
            body.putObject("parameters").put("retry_after", error.retryAfter());
        }
        return body.toString();
    }

    private void record(Call call) {
        if (recording) {
            synchronized (calls) {
                calls.add(call);
                calls.notifyAll();
            }
        }
        for (Consumer<Call> listener : listeners) {
            listener.accept(call);
        }
    }

    @Override
    public void close() {
        updates.close();
        server.stop(0);
        executor.shutdownNow();
    }
}
