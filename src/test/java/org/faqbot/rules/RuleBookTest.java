package org.faqbot.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    private static final String FACT = """
            {"id": "start_on", "type": "date", "tense": "future",
             "label": {"nl": "de start", "en": "the start"}, "ask": {"nl": "Wanneer?", "en": "When?"},
             "cues": {"nl": ["start"], "en": ["start"]}}""";

    private static String rule(String id, String kind, String period, String fact) {
        return """
                {"id": "%s", "kind": "%s", "fact": "%s", "period": "%s", "source": "page#entry",
                 "evidence": {"nl": "x", "en": "x"},
                 "signals": {"nl": [{"cue": "start", "weight": 2}], "en": [{"cue": "start", "weight": 2}]},
                 "answer": {"nl": "a {date}", "en": "a {date}"}, "yes": {"nl": "ja", "en": "yes"}, "no": {"nl": "nee", "en": "no"}}"""
                .formatted(id, kind, fact, period);
    }

    private static RuleBook read(String json) throws IOException {
        return RuleBookReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test-rules.json");
    }

    @Test
    void standardRulesHoldTheFiveIntentsOfTheBenefitsFaq() {
        RuleBook book = RuleBook.standard();

        List<String> ids = book.rules().stream().map(DateRule::id).toList();

        assertEquals(List.of("key_valid_until", "redeem_deadline", "user_assignment_grace_until", "vs_reassign_from",
                "renewal_open_from"), ids);
    }

    @Test
    void newRuleWithAnotherPeriodNeedsOnlyData() throws IOException {
        String json = "{\"facts\": [" + FACT + "], \"rules\": [" + rule("starts_plus_two_weeks", "from", "P2W", "start_on") + "]}";

        RuleBook book = read(json);

        DateRule rule = book.rule("starts_plus_two_weeks").orElseThrow();
        assertInstanceOf(FromRule.class, rule);
        assertEquals(Period.ofWeeks(2), rule.spec().period());
        assertEquals(LocalDate.of(2021, 3, 15), rule.apply(LocalDate.of(2021, 3, 1)));
    }

    @Test
    void badPeriodNamesTheRuleAndField() {
        String json = "{\"facts\": [" + FACT + "], \"rules\": [" + rule("r1", "until", "P1Q", "start_on") + "]}";

        RuleFormatException error = assertThrows(RuleFormatException.class, () -> read(json));

        assertEquals("test-rules.json: rule 'r1': field 'period': 'P1Q' is not an ISO-8601 period such as P1Y, P30D or P90D",
                error.getMessage());
    }

    @Test
    void unknownFactNamesTheRuleAndField() {
        String json = "{\"facts\": [" + FACT + "], \"rules\": [" + rule("r1", "until", "P1Y", "nope") + "]}";

        RuleFormatException error = assertThrows(RuleFormatException.class, () -> read(json));

        assertEquals("test-rules.json: rule 'r1': field 'fact': unknown fact 'nope'; known facts: start_on", error.getMessage());
    }

    @Test
    void unknownKindNamesTheRuleAndField() {
        String json = "{\"facts\": [" + FACT + "], \"rules\": [" + rule("r1", "before", "P1Y", "start_on") + "]}";

        RuleFormatException error = assertThrows(RuleFormatException.class, () -> read(json));

        assertEquals("test-rules.json: rule 'r1': field 'kind': 'before' is not one of: until, from", error.getMessage());
    }

    @Test
    void missingTranslationNamesTheRuleAndField() {
        String json = "{\"facts\": [" + FACT + "], \"rules\": ["
                + rule("r1", "until", "P1Y", "start_on").replace("\"yes\": {\"nl\": \"ja\", \"en\": \"yes\"}", "\"yes\": {\"nl\": \"ja\"}") + "]}";

        RuleFormatException error = assertThrows(RuleFormatException.class, () -> read(json));

        assertEquals("test-rules.json: rule 'r1': field 'yes.en': missing or empty", error.getMessage());
    }

    @Test
    void duplicateRuleIsRejected() {
        String json = "{\"facts\": [" + FACT + "], \"rules\": [" + rule("r1", "until", "P1Y", "start_on") + ","
                + rule("r1", "from", "P1Y", "start_on") + "]}";

        RuleFormatException error = assertThrows(RuleFormatException.class, () -> read(json));

        assertEquals("test-rules.json: rule 'r1' is defined twice", error.getMessage());
    }

    @Test
    void factWithUnknownTenseNamesTheFactAndField() {
        String json = "{\"facts\": [" + FACT.replace("\"future\"", "\"someday\"") + "], \"rules\": []}";

        RuleFormatException error = assertThrows(RuleFormatException.class, () -> read(json));

        assertEquals("test-rules.json: fact 'start_on': field 'tense': 'someday' is not one of: past, future", error.getMessage());
    }

    @Test
    void notJsonIsReportedWithTheFile() {
        RuleFormatException error = assertThrows(RuleFormatException.class, () -> read("{rules"));

        assertEquals(true, error.getMessage().startsWith("test-rules.json: not valid JSON"));
    }

    @Test
    void objectsAndOtherEventsAreReadPerLanguage() throws IOException {
        String withObjects = rule("r1", "until", "P1D", "start_on").replaceFirst("\\}$",
                ", \"objects\": {\"nl\": [\"Lidmaatschap\"], \"en\": [\"membership\"]}}");
        String json = "{\"other_events\": {\"nl\": [\"ontvangen\"], \"en\": [\"received\"]}, \"facts\": [" + FACT
                + "], \"rules\": [" + withObjects + "]}";

        RuleBook book = read(json);

        assertEquals(List.of("lidmaatschap"), book.rule("r1").orElseThrow().spec().objects(Lang.NL));
        assertEquals(List.of("received"), book.otherEvents(Lang.EN));
    }

    @Test
    void ruleWithoutObjectsNeedsNone() throws IOException {
        String json = "{\"facts\": [" + FACT + "], \"rules\": [" + rule("r1", "until", "P1D", "start_on") + "]}";

        RuleBook book = read(json);

        assertEquals(List.of(), book.rule("r1").orElseThrow().spec().objects(Lang.EN));
        assertEquals(List.of(), book.otherEvents(Lang.NL));
    }

    private static final String END = """
            , "end": {"things": {"nl": ["sleutel"], "en": ["Key"]}, "cues": {"nl": ["verloopt"], "en": ["expires"]},
             "answer": {"nl": "tot {date}, dus {fact}", "en": "until {date}, so {fact}"}}}""";

    @Test
    void endOfTheThingIsReadPerLanguage() throws IOException {
        String json = "{\"facts\": [" + FACT + "], \"rules\": [" + rule("r1", "until", "P1Y", "start_on").replaceFirst("\\}$", END) + "]}";

        RuleEnd end = read(json).rule("r1").orElseThrow().spec().end();

        assertEquals(List.of("key"), end.things(Lang.EN));
        assertEquals(List.of("verloopt"), end.cues(Lang.NL));
        assertEquals("until {date}, so {fact}", end.answer().get(Lang.EN));
    }

    @Test
    void endOfAFromRuleIsRefused() {
        String json = "{\"facts\": [" + FACT + "], \"rules\": [" + rule("r1", "from", "P1Y", "start_on").replaceFirst("\\}$", END) + "]}";

        RuleFormatException error = assertThrows(RuleFormatException.class, () -> read(json));

        assertEquals("test-rules.json: rule 'r1': field 'end': only an 'until' rule computes the day its thing ends", error.getMessage());
    }

    @Test
    void endWithoutCuesNamesTheField() {
        String json = "{\"facts\": [" + FACT + "], \"rules\": [" + rule("r1", "until", "P1Y", "start_on")
                .replaceFirst("\\}$", END.replace("\"expires\"", "")) + "]}";

        RuleFormatException error = assertThrows(RuleFormatException.class, () -> read(json));

        assertEquals("test-rules.json: rule 'r1': field 'end.cues.en': needs at least one cue", error.getMessage());
    }

    @Test
    void ruleWithoutAnEndHasNone() throws IOException {
        String json = "{\"facts\": [" + FACT + "], \"rules\": [" + rule("r1", "until", "P1D", "start_on") + "]}";

        assertTrue(read(json).rule("r1").orElseThrow().spec().end().isEmpty());
    }

    @Test
    void everyStandardRuleNamesItsObjectsInBothLanguages() {
        RuleBook book = RuleBook.standard();

        for (DateRule rule : book.rules()) {
            for (Lang lang : Lang.values()) {
                assertFalse(rule.spec().objects(lang).isEmpty(), rule.id() + " " + lang);
            }
        }
    }

    private static final String RECURS = """
            , "recurs": {"period": "P1Y", "nl": "op {fact}, dus {date}", "en": "on {fact}, so {date}"}}""";

    @Test
    void factThatComesBackGivesItsNextOccurrence() throws IOException {
        String json = "{\"facts\": [" + FACT.replaceFirst("\\}$", RECURS) + "], \"rules\": []}";

        Recurrence recurrence = read(json).fact("start_on").orElseThrow().recurrence().orElseThrow();

        assertEquals(LocalDate.of(2027, 1, 1), recurrence.next(LocalDate.of(2026, 1, 1)));
        assertEquals("on {fact}, so {date}", recurrence.text().get(Lang.EN));
    }

    @Test
    void recurrenceWithoutAPositivePeriodNamesTheFactAndField() {
        String json = "{\"facts\": [" + FACT.replaceFirst("\\}$", RECURS.replace("P1Y", "P0D")) + "], \"rules\": []}";

        RuleFormatException error = assertThrows(RuleFormatException.class, () -> read(json));

        assertEquals("test-rules.json: fact 'start_on': field 'recurs.period': 'P0D' is no period after which the fact comes back",
                error.getMessage());
    }

    @Test
    void factWithoutRecurrenceDoesNotComeBack() throws IOException {
        String json = "{\"facts\": [" + FACT + "], \"rules\": []}";

        assertTrue(read(json).fact("start_on").orElseThrow().recurrence().isEmpty());
    }

    @Test
    void standardEnrollmentRenewalComesBackAfterAYear() {
        Fact renewal = RuleBook.standard().fact("enrollment_renewal").orElseThrow();

        assertEquals(Period.ofYears(1), renewal.recurrence().orElseThrow().period());
    }
}
