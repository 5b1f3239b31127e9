package org.faqbot.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.function.Supplier;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.ReplyJson;

/**
 * {@code POST /api/ask}: one message to the conversation core, the reply as {@code ask --json} writes
 * it. Bad JSON or a missing field: 400 with a JSON error; a body over 64 KB: 413.
 */
final class AskHandler implements HttpHandler {

    static final int MAX_BODY_BYTES = 64 * 1024;

    private final Supplier<Assistant> assistant;

    AskHandler(Supplier<Assistant> assistant) {
        this.assistant = assistant;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                Exchanges.error(exchange, 405, "use POST with a JSON body");
                return;
            }
            byte[] body = Exchanges.body(exchange, MAX_BODY_BYTES);
            if (body == null) {
                Exchanges.error(exchange, 413, "the body is over " + MAX_BODY_BYTES + " bytes");
                return;
            }
            answer(exchange, body);
        }
    }

    private void answer(HttpExchange exchange, byte[] body) throws IOException {
        AskRequest request;
        try {
            request = AskRequest.parse(body);
        } catch (IllegalArgumentException e) {
            Exchanges.error(exchange, 400, e.getMessage());
            return;
        }
        Exchanges.json(exchange, 200, ReplyJson.toNode(assistant.get().reply(request.message())));
    }
}
