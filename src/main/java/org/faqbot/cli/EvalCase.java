package org.faqbot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;

/**
 * One evaluation case in the format of {@code shared/eval/README.md}: kind faq, ood, date or dialog.
 *
 * @param turns     the user's messages: one for faq, ood and date cases, two or three for dialog cases
 * @param expect    faq: the entry id that must answer
 * @param intent    date and dialog: the rule that applies
 * @param expectDate date and dialog: the date the answer must give
 * @param expectOk  date: the yes/no answer, when the question asks one
 */
public record EvalCase(
        String id,
        String kind,
        Lang lang,
        List<String> turns,
        Optional<LocalDate> today,
        Optional<String> expect,
        Optional<String> intent,
        Optional<LocalDate> expectDate,
        Optional<Boolean> expectOk) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public EvalCase {
        turns = List.copyOf(turns);
    }

    /** Reads a JSON-lines case file; an unreadable line is reported with its number. */
    public static List<EvalCase> read(Path file) throws IOException {
        List<EvalCase> cases = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file)) {
            number++;
            if (!line.isBlank()) {
                cases.add(parse(line, file + ":" + number));
            }
        }
        return cases;
    }

    static EvalCase parse(String line, String where) throws IOException {
        JsonNode node = MAPPER.readTree(line);
        Lang lang = Lang.fromCode(node.path("lang").asText()).orElseThrow(() -> new IOException(where + ": unknown \"lang\""));
        List<String> turns = new ArrayList<>();
        if (node.has("turns")) {
            node.get("turns").forEach(t -> turns.add(t.asText()));
        } else {
            turns.add(node.path("q").asText());
        }
        return new EvalCase(node.path("id").asText(), node.path("kind").asText(), lang, turns,
                text(node, "today").map(LocalDate::parse), text(node, "expect"), text(node, "intent"),
                text(node, "expect_date").map(LocalDate::parse),
                node.hasNonNull("expect_ok") ? Optional.of(node.get("expect_ok").asBoolean()) : Optional.empty());
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}
