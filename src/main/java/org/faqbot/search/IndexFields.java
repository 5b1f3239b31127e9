package org.faqbot.search;

import java.util.List;
import org.faqbot.kb.Lang;

/**
 * The names of the Lucene fields of an entry's document, in one place. Each text field exists once per
 * language and is analysed by that language's analyzer, so Dutch text is never stemmed as English.
 */
final class IndexFields {

    /** The entry id, indexed as one untokenised term and stored; it maps a hit back to its entry. */
    static final String ID = "id";

    /** The question (Q&amp;A) or heading (passage): the text a user's question resembles most. */
    static final String QUESTION_NL = "question_nl";
    static final String QUESTION_EN = "question_en";

    /** The answer text, with link targets and callout markers removed. */
    static final String ANSWER_NL = "answer_nl";
    static final String ANSWER_EN = "answer_en";

    /** The page title and section path: where the entry sits, weaker evidence than its own text. */
    static final String CONTEXT_NL = "context_nl";
    static final String CONTEXT_EN = "context_en";

    private IndexFields() {
    }

    static String question(Lang lang) {
        return lang == Lang.NL ? QUESTION_NL : QUESTION_EN;
    }

    static String answer(Lang lang) {
        return lang == Lang.NL ? ANSWER_NL : ANSWER_EN;
    }

    static String context(Lang lang) {
        return lang == Lang.NL ? CONTEXT_NL : CONTEXT_EN;
    }

    /** Built once: a search asks for the text fields hundreds of times. */
    private static final List<String> TEXT_FIELDS_NL = List.of(QUESTION_NL, ANSWER_NL, CONTEXT_NL);
    private static final List<String> TEXT_FIELDS_EN = List.of(QUESTION_EN, ANSWER_EN, CONTEXT_EN);

    /** The text fields of {@code lang}, question first. */
    static List<String> textFields(Lang lang) {
        return lang == Lang.NL ? TEXT_FIELDS_NL : TEXT_FIELDS_EN;
    }
}
