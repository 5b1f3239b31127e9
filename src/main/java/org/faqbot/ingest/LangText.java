package org.faqbot.ingest;

import java.util.List;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Inline;
import org.faqbot.kb.Inlines;
import org.faqbot.kb.Lang;

/** A page's text in one language: fills in the bilingual pairs and reads the docs Markdown into spans. */
final class LangText {

    private final Lang lang;
    private final List<Bilingual> pairs;
    private final DocsLinks links;

    LangText(Lang lang, List<Bilingual> pairs, String pagePath) {
        this.lang = lang;
        this.pairs = pairs;
        this.links = new DocsLinks(pagePath, lang);
    }

    Lang lang() {
        return lang;
    }

    DocsLinks links() {
        return links;
    }

    /** The spans of a line (or lines joined by {@code \n}) with placeholders, tidied. */
    List<Inline> spans(String skeleton) {
        return SourceInline.parse(Placeholders.resolve(skeleton, pairs, lang), links::resolve);
    }

    /** Plain text on one line, for headings and titles. */
    String plain(String skeleton) {
        return Inlines.text(spans(skeleton)).replace('\n', ' ');
    }
}
