package org.faqbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faqbot.dialog.Choice;
import org.faqbot.dialog.Coverage;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** The chat page's texts as served, on the Benefits FAQ and with the documentation loaded. */
class PageTextsTest {

    private static final WebTexts TEXTS = WebTexts.load();
    private static final Coverage DOCUMENTATION = new Coverage(true, Map.of(
            Lang.EN, List.of(new Choice("Where do I start?", "/faq a1"), new Choice("Who signs?", "/faq b2"), new Choice("Why?", "/faq c3")),
            Lang.NL, List.of(new Choice("Waar begin ik?", "/faq a1"), new Choice("Wie tekent?", "/faq b2"))));

    private static JsonNode served(Coverage coverage) throws Exception {
        return new ObjectMapper().readTree(PageTexts.json(TEXTS, coverage));
    }

    private static List<String> examples(JsonNode texts, String field) {
        List<String> values = new ArrayList<>();
        texts.get(PageTexts.EXAMPLES).forEach(example -> values.add(example.get(field).asText()));
        return values;
    }

    @Test
    void onTheBenefitsFaqThePageSpeaksOfMpnBenefitsWithItsOwnExamples() throws Exception {
        JsonNode english = served(Coverage.BENEFITS).get("en");

        assertEquals("faqbot: questions about your MPN benefits", english.get("title").asText());
        assertEquals("Questions about your Microsoft partner-programme (MPN) benefits, in English or Dutch. I can also work out your own"
                + " dates.", english.get("intro").asText());
        assertEquals(List.of("How do I renew my benefits?", "What does the benefit expiry date mean?",
                "Key redeemed on 1 Dec 2020: until when is it valid?", "/help"), examples(english, "payload"));
    }

    @Test
    void withTheDocumentationThePageSpeaksOfItInBothLanguages() throws Exception {
        JsonNode texts = served(DOCUMENTATION);

        assertEquals("faqbot: questions about the Microsoft Partner Center documentation", texts.get("en").get("title").asText());
        assertEquals("Vragen over de documentatie van Microsoft Partner Center, in het Nederlands of Engels. Ik kan ook de datums van je"
                + " voordelen in het Microsoft-partnerprogramma (MPN) uitrekenen.", texts.get("nl").get("intro").asText());
    }

    @Test
    void withTheDocumentationTheExamplesAreTheCoresFirstTwoThenTheDateAndHelp() throws Exception {
        JsonNode dutch = served(DOCUMENTATION).get("nl");

        assertEquals(List.of("Waar begin ik?", "Wie tekent?", "Sleutel ingewisseld op 1 dec 2020: tot wanneer is hij geldig?", "/help"),
                examples(dutch, "label"));
        assertEquals(List.of("/faq a1", "/faq b2", "Sleutel ingewisseld op 1 dec 2020: tot wanneer is hij geldig?", "/help"),
                examples(dutch, "payload"));
    }

    @Test
    void theDocumentationsVariantsAreNotServedAsTextsOfTheirOwn() throws Exception {
        JsonNode texts = served(DOCUMENTATION);

        for (Lang lang : Lang.values()) {
            texts.get(lang.code()).fieldNames().forEachRemaining(key -> assertFalse(key.endsWith(".docs"), key));
        }
    }
}
