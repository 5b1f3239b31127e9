package org.faqbot.telegram;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small JDK HTTP server with one handler on one path: the webhook when the bot runs alone. (A shared
 * HTTP API server can mount {@link WebhookHandler} itself instead.)
 */
final class WebhookServer implements AutoCloseable {

    static {
        // The JDK server writes headers and body in separate packets; without TCP_NODELAY, Nagle's
        // algorithm and delayed ACKs add ~40 ms to each response. Read once, when the server class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // As the HTTP API: a client that sends part of a request and then nothing would hold a thread forever.
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", "10");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private WebhookServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts listening on all interfaces at {@code port} (0: a free one) with {@code handler} at {@code path}. */
    static WebhookServer start(int port, String path, HttpHandler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 64);
            ExecutorService executor = Executors.newFixedThreadPool(4, Threads.daemon("tg-webhook"));
            server.setExecutor(executor);
            server.createContext(path.isEmpty() ? "/" : path, handler);
            server.start();
            return new WebhookServer(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on FAQBOT_HTTP_PORT=" + port + ": " + e.getMessage(), e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /**
     * Stops at once. A request cut off here was either not journaled (Telegram did not get its 200 and
     * sends the update again) or journaled already (and the redelivery is recognised): nothing is lost.
     * The JDK server would otherwise wait out its whole delay for idle keep-alive connections.
     */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
    }
}
