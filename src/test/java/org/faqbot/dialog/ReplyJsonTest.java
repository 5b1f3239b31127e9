package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** The JSON of a reply that answers several questions keeps the first answer's fields and lists the others. */
class ReplyJsonTest {

    private static final Reply FIRST = Reply.builder(Lang.EN, ReplyType.FAQ, "first").faqId("a#one").confidence(0.9).build();
    private static final Reply OTHER = Reply.builder(Lang.EN, ReplyType.RULE, "other").faqId("a#two").intent("key_valid_until")
            .date(LocalDate.of(2027, 3, 1)).ok(true).sourceUrl("https://example.org/two").build();

    @Test
    void oneAnswerHasNoOtherAnswersField() {
        JsonNode node = ReplyJson.toNode(FIRST);

        assertFalse(node.has("other_answers"), node.toString());
    }

    @Test
    void theOtherAnswersFollowTheFirstAnswersFields() {
        Reply reply = Reply.builder(Lang.EN, ReplyType.FAQ, "first\n\nother").faqId("a#one").others(List.of(OTHER)).build();

        JsonNode node = ReplyJson.toNode(reply);

        assertEquals("a#one", node.get("faq_id").asText());
        assertEquals(1, node.get("other_answers").size());
        JsonNode other = node.get("other_answers").get(0);
        assertEquals("rule", other.get("type").asText());
        assertEquals("a#two", other.get("faq_id").asText());
        assertEquals("key_valid_until", other.get("intent").asText());
        assertEquals("2027-03-01", other.get("date").asText());
        assertEquals(true, other.get("ok").asBoolean());
        assertEquals("https://example.org/two", other.get("source_url").asText());
    }
}
