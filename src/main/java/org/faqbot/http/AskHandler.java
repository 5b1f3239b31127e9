package org.faqbot.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.Reply;
import org.faqbot.dialog.ReplyJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/ask}: one message to the conversation core, the reply as {@code ask --json} writes
 * it. Bad JSON, a missing field or a question over the length bound: 400 with a JSON error; a body over 64 KB: 413; a failure of the
 * core (which should not happen): 500 with a JSON error, and the details in the log.
 */
final class AskHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AskHandler.class);

    static final int MAX_BODY_BYTES = 64 * 1024;

    private final Supplier<Assistant> assistant;
    private final int maxQuestionChars;
    private final String path;
    private final Function<Reply, ObjectNode> render;

    /** {@code POST /api/ask}: the reply as {@link ReplyJson}. */
    AskHandler(Supplier<Assistant> assistant, int maxQuestionChars) {
        this(assistant, maxQuestionChars, "/api/ask", ReplyJson::toNode);
    }

    /** The same request and checks at {@code path}, the reply rendered by {@code render} (the chat page's adds HTML). */
    AskHandler(Supplier<Assistant> assistant, int maxQuestionChars, String path, Function<Reply, ObjectNode> render) {
        this.assistant = assistant;
        this.maxQuestionChars = maxQuestionChars;
        this.path = path;
        this.render = render;
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
            QuestionLength.check(request.question(), maxQuestionChars);
        } catch (IllegalArgumentException e) {
            Exchanges.error(exchange, 400, e.getMessage());
            return;
        }
        ObjectNode reply;
        try {
            reply = render.apply(assistant.get().reply(request.message()));
        } catch (RuntimeException e) {
            LOG.error("POST {} failed", path, e);
            Exchanges.error(exchange, 500, "the question could not be answered; see the server log");
            return;
        }
        Exchanges.json(exchange, 200, reply);
    }
}
