package org.faqbot.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * Puts a {@link RateLimiter} in front of a handler: a client over its limit gets 429 with
 * {@code Retry-After} (whole seconds) and a JSON error, and the handler is not called. A client is its
 * IP address as this server sees it (behind a proxy, the proxy's).
 */
final class RateLimited implements HttpHandler {

    private final RateLimiter limiter;
    private final HttpHandler handler;

    RateLimited(RateLimiter limiter, HttpHandler handler) {
        this.limiter = limiter;
        this.handler = handler;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        OptionalLong wait = limiter.acquire(exchange.getRemoteAddress().getAddress().getHostAddress());
        if (wait.isEmpty()) {
            handler.handle(exchange);
            return;
        }
        try (exchange) {
            exchange.getResponseHeaders().set("Retry-After", Long.toString(wait.getAsLong()));
            Exchanges.closeAfterResponse(exchange);
            Exchanges.error(exchange, 429, "too many questions from your address; try again in " + wait.getAsLong() + " s");
        }
    }
}
