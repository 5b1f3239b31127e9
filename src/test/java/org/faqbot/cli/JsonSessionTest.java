package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.dialog.TestAssistants;
import org.faqbot.dialog.TestClock;
import org.junit.jupiter.api.Test;

class JsonSessionTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2021-06-15"));

    private List<JsonNode> run(String input, boolean oneConversation) throws IOException {
        return run(input.getBytes(StandardCharsets.UTF_8), oneConversation);
    }

    private List<JsonNode> run(byte[] input, boolean oneConversation) throws IOException {
        StringWriter out = new StringWriter();
        JsonSession.run(bot, new CommonOptions(), new InputLines(new ByteArrayInputStream(input)), new PrintWriter(out),
                oneConversation ? Optional.of("chat") : Optional.empty());
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            nodes.add(MAPPER.readTree(line));
        }
        return nodes;
    }

    @Test
    void everyInputLineGetsExactlyOneOutputLineInOrder() throws IOException {
        List<JsonNode> out = run("How do I renew my benefits?\n\n{\"q\": \"Hoe verleng ik mijn voordelen?\"}\n{broken\n", false);

        assertEquals(4, out.size());
        assertEquals("faq", out.get(0).get("type").asText());
        assertEquals("empty line: expected a question or {\"q\": \"...\"}", out.get(1).get("error").asText());
        assertEquals("nl", out.get(2).get("lang").asText());
        assertTrue(out.get(3).get("error").asText().startsWith("not valid JSON"), out.get(3).toString());
        assertEquals(4, out.get(3).get("line").asInt());
    }

    @Test
    void jsonScalarsAreErrorLinesInBothCommandsNotQuestions() throws IOException {
        for (boolean oneConversation : new boolean[] {false, true}) {
            List<JsonNode> out = run("null\n42\ntrue\n", oneConversation);

            assertEquals(List.of("a JSON null: null", "a JSON number: 42", "a JSON boolean: true"),
                    out.stream().map(n -> n.get("error").asText().replaceFirst("^.*, got ", "")).toList());
            assertEquals(List.of(1, 2, 3), out.stream().map(n -> n.get("line").asInt()).toList());
        }
    }

    @Test
    void firstLineAfterAByteOrderMarkIsReadAsJson() throws IOException {
        JsonNode reply = run("\uFEFF{\"q\": 5}\n", false).get(0);

        assertEquals("\"q\" must be a string, got number 5", reply.get("error").asText());
    }

    @Test
    void lineThatIsNotTextIsAnErrorObjectAndTheNextIsAnswered() throws IOException {
        byte[] input = {'c', 'a', 'f', (byte) 0xE9, '\n', 'h', 'i', '\n'};

        List<JsonNode> out = run(input, false);

        assertEquals("the line is not UTF-8 text", out.get(0).get("error").asText());
        assertEquals("smalltalk", out.get(1).get("type").asText());
    }

    @Test
    void questionOverTheLimitIsAnErrorObjectNotAWaitOfMinutes() throws IOException {
        List<JsonNode> out = run("renew ".repeat(1000) + "\nhi\n", false);

        assertEquals("the question is 5999 characters long; at most 4096 are accepted", out.get(0).get("error").asText());
        assertEquals(1, out.get(0).get("line").asInt());
        assertEquals("smalltalk", out.get(1).get("type").asText());
    }

    @Test
    void aQuestionBackCarriesItsButtonsAndAPayloadPressesOne() throws IOException {
        List<JsonNode> out = run("I redeemed my key on 03/04/2021, until when can I use it?\n/date 2021-04-03\n", true);

        JsonNode choices = out.get(0).get("choices");
        assertEquals("clarify", out.get(0).get("type").asText());
        assertEquals("3 April 2021", choices.get(0).get("label").asText());
        assertEquals("/date 2021-04-03", choices.get(0).get("payload").asText());
        assertEquals("rule", out.get(1).get("type").asText(), out.get(1).toString());
        assertEquals("2022-04-03", out.get(1).get("date").asText());
    }

    @Test
    void replyObjectHasEveryFieldEvenWhenEmpty() throws IOException {
        JsonNode reply = run("How do I renew my benefits?\n", false).get(0);

        List<String> fields = new ArrayList<>();
        reply.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("lang", "type", "faq_id", "confidence", "suggestions", "intent", "date", "ok", "text", "source_url", "choices"), fields);
        assertTrue(reply.get("date").isNull());
        assertTrue(reply.get("ok").isNull());
        assertTrue(!reply.get("text").asText().contains("**"), reply.get("text").asText());
    }

    @Test
    void todayOfALineIsTheDateTheRuleCountsFrom() throws IOException {
        JsonNode reply = run("{\"q\": \"My benefits expire June 30, 2021. Can I still activate them today?\", \"today\": \"2021-07-01\"}\n", false).get(0);

        assertEquals("rule", reply.get("type").asText());
        assertEquals("redeem_deadline", reply.get("intent").asText());
        assertEquals("2021-06-30", reply.get("date").asText());
        assertEquals(false, reply.get("ok").asBoolean());
    }

    @Test
    void badTodayIsAnErrorObjectNotACrash() throws IOException {
        JsonNode reply = run("{\"q\": \"hi\", \"today\": \"31-02-2021\"}\n", false).get(0);

        assertEquals("\"today\" is not a date in the form YYYY-MM-DD: '31-02-2021'", reply.get("error").asText());
    }

    @Test
    void askLineWithADateThatReadsTwoWaysIsAnsweredForEachReadingNotAskedBack() throws IOException {
        JsonNode reply = run("I redeemed my key on 03/04/2021, until when can I use it?\n", false).get(0);

        assertEquals("rule", reply.get("type").asText(), reply.toString());
        assertTrue(reply.get("text").asText().contains("If you meant 4 March 2021:"), reply.toString());
    }

    @Test
    void askLineThatWouldNeedAMemorySaysWhereToKeepOne() throws IOException {
        JsonNode reply = run("/remember\n", false).get(0);

        assertTrue(reply.get("text").asText().contains("faqbot chat"), reply.toString());
    }

    @Test
    void chatLinesAreOneConversation() throws IOException {
        List<JsonNode> out = run("{\"q\": \"Until when can I redeem my product keys?\", \"today\": \"2021-02-03\"}\n"
                + "{\"q\": \"My benefit expiry date is March 31.\", \"today\": \"2021-02-03\"}\n", true);

        assertEquals("2021-03-31", out.get(1).get("date").asText());
    }

    @Test
    void jsonThatIsNoObjectGetsAnErrorWithItsLineNumber() throws IOException {
        List<JsonNode> out = run("[]\n\"just a string\"\n", false);

        assertEquals(1, out.get(0).get("line").asInt());
        assertTrue(out.get(0).get("error").asText().endsWith("got a JSON array: []"), out.get(0).toString());
        assertEquals(2, out.get(1).get("line").asInt());
        assertTrue(out.get(1).get("error").asText().endsWith("got a JSON string: \"just a string\""), out.get(1).toString());
    }
}
