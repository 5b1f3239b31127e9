package org.faqbot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /healthz}: 200 when the index and the database are ready, else 503; the body says which.
 * Mounted {@link Routes#readOnly}: other methods get 405.
 */
final class HealthHandler implements HttpHandler {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final BooleanSupplier indexReady;
    private final BooleanSupplier databaseReady;

    HealthHandler(BooleanSupplier indexReady, BooleanSupplier databaseReady) {
        this.indexReady = indexReady;
        this.databaseReady = databaseReady;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean index = indexReady.getAsBoolean();
            boolean database = databaseReady.getAsBoolean();
            ObjectNode body = MAPPER.createObjectNode();
            body.put("status", index && database ? "ready" : "unavailable");
            body.put("index", index);
            body.put("database", database);
            Exchanges.json(exchange, index && database ? 200 : 503, body);
        }
    }
}
