package org.faqbot.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faqbot.dialog.Reply;
import org.faqbot.dialog.ReplyJson;
import org.faqbot.dialog.ReplyType;
import org.faqbot.kb.EntryKeys;

/**
 * The reply of {@code POST /api/chat}, what the chat page calls ({@link AskHandler} with this
 * rendering): the same body, core and conversations as {@code POST /api/ask} (a conversation id names
 * the same conversation on both), and the same reply JSON plus what a page needs to show it:
 * {@code html} (the answer as safe HTML, {@link AnswerHtml}) and {@code feedback} ({@code {"up","down"}} payloads for 👍/👎 on FAQ answers, the
 * feedback {@code faqbot report} counts).
 */
final class ChatReplies {

    private ChatReplies() {
    }

    static ObjectNode toNode(Reply reply) {
        ObjectNode node = ReplyJson.toNode(reply);
        node.put("html", AnswerHtml.toHtml(reply.text(), reply.lang()));
        if (reply.type() == ReplyType.FAQ && reply.faqId().isPresent()) {
            String key = EntryKeys.of(reply.faqId().get());
            node.putObject("feedback").put("up", "/feedback up " + key).put("down", "/feedback down " + key);
        } else {
            node.putNull("feedback");
        }
        return node;
    }
}
