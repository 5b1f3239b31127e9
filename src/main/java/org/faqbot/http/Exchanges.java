package org.faqbot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Small helpers to answer JDK HTTP exchanges with JSON or text. */
final class Exchanges {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Exchanges() {
    }

    static void json(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", MAPPER.writeValueAsString(body));
    }

    /** {@code {"error": message}} with {@code status}. */
    static void error(HttpExchange exchange, int status, String message) throws IOException {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("error", message);
        json(exchange, status, body);
    }

    static void text(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body);
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (exchange.getRequestMethod().equals("HEAD")) {
            // A HEAD answer has no body; given its length the JDK server logs a warning for every request.
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * The request body, or null when it is longer than {@code limit} bytes (the caller answers 413).
     * Reads at most one byte past the limit, so a huge body costs nothing.
     */
    static byte[] body(HttpExchange exchange, int limit) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
            closeAfterResponse(exchange);
            return null;
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                closeAfterResponse(exchange);
                return null;
            }
            return bytes;
        }
    }

    /**
     * Tells the client this connection ends with the response. For a request whose body is left unread:
     * the server closes such a connection, and a client that kept it for its next request would see
     * that request fail with no answer.
     */
    static void closeAfterResponse(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Connection", "close");
    }
}
