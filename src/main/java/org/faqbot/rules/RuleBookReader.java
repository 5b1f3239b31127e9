package org.faqbot.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Lang;

/**
 * Reads and validates a rules file. Every problem is reported with the file, the rule or fact id and
 * the field, e.g. {@code rules.json: rule 'key_valid_until': field 'period': 'P1Q' is not a period}.
 */
final class RuleBookReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String origin;

    private RuleBookReader(String origin) {
        this.origin = origin;
    }

    static RuleBook read(InputStream in, String origin) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new RuleFormatException(origin + ": not valid JSON: " + e.getMessage(), e);
        }
        return new RuleBookReader(origin).book(root);
    }

    private RuleBook book(JsonNode root) {
        if (root == null || !root.path("facts").isArray() || !root.path("rules").isArray()) {
            throw new RuleFormatException(origin + ": expected an object with \"facts\" and \"rules\" arrays");
        }
        List<Fact> facts = new ArrayList<>();
        root.path("facts").forEach(node -> facts.add(fact(node)));
        Set<String> factIds = uniqueIds("fact", facts.stream().map(Fact::id).toList());
        List<DateRule> rules = new ArrayList<>();
        root.path("rules").forEach(node -> rules.add(rule(node, factIds)));
        uniqueIds("rule", rules.stream().map(DateRule::id).toList());
        JsonNode products = root.path("other_products");
        return new RuleBook(facts, rules, optionalCues(root.path("other_events")), optionalCues(products.path("names")),
                optionalCues(products.path("things")));
    }

    private Set<String> uniqueIds(String what, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new RuleFormatException(origin + ": " + what + " '" + id + "' is defined twice");
            }
        }
        return seen;
    }

    private Fact fact(JsonNode node) {
        Where where = new Where("fact", text(node, "id", new Where("fact", "#?")));
        String type = text(node, "type", where);
        if (!type.equals("date")) {
            throw where.error("type", "'" + type + "' is not supported; facts are of type 'date'");
        }
        Tense tense = choice(Tense.class, text(node, "tense", where), "tense", where);
        return new Fact(where.id, tense, bilingual(node, "label", where), bilingual(node, "ask", where),
                cues(node.path("cues"), where), recurrence(node.path("recurs"), where));
    }

    /** The optional "recurs" block of a fact: the period to its next occurrence and the reply's sentence about it. */
    private Optional<Recurrence> recurrence(JsonNode node, Where where) {
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        Period period = period(text(node, "period", where), where);
        if (period.isZero() || period.isNegative()) {
            throw where.error("recurs.period", "'" + period + "' is no period after which the fact comes back");
        }
        return Optional.of(new Recurrence(period, bothLanguages(node, "recurs", where)));
    }

    private DateRule rule(JsonNode node, Set<String> factIds) {
        Where where = new Where("rule", text(node, "id", new Where("rule", "#?")));
        String fact = known(text(node, "fact", where), factIds, "fact", where);
        List<String> accepts = new ArrayList<>();
        node.path("accepts").forEach(a -> accepts.add(known(a.asText(), factIds, "accepts", where)));
        RuleSpec spec = new RuleSpec(where.id, fact, accepts, period(text(node, "period", where), where),
                text(node, "source", where), bilingual(node, "evidence", where), signals(node.path("signals"), where),
                texts(node, where), reminderDays(node.path("reminders"), where), optionalCues(node.path("objects")),
                end(node.path("end"), where));
        String kind = text(node, "kind", where);
        if (!spec.end().isEmpty() && !kind.equals("until")) {
            throw where.error("end", "only an 'until' rule computes the day its thing ends");
        }
        return switch (kind) {
            case "until" -> new UntilRule(spec);
            case "from" -> new FromRule(spec);
            default -> throw where.error("kind", "'" + kind + "' is not one of: until, from");
        };
    }

    private RuleTexts texts(JsonNode node, Where where) {
        List<RuleNote> notes = new ArrayList<>();
        node.path("notes").forEach(n -> notes.add(new RuleNote(text(n, "fact", where), bothLanguages(n, "notes", where))));
        return new RuleTexts(bilingual(node, "answer", where), optionalBilingual(node.path("supposed")), bilingual(node, "yes", where), bilingual(node, "no", where),
                optionalBilingual(node.path("passed")), notes, optionalBilingual(node.path("reminders")));
    }

    /** The optional "end" block: the thing, the cues of its ending and the answer from an end date, all required when it is there. */
    private RuleEnd end(JsonNode node, Where where) {
        if (node.isMissingNode()) {
            return RuleEnd.none();
        }
        return new RuleEnd(cues(node.path("things"), "end.things", where), cues(node.path("cues"), "end.cues", where),
                bothLanguages(node.path("answer"), "end.answer", where));
    }

    private List<Integer> reminderDays(JsonNode node, Where where) {
        List<Integer> days = new ArrayList<>();
        for (JsonNode day : node.path("days_before")) {
            if (!day.canConvertToInt() || day.asInt() < 0) {
                throw where.error("reminders.days_before", "'" + day + "' is not a whole number of days >= 0");
            }
            days.add(day.asInt());
        }
        if (!days.isEmpty()) {
            bothLanguages(node, "reminders", where);
        }
        return days;
    }

    private Period period(String value, Where where) {
        try {
            return Period.parse(value);
        } catch (DateTimeParseException e) {
            throw where.error("period", "'" + value + "' is not an ISO-8601 period such as P1Y, P30D or P90D");
        }
    }

    private Map<Lang, List<String>> cues(JsonNode node, Where where) {
        return cues(node, "cues", where);
    }

    private Map<Lang, List<String>> cues(JsonNode node, String field, Where where) {
        Map<Lang, List<String>> cues = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            List<String> list = new ArrayList<>();
            node.path(lang.code()).forEach(c -> list.add(c.asText().toLowerCase(Locale.ROOT)));
            if (list.isEmpty()) {
                throw where.error(field + "." + lang.code(), "needs at least one cue");
            }
            cues.put(lang, List.copyOf(list));
        }
        return cues;
    }

    /** Cue lists per language that a rules file may leave out; a language it leaves out has none. */
    private static Map<Lang, List<String>> optionalCues(JsonNode node) {
        Map<Lang, List<String>> cues = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            List<String> list = new ArrayList<>();
            node.path(lang.code()).forEach(c -> list.add(c.asText().toLowerCase(Locale.ROOT)));
            cues.put(lang, List.copyOf(list));
        }
        return cues;
    }

    private Map<Lang, List<Signal>> signals(JsonNode node, Where where) {
        Map<Lang, List<Signal>> signals = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            List<Signal> list = new ArrayList<>();
            for (JsonNode s : node.path(lang.code())) {
                list.add(new Signal(s.path("cue").asText().toLowerCase(Locale.ROOT), weight(s, lang, where)));
            }
            if (list.isEmpty()) {
                throw where.error("signals." + lang.code(), "needs at least one signal");
            }
            signals.put(lang, List.copyOf(list));
        }
        return signals;
    }

    private int weight(JsonNode signal, Lang lang, Where where) {
        int weight = signal.path("weight").asInt(0);
        if (weight <= 0 || signal.path("cue").asText().isBlank()) {
            throw where.error("signals." + lang.code(), "each signal needs a non-empty \"cue\" and a positive \"weight\": " + signal);
        }
        return weight;
    }

    private String known(String id, Set<String> factIds, String field, Where where) {
        if (!factIds.contains(id)) {
            throw where.error(field, "unknown fact '" + id + "'; known facts: " + String.join(", ", factIds.stream().sorted().toList()));
        }
        return id;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Where where) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw where.error(field, "'" + value + "' is not one of: "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    private String text(JsonNode node, String field, Where where) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw where.error(field, "missing or empty");
        }
        return value.asText();
    }

    private Bilingual bilingual(JsonNode node, String field, Where where) {
        return bothLanguages(node.path(field), field, where);
    }

    private Bilingual bothLanguages(JsonNode node, String field, Where where) {
        for (Lang lang : Lang.values()) {
            if (!node.path(lang.code()).isTextual() || node.path(lang.code()).asText().isBlank()) {
                throw where.error(field + "." + lang.code(), "missing or empty");
            }
        }
        return Bilingual.of(node.path("nl").asText(), node.path("en").asText());
    }

    private static Bilingual optionalBilingual(JsonNode node) {
        return Bilingual.of(node.path("nl").asText(""), node.path("en").asText(""));
    }

    /** Names the place of a problem in error messages. */
    private final class Where {
        final String kind;
        final String id;

        Where(String kind, String id) {
            this.kind = kind;
            this.id = id;
        }

        RuleFormatException error(String field, String problem) {
            return new RuleFormatException(origin + ": " + kind + " '" + id + "': field '" + field + "': " + problem);
        }
    }
}
