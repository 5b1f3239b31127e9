package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.List;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Inlines;
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

    /** The pairs as plain text: markup and images dropped, links as their text, entities decoded. */
    List<Bilingual> plainPairs() {
        List<Bilingual> plain = new ArrayList<>(pairs.size());
        for (Bilingual pair : pairs) {
            plain.add(Bilingual.of(plain(pair.nl()), plain(pair.en())));
        }
        return plain;
    }

    private static String plain(String markdown) {
        return Inlines.text(SourceInline.parse(markdown, url -> url)).replace('\n', ' ');
    }
}
