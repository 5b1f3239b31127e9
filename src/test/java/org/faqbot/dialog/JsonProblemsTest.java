package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonProblemsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static String problemOf(String json) {
        try {
            MAPPER.readTree(json);
            return "no problem";
        } catch (JsonProcessingException e) {
            return JsonProblems.describe(e, json);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{broken|unexpected character 'b' at column 2",
        "{\"q\": hi}|unexpected character 'h' at column 7",
        "{\"q\": \"hi\"|it ends too early, at column 11",
        "{\"q\": \"hi\"} {\"q\": \"x\"}|more text after the JSON value, at column 13"})
    void saysWhatIsWrongAndWhereWithoutJacksonsNames(String json, String expected) {
        assertEquals(expected, problemOf(json));
    }

    @Test
    void nestingDeeperThanJacksonReadsIsSaidToBeSo() {
        String deep = "{\"q\": \"hi\", \"x\": " + "[".repeat(2000) + "]".repeat(2000) + "}";

        assertEquals("it nests arrays and objects deeper than 1000 levels", problemOf(deep));
    }
}
