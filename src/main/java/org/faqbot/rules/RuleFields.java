package org.faqbot.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Lang;

/**
 * Reads one typed field of a fact or rule in a rules file: a text, both languages' texts, cue lists, a period, one of
 * an enum's values. A missing or invalid required field fails with its {@link RulePlace} and name, so that the rules
 * file's author finds it; an optional one reads as empty. Stateless.
 */
final class RuleFields {

    private RuleFields() {
    }

    /** The non-blank text of {@code field}. */
    static String text(JsonNode node, String field, RulePlace where) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw where.error(field, "missing or empty");
        }
        return value.asText();
    }

    /** The texts of {@code field} in both languages, neither blank. */
    static Bilingual bilingual(JsonNode node, String field, RulePlace where) {
        return bothLanguages(node.path(field), field, where);
    }

    /** The texts of {@code node} in both languages, neither blank; {@code field} names it in errors. */
    static Bilingual bothLanguages(JsonNode node, String field, RulePlace where) {
        for (Lang lang : Lang.values()) {
            if (!node.path(lang.code()).isTextual() || node.path(lang.code()).asText().isBlank()) {
                throw where.error(field + "." + lang.code(), "missing or empty");
            }
        }
        return Bilingual.of(node.path("nl").asText(), node.path("en").asText());
    }

    /** Texts per language that may be left out: a language left out has "". */
    static Bilingual optionalBilingual(JsonNode node) {
        return Bilingual.of(node.path("nl").asText(""), node.path("en").asText(""));
    }

    static Period period(String value, RulePlace where) {
        try {
            return Period.parse(value);
        } catch (DateTimeParseException e) {
            throw where.error("period", "'" + value + "' is not an ISO-8601 period such as P1Y, P30D or P90D");
        }
    }

    /** The lower-case cue lists of {@code node} per language, at least one cue each; {@code field} names it in errors. */
    static Map<Lang, List<String>> cues(JsonNode node, String field, RulePlace where) {
        Map<Lang, List<String>> cues = optionalCues(node);
        for (Lang lang : Lang.values()) {
            if (cues.get(lang).isEmpty()) {
                throw where.error(field + "." + lang.code(), "needs at least one cue");
            }
        }
        return cues;
    }

    /** Cue lists per language that a rules file may leave out; a language it leaves out has none. */
    static Map<Lang, List<String>> optionalCues(JsonNode node) {
        Map<Lang, List<String>> cues = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            List<String> list = new ArrayList<>();
            node.path(lang.code()).forEach(c -> list.add(c.asText().toLowerCase(Locale.ROOT)));
            cues.put(lang, List.copyOf(list));
        }
        return cues;
    }

    /** {@code id}, checked to be one of {@code factIds}. */
    static String known(String id, Set<String> factIds, String field, RulePlace where) {
        if (!factIds.contains(id)) {
            throw where.error(field, "unknown fact '" + id + "'; known facts: " + String.join(", ", factIds.stream().sorted().toList()));
        }
        return id;
    }

    /** The constant of {@code type} named {@code value} in any case. */
    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, RulePlace where) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw where.error(field, "'" + value + "' is not one of: "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }
}
