package org.faqbot.kb;

import java.util.List;
import java.util.Objects;

/**
 * One answerable unit of the knowledge base, in both languages.
 *
 * @param id          {@code <page-slug>#<anchor>}, e.g. {@code benefits-faq#q-how-do-i-renew-my-benefits}
 * @param kind        a Q&amp;A from a question heading, or a passage from another section
 * @param page        the page slug (source file name without {@code .md})
 * @param pageTitle   the page's title
 * @param sectionPath the enclosing headings, outermost first, without the entry's own heading
 * @param question    the question (Q&amp;A, without the "V."/"Q." prefix) or the heading (passage)
 * @param answer      the answer as {@link LightMarkdown}: paragraphs, lists, bold, links, callouts
 * @param sourceUrl   the docs page (with anchor) per language
 */
public record FaqEntry(
        String id,
        EntryKind kind,
        String page,
        Bilingual pageTitle,
        List<Bilingual> sectionPath,
        Bilingual question,
        Bilingual answer,
        Bilingual sourceUrl) {

    public FaqEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(pageTitle, "pageTitle");
        sectionPath = List.copyOf(sectionPath);
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
    }

    /** A short stable key for this entry, fit for Telegram's 64-byte callback data. */
    public String key() {
        return EntryKeys.of(id);
    }
}
