package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonInputTest {

    @Test
    void numberAsQuestionIsReportedAsNotAString() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonInput.parse("{\"q\": 5}"));

        assertEquals("\"q\" must be a string, got number 5", e.getMessage());
    }

    @Test
    void missingQuestionIsReportedAsMissing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonInput.parse("{\"today\": \"2021-06-15\"}"));

        assertEquals("missing \"q\": expected a non-empty string", e.getMessage());
    }

    @Test
    void blankQuestionIsReportedAsEmpty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonInput.parse("{\"q\": \"  \"}"));

        assertEquals("\"q\" is empty: expected a non-empty string", e.getMessage());
    }

    @Test
    void emptyArrayIsAnErrorNotAQuestion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonInput.parse("[]"));

        assertEquals("expected a JSON object {\"q\": \"...\"} or plain question text, got a JSON array: []", e.getMessage());
    }

    @Test
    void jsonStringIsAnErrorNotAQuestion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonInput.parse("\"just a string\""));

        assertEquals("expected a JSON object {\"q\": \"...\"} or plain question text, got a JSON string: \"just a string\"",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "null    | a JSON null",
        "42      | a JSON number",
        "-1.5e3  | a JSON number",
        "true    | a JSON boolean",
        "false   | a JSON boolean",
    })
    void jsonScalarIsAnErrorNotAQuestion(String line, String kind) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonInput.parse(line));

        assertEquals("expected a JSON object {\"q\": \"...\"} or plain question text, got " + kind + ": " + line,
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"true story: my key stopped working", "null and void?", "42 licences, how many keys?",
        "2021-12-01", "no"})
    void textThatOnlyStartsLikeAJsonScalarIsAQuestion(String line) {
        JsonInput input = JsonInput.parse(line);

        assertEquals(line, input.question());
    }

    @Test
    void textThatOnlyStartsLikeJsonIsAQuestion() {
        JsonInput input = JsonInput.parse("\"Benefit Expiry Date\" means what?");

        assertEquals("\"Benefit Expiry Date\" means what?", input.question());
    }

    @Test
    void bracketedTextIsAQuestion() {
        JsonInput input = JsonInput.parse("[urgent] how do I renew my benefits?");

        assertEquals("[urgent] how do I renew my benefits?", input.question());
    }

    @Test
    void brokenJsonIsReportedWithTheColumnAndWithoutJacksonsNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonInput.parse("{\"q\": hi}"));

        assertEquals("not valid JSON: unexpected character 'h' at column 7", e.getMessage());
    }

    @Test
    void secondObjectOnTheLineIsReportedAsMoreText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonInput.parse("{\"q\":\"hi\"} {\"q\":\"x\"}"));

        assertEquals("not valid JSON: more text after the JSON value, at column 12", e.getMessage());
    }

    @Test
    void unknownLanguageIsRejectedAsTheHttpApiRejectsIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonInput.parse("{\"q\": \"hi\", \"lang\": \"fr\"}"));

        assertEquals("\"lang\" must be \"nl\" or \"en\", got 'fr'", e.getMessage());
    }

    @Test
    void knownLanguageIsTaken() {
        JsonInput input = JsonInput.parse("{\"q\": \"hi\", \"lang\": \"nl\"}");

        assertEquals(Optional.of(Lang.NL), input.lang());
    }
}
