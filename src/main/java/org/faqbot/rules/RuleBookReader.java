package org.faqbot.rules;

import static org.faqbot.rules.RuleFields.bilingual;
import static org.faqbot.rules.RuleFields.bothLanguages;
import static org.faqbot.rules.RuleFields.choice;
import static org.faqbot.rules.RuleFields.cues;
import static org.faqbot.rules.RuleFields.known;
import static org.faqbot.rules.RuleFields.optionalBilingual;
import static org.faqbot.rules.RuleFields.optionalCues;
import static org.faqbot.rules.RuleFields.period;
import static org.faqbot.rules.RuleFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        RulePlace where = new RulePlace(origin, "fact", text(node, "id", new RulePlace(origin, "fact", "#?")));
        String type = text(node, "type", where);
        if (!type.equals("date")) {
            throw where.error("type", "'" + type + "' is not supported; facts are of type 'date'");
        }
        Tense tense = choice(Tense.class, text(node, "tense", where), "tense", where);
        return new Fact(where.id(), tense, bilingual(node, "label", where), bilingual(node, "ask", where),
                cues(node.path("cues"), "cues", where), recurrence(node.path("recurs"), where));
    }

    /** The optional "recurs" block of a fact: the period to its next occurrence and the reply's sentence about it. */
    private Optional<Recurrence> recurrence(JsonNode node, RulePlace where) {
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
        RulePlace where = new RulePlace(origin, "rule", text(node, "id", new RulePlace(origin, "rule", "#?")));
        String fact = known(text(node, "fact", where), factIds, "fact", where);
        List<String> accepts = new ArrayList<>();
        node.path("accepts").forEach(a -> accepts.add(known(a.asText(), factIds, "accepts", where)));
        RuleSpec spec = new RuleSpec(where.id(), fact, accepts, period(text(node, "period", where), where),
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

    private RuleTexts texts(JsonNode node, RulePlace where) {
        List<RuleNote> notes = new ArrayList<>();
        node.path("notes").forEach(n -> notes.add(new RuleNote(text(n, "fact", where), bothLanguages(n, "notes", where))));
        return new RuleTexts(bilingual(node, "answer", where), optionalBilingual(node.path("supposed")), bilingual(node, "yes", where), bilingual(node, "no", where),
                optionalBilingual(node.path("passed")), notes, optionalBilingual(node.path("reminders")));
    }

    /** The optional "end" block: the thing, the cues of its ending and the answer from an end date, all required when it is there. */
    private RuleEnd end(JsonNode node, RulePlace where) {
        if (node.isMissingNode()) {
            return RuleEnd.none();
        }
        return new RuleEnd(cues(node.path("things"), "end.things", where), cues(node.path("cues"), "end.cues", where),
                bothLanguages(node.path("answer"), "end.answer", where));
    }

    private List<Integer> reminderDays(JsonNode node, RulePlace where) {
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

    private Map<Lang, List<Signal>> signals(JsonNode node, RulePlace where) {
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

    private int weight(JsonNode signal, Lang lang, RulePlace where) {
        int weight = signal.path("weight").asInt(0);
        if (weight <= 0 || signal.path("cue").asText().isBlank()) {
            throw where.error("signals." + lang.code(), "each signal needs a non-empty \"cue\" and a positive \"weight\": " + signal);
        }
        return weight;
    }
}
