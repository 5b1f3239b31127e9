package org.faqbot.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.function.Supplier;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.Choice;
import org.faqbot.dialog.Reply;
import org.faqbot.dialog.ReplyJson;
import org.faqbot.dialog.ReplyType;
import org.faqbot.kb.EntryKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/chat}, what the chat page calls: the same body, core and conversations as
 * {@code POST /api/ask} (a conversation id names the same conversation on both), and the same reply
 * JSON plus what a page needs to show it: {@code html} (the answer as safe HTML, {@link AnswerHtml}),
 * {@code choices} (buttons: {@code [{"label","payload"}]}, where pressing one sends its payload as the
 * next question) and {@code feedback} ({@code {"up","down"}} payloads for 👍/👎 on FAQ answers, the
 * feedback {@code faqbot report} counts).
 */
final class ChatHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ChatHandler.class);

    private final Supplier<Assistant> assistant;
    private final int maxQuestionChars;

    ChatHandler(Supplier<Assistant> assistant, int maxQuestionChars) {
        this.assistant = assistant;
        this.maxQuestionChars = maxQuestionChars;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                Exchanges.error(exchange, 405, "use POST with a JSON body");
                return;
            }
            byte[] body = Exchanges.body(exchange, AskHandler.MAX_BODY_BYTES);
            if (body == null) {
                Exchanges.error(exchange, 413, "the body is over " + AskHandler.MAX_BODY_BYTES + " bytes");
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
        Reply reply;
        try {
            reply = assistant.get().reply(request.message());
        } catch (RuntimeException e) {
            LOG.error("POST /api/chat failed", e);
            Exchanges.error(exchange, 500, "the question could not be answered; see the server log");
            return;
        }
        Exchanges.json(exchange, 200, toNode(reply));
    }

    static ObjectNode toNode(Reply reply) {
        ObjectNode node = ReplyJson.toNode(reply);
        node.put("html", AnswerHtml.toHtml(reply.text(), reply.lang()));
        ArrayNode choices = node.putArray("choices");
        for (Choice choice : reply.choices()) {
            choices.addObject().put("label", choice.label()).put("payload", choice.payload());
        }
        if (reply.type() == ReplyType.FAQ && reply.faqId().isPresent()) {
            String key = EntryKeys.of(reply.faqId().get());
            node.putObject("feedback").put("up", "/feedback up " + key).put("down", "/feedback down " + key);
        } else {
            node.putNull("feedback");
        }
        return node;
    }
}
