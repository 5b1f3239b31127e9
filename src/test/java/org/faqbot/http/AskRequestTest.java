package org.faqbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AskRequestTest {

    private static IllegalArgumentException failure(String body) {
        return assertThrows(IllegalArgumentException.class, () -> AskRequest.parse(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void secondObjectAfterTheFirstIsRejected() {
        IllegalArgumentException e = failure("{\"q\":\"hi\"} {\"q\":\"x\"}");

        assertEquals("the body is not valid JSON: more text after the JSON value, at column 12", e.getMessage());
    }

    @Test
    void brokenBodyIsReportedWithTheColumnAndWithoutJacksonsNames() {
        IllegalArgumentException e = failure("{\"q\": hi}");

        assertEquals("the body is not valid JSON: unexpected character 'h' at column 7", e.getMessage());
    }

    @Test
    void bodyThatStopsEarlyIsReportedAsSuch() {
        IllegalArgumentException e = failure("{\"q\": \"hi\"");

        assertEquals("the body is not valid JSON: it ends too early, at column 11", e.getMessage());
    }

    @Test
    void questionThatIsNoStringIsSaidToBeSoAsAskJsonSaysIt() {
        IllegalArgumentException e = failure("{\"q\": 5}");

        assertEquals("\"q\" must be a string, got number 5", e.getMessage());
    }

    @Test
    void blankQuestionIsSaidToBeEmpty() {
        IllegalArgumentException e = failure("{\"q\": \"  \"}");

        assertEquals("\"q\" is empty: expected a non-empty string", e.getMessage());
    }

    @Test
    void byteOrderMarkBeforeTheBodyIsIgnored() {
        AskRequest request = AskRequest.parse("\uFEFF{\"q\": \"hi\"}".getBytes(StandardCharsets.UTF_8));

        assertEquals("hi", request.question());
    }

    @Test
    void overlongConversationIdIsRefusedNamingTheLimit() {
        IllegalArgumentException e = failure("{\"q\": \"hoi\", \"conversation_id\": \"" + "k".repeat(300) + "\"}");

        assertEquals("\"conversation_id\" is 300 characters long; at most 128 are accepted", e.getMessage());
    }

    @Test
    void conversationIdAtTheLimitIsKept() {
        String id = "z".repeat(AskRequest.MAX_CONVERSATION_ID_CHARS);

        AskRequest request = AskRequest.parse(("{\"q\": \"hello\", \"conversation_id\": \"" + id + "\"}").getBytes(StandardCharsets.UTF_8));

        assertEquals("http:" + id, request.message().conversationId());
    }
}
