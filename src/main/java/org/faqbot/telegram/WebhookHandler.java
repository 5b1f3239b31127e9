package org.faqbot.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives updates Telegram pushes to the webhook. A request must carry the secret in
 * {@code X-Telegram-Bot-Api-Secret-Token} (403 otherwise); its update is journaled and queued before
 * the 200 goes back, so Telegram only forgets an update the bot has recorded. A journal failure
 * answers 500, and Telegram delivers the update again later. Mountable on any JDK {@code HttpServer}.
 */
public final class WebhookHandler implements HttpHandler {

    /** The header Telegram puts the webhook's secret_token in. */
    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Updates are small; anything bigger is not from Telegram. */
    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);

    private final byte[] secret;
    private final UpdateIntake intake;

    WebhookHandler(String secret, UpdateIntake intake) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.intake = intake;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.sendResponseHeaders(status(exchange), -1);
        }
    }

    private int status(HttpExchange exchange) throws IOException {
        if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().add("Allow", "POST");
            return 405;
        }
        if (!secretMatches(exchange.getRequestHeaders().getFirst(SECRET_HEADER))) {
            LOG.warn("webhook request from {} without the right secret: rejected", exchange.getRemoteAddress());
            return 403;
        }
        byte[] body = readBody(exchange.getRequestBody());
        if (body == null) {
            return 413;
        }
        return receive(new String(body, StandardCharsets.UTF_8));
    }

    /** Compares in constant time, so response timing tells nothing about how much of a guess was right. */
    private boolean secretMatches(String given) {
        return given != null && MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8));
    }

    private int receive(String json) {
        try {
            intake.receive(json);
            return 200;
        } catch (IllegalArgumentException notAnUpdate) {
            LOG.warn("webhook body is not an update: {}", notAnUpdate.getMessage());
            return 400;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 503;
        } catch (RuntimeException journalFailed) {
            LOG.warn("webhook update not recorded ({}); Telegram will send it again", journalFailed.toString());
            return 500;
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }
}
