package org.faqbot.telegram;

import com.sun.net.httpserver.HttpHandler;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a running bot fits into the rest of the server.
 *
 * @param webhookMount    where to mount the webhook endpoint on a shared HTTP server; empty: the bot
 *                        listens on {@code FAQBOT_HTTP_PORT} itself
 * @param apiErrorCounter told the code of every failed Bot API call ({@code "429"}, {@code "network"}, ...)
 */
public record Integration(Optional<WebhookMount> webhookMount, Consumer<String> apiErrorCounter) {

    /** Mounts an HTTP handler at a path of a server that is already listening. */
    @FunctionalInterface
    public interface WebhookMount {
        void mount(String path, HttpHandler handler);
    }

    public Integration {
        Objects.requireNonNull(webhookMount, "webhookMount");
        Objects.requireNonNull(apiErrorCounter, "apiErrorCounter");
    }

    /** A bot on its own: its own webhook server, errors only logged. */
    public static Integration standalone() {
        return new Integration(Optional.empty(), code -> { });
    }
}
