package org.faqbot.ingest;

import java.util.List;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Lang;

/**
 * A page read as far as its structure: lines with pair placeholders, the pairs, and its sections.
 *
 * @param source      which file, and its slug and docs path
 * @param frontMatter the page's front matter
 * @param lines       the body lines, pairs replaced by {@link Placeholders}
 * @param pairs       the bilingual pairs, by placeholder index
 * @param sections    the headings in page order; the first is the {@code #} title
 */
record ParsedPage(PageFile source, FrontMatter frontMatter, List<SourceLine> lines, List<Bilingual> pairs,
                  List<Section> sections) {

    ParsedPage {
        lines = List.copyOf(lines);
        pairs = List.copyOf(pairs);
        sections = List.copyOf(sections);
    }

    LangText text(Lang lang) {
        return new LangText(lang, pairs, source.docsPath());
    }
}
