package org.faqbot.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.Metrics;

/**
 * The HTTP side of {@code faqbot serve}, on the JDK's built-in server: {@code POST /api/ask},
 * {@code GET /healthz}, {@code GET /metrics}, and whatever else is mounted (the Telegram webhook).
 */
public final class HttpApi implements AutoCloseable {

    static {
        // The JDK server writes headers and body in separate packets; without TCP_NODELAY, Nagle's
        // algorithm and delayed ACKs add ~40 ms to small responses.
        System.setProperty("sun.net.httpserver.nodelay", "true");
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
     * Listens on all interfaces at {@code port} (0: a free one).
     *
     * @throws UncheckedIOException when the port cannot be bound; the message names FAQBOT_HTTP_PORT
     */
    public static HttpApi start(int port, Endpoints endpoints) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 256);
            ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
            server.setExecutor(executor);
            Routes routes = new Routes();
            routes.add("/api/ask", new AskHandler(endpoints.assistant()));
            routes.add("/healthz", new HealthHandler(endpoints.indexReady(), endpoints.databaseReady()));
            routes.add("/metrics", exchange -> {
                try (exchange) {
                    Exchanges.text(exchange, 200, PrometheusText.CONTENT_TYPE, PrometheusText.render(endpoints.metrics()));
                }
            });
            server.createContext("/", routes);
            server.start();
            return new HttpApi(server, executor, routes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on FAQBOT_HTTP_PORT=" + port + ": " + e.getMessage(), e);
        }
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
