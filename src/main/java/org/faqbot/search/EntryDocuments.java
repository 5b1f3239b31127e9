package org.faqbot.search;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;

/** Turns a knowledge-base entry into the Lucene document that indexes it. */
final class EntryDocuments {

    /** The entry's position in the knowledge base, as a doc value: maps a hit back in constant time. */
    static final String ORDINAL = "ordinal";

    /** Link targets, bare URLs, callout markers and emphasis: markup that would index as words. */
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern CALLOUT = Pattern.compile("\\[![A-Z]+\\]");

    private EntryDocuments() {
    }

    /**
     * The document of {@code entry}: its id as an exact-match key, its {@code ordinal} in the knowledge
     * base, and per language its question, answer and context (page title and section path) as
     * analysed text. Only the id is stored; hits are mapped back through the ordinal.
     */
    static Document of(FaqEntry entry, int ordinal) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, entry.id(), Field.Store.YES));
        doc.add(new NumericDocValuesField(ORDINAL, ordinal));
        for (Lang lang : Lang.values()) {
            doc.add(new TextField(IndexFields.question(lang), entry.question().get(lang), Field.Store.NO));
            doc.add(new TextField(IndexFields.answer(lang), plainText(entry.answer().get(lang)), Field.Store.NO));
            doc.add(new TextField(IndexFields.context(lang), context(entry, lang), Field.Store.NO));
        }
        return doc;
    }

    /** The page title and the section headings, outermost first, one per line. */
    static String context(FaqEntry entry, Lang lang) {
        String sections = entry.sectionPath().stream()
                .map(section -> section.get(lang))
                .collect(Collectors.joining("\n"));
        return entry.pageTitle().get(lang) + "\n" + sections;
    }

    /** {@code markdown} without link targets, URLs and callout markers; link texts stay. */
    static String plainText(String markdown) {
        String text = LINK_TARGET.matcher(markdown).replaceAll("]");
        text = URL.matcher(text).replaceAll(" ");
        return CALLOUT.matcher(text).replaceAll(" ");
    }
}
