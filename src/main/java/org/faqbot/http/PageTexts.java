package org.faqbot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.faqbot.dialog.Choice;
import org.faqbot.dialog.Coverage;
import org.faqbot.kb.Lang;

/**
 * The chat page's texts as {@code /web/texts.json} serves them: the page's own words ({@link WebTexts}) fitted to what
 * the loaded knowledge base lets the bot answer ({@link Coverage}), as the core fits its own texts. With the whole
 * corpus a text that has a {@code .docs} variant ("title", "intro") takes it. The welcome's example buttons are listed
 * under {@value #EXAMPLES}, each a label and the payload pressing it sends: two questions (the page's own on the
 * Benefits FAQ, the core's first two examples with the documentation), then the date example and /help, since the
 * dates the bot works out are the MPN benefits' with either knowledge base. Built for each request, so that a reloaded
 * knowledge base shows at once.
 */
final class PageTexts {

    /** The key of the example buttons in each language's texts: an array of {@code {"label", "payload"}}. */
    static final String EXAMPLES = "example.choices";
    private static final int QUESTIONS = 2;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PageTexts() {
    }

    /** {@code {"en": {...}, "nl": {...}}}: every text of {@code texts} in the variant {@code coverage} calls for, and the examples. */
    static String json(WebTexts texts, Coverage coverage) {
        ObjectNode all = MAPPER.createObjectNode();
        for (Lang lang : Lang.values()) {
            ObjectNode one = all.putObject(lang.code());
            List<String> keys = texts.keys(lang);
            for (String key : keys) {
                if (!key.endsWith(Coverage.DOCUMENTATION_SUFFIX)) {
                    String variant = coverage.key(key);
                    one.put(key, texts.get(lang, keys.contains(variant) ? variant : key));
                }
            }
            ArrayNode examples = one.putArray(EXAMPLES);
            examples(texts, coverage, lang).forEach(c -> examples.addObject().put("label", c.label()).put("payload", c.payload()));
        }
        return all.toString();
    }

    /** The welcome's example buttons in {@code lang}: two questions, the date example, /help. */
    static List<Choice> examples(WebTexts texts, Coverage coverage, Lang lang) {
        List<Choice> examples = new ArrayList<>(coverage.documentation() ? coverage.examples(lang, QUESTIONS) : ownQuestions(texts, lang));
        examples.add(typed(texts.get(lang, "example.date")));
        examples.add(typed(texts.get(lang, "example.help")));
        return examples;
    }

    private static List<Choice> ownQuestions(WebTexts texts, Lang lang) {
        List<Choice> questions = new ArrayList<>();
        for (int n = 1; n <= QUESTIONS; n++) {
            questions.add(typed(texts.get(lang, "example.question." + n)));
        }
        return questions;
    }

    /** A button that sends its own words, as if typed. */
    private static Choice typed(String text) {
        return new Choice(text, text);
    }
}
