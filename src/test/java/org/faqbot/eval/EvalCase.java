package org.faqbot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;

/**
 * One case of the development evaluation ({@code eval/dev-cases.jsonl}, described in the shared eval
 * README): the messages a user sends, their language and, for FAQ cases, the entry that answers.
 *
 * @param expect the answering entry's id; empty for out-of-domain, date and dialog cases
 */
record EvalCase(String id, String kind, Lang lang, List<String> messages, Optional<String> expect) {

    static final String RESOURCE = "/eval/dev-cases.jsonl";
    /** Our own cases, written from the FAQ page and other pages' headings, never from the dev cases. */
    static final String HOLDOUT_RESOURCE = "/eval/holdout-cases.jsonl";

    static List<EvalCase> loadAll() {
        return load(RESOURCE);
    }

    /** The cases of class-path resource {@code resource}, in file order. */
    static List<EvalCase> load(String resource) {
        ObjectMapper mapper = new ObjectMapper();
        List<EvalCase> cases = new ArrayList<>();
        try (InputStream in = EvalCase.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    cases.add(parse(mapper.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return cases;
    }

    private static EvalCase parse(JsonNode node) {
        List<String> messages = new ArrayList<>();
        if (node.has("turns")) {
            node.get("turns").forEach(turn -> messages.add(turn.asText()));
        } else {
            messages.add(node.get("q").asText());
        }
        JsonNode expect = node.get("expect");
        return new EvalCase(node.get("id").asText(), node.get("kind").asText(),
                Lang.fromCode(node.get("lang").asText()).orElseThrow(),
                messages, expect == null || expect.isNull() ? Optional.empty() : Optional.of(expect.asText()));
    }

    boolean isFaq() {
        return kind.equals("faq");
    }

    boolean isOutOfDomain() {
        return kind.equals("ood");
    }
}
