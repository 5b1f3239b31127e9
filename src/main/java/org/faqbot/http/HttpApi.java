package org.faqbot.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.Metrics;

/**
 * The HTTP side of {@code faqbot serve}, on the JDK's built-in server: {@code POST /api/ask},
 * {@code GET /healthz}, {@code GET /metrics}, the chat page ({@code GET /}, {@code /chat}, its
 * {@code POST /api/chat} and {@code /embed.js}), the maintainers' dashboard ({@code /admin}, when an
 * admin token is set), and whatever else is mounted (the Telegram webhook).
 */
public final class HttpApi implements AutoCloseable {

    /** How long a client may take to send one request, headers and body, before its connection is closed. */
    static final int MAX_REQUEST_SECONDS = 10;

    static {
        // The JDK server writes headers and body in separate packets; without TCP_NODELAY, Nagle's
        // algorithm and delayed ACKs add ~40 ms to small responses.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // A client that sends part of a request and then nothing holds one of the THREADS until the request
        // is complete, by default forever: eight of them made every endpoint, /healthz too, unreachable.
        // The server reads this once, when the first one starts; an operator's own -D value is kept.
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(MAX_REQUEST_SECONDS));
        }
    }

    private static final int THREADS = 8;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Routes routes;

    private HttpApi(HttpServer server, ExecutorService executor, Routes routes) {
        this.server = server;
        this.executor = executor;
        this.routes = routes;
    }

    /** What the endpoints answer from. {@code assistant} is asked per request, so a reloaded core is used at once. */
    public record Endpoints(Supplier<Assistant> assistant, Metrics metrics, BooleanSupplier indexReady, BooleanSupplier databaseReady) {
    }

    /**
     * The web side's settings and, when {@link WebSettings#adminToken()} is set, what the dashboard reads.
     * The dashboard may be empty only when no admin token is set.
     */
    public record Web(WebSettings settings, Optional<Dashboard> dashboard) {
        public Web {
            if (settings.adminToken().isPresent() && dashboard.isEmpty()) {
                throw new IllegalArgumentException("an admin token is set but the dashboard has nothing to read");
            }
        }
    }

    /** The API with {@link WebSettings#open()}: the chat page without rate limit, no dashboard. */
    public static HttpApi start(int port, Endpoints endpoints) {
        return start(port, endpoints, new Web(WebSettings.open(), Optional.empty()));
    }

    /**
     * Listens on all interfaces at {@code port} (0: a free one).
     *
     * @throws UncheckedIOException when the port cannot be bound; the message names FAQBOT_HTTP_PORT
     */
    public static HttpApi start(int port, Endpoints endpoints, Web web) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 256);
            ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
            server.setExecutor(executor);
            Routes routes = routes(endpoints, web);
            server.createContext("/", routes);
            server.start();
            return new HttpApi(server, executor, routes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on FAQBOT_HTTP_PORT=" + port + ": " + e.getMessage(), e);
        }
    }

    private static Routes routes(Endpoints endpoints, Web web) {
        Routes routes = new Routes();
        WebSettings settings = web.settings();
        RateLimiter limiter = new RateLimiter(settings.askPerMinute());
        routes.add("/api/ask", new RateLimited(limiter, new AskHandler(endpoints.assistant(), settings.maxQuestionChars())));
        routes.add("/api/chat", new RateLimited(limiter, new AskHandler(endpoints.assistant(), settings.maxQuestionChars(), "/api/chat",
                ChatReplies::toNode)));
        routes.add("/healthz", Routes.readOnly(new HealthHandler(endpoints.indexReady(), endpoints.databaseReady())));
        routes.add("/metrics", Routes.readOnly(exchange -> {
            try (exchange) {
                Exchanges.text(exchange, 200, PrometheusText.CONTENT_TYPE, PrometheusText.render(endpoints.metrics()));
            }
        }));
        WebTexts texts = WebTexts.load();
        WebAssets.of(settings, texts, () -> endpoints.assistant().get().coverage()).mountOn(routes);
        settings.adminToken().ifPresent(token ->
                new AdminHandler(new AdminSession(token), web.dashboard().orElseThrow(), texts).mountOn(routes));
        return routes;
    }

    /** Adds an endpoint at exactly {@code path}, e.g. the Telegram webhook at its secret path. */
    public void mount(String path, HttpHandler handler) {
        routes.add(path, handler);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "http-api");
            thread.setDaemon(true);
            return thread;
        };
    }
}
