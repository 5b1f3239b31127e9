package org.faqbot.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Handlers by exact path, with a JSON 404 for every other path. The JDK server matches its contexts
 * by string prefix, so {@code /api/asking} would otherwise reach {@code /api/ask}.
 */
final class Routes implements HttpHandler {

    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();

    /**
     * Adds the handler of {@code path}.
     *
     * @throws IllegalArgumentException when the path has a handler already
     */
    void add(String path, HttpHandler handler) {
        if (handlers.putIfAbsent(path, handler) != null) {
            throw new IllegalArgumentException("the HTTP API has an endpoint at " + path + " already");
        }
    }

    /**
     * {@code handler} for GET and HEAD only; any other method gets 405 with {@code Allow: GET, HEAD}, as the
     * other endpoints answer a wrong method. For read-only endpoints such as {@code /healthz}, which a
     * POST must not look like it changed.
     */
    static HttpHandler readOnly(HttpHandler handler) {
        return exchange -> {
            String method = exchange.getRequestMethod();
            if (method.equals("GET") || method.equals("HEAD")) {
                handler.handle(exchange);
                return;
            }
            try (exchange) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                Exchanges.error(exchange, 405, "use GET");
            }
        };
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        HttpHandler handler = handlers.get(path);
        if (handler != null) {
            handler.handle(exchange);
            return;
        }
        try (exchange) {
            Exchanges.error(exchange, 404, "no endpoint at " + path);
        }
    }
}
