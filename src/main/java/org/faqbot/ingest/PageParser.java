package org.faqbot.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Lang;

/** Reads one source page into a {@link ParsedPage}, checking that it is a bilingual docs page. */
final class PageParser {

    private PageParser() {
    }

    /**
     * @param warnings receives {@code file:line: warning: ...} messages
     * @throws KbFormatException when the page is empty, has no bilingual pairs, broken front matter, an
     *                           unclosed span, fence or comment, or no {@code #} title first
     * @throws IOException       when the file cannot be read as UTF-8
     */
    static ParsedPage parse(PageFile page, Consumer<String> warnings) throws IOException {
        String content = Files.readString(page.file(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        String file = page.display();
        if (content.isBlank()) {
            throw new KbFormatException(file, 1, "empty file");
        }
        if (!content.contains("<span data-ttu-id=")) {
            throw new KbFormatException(file, 1, "not a bilingual docs page: no <span data-ttu-id=\"...\"> pairs");
        }
        List<String> lines = content.lines().collect(Collectors.toList());
        FrontMatter frontMatter = FrontMatter.parse(file, lines);
        SpanPairReader pairs = new SpanPairReader(file, warnings);
        List<SourceLine> body = pairs.read(SourceLines.read(file, lines, frontMatter.bodyStart()));
        List<Section> sections = PageOutline.of(body);
        requireTitleFirst(file, body, sections, frontMatter.bodyStart() + 1, pairs.pairs());
        return new ParsedPage(page, frontMatter, body, pairs.pairs(), sections);
    }

    private static void requireTitleFirst(String file, List<SourceLine> body, List<Section> sections, int bodyLine,
                                          List<Bilingual> pairs) {
        if (sections.isEmpty()) {
            throw new KbFormatException(file, bodyLine, "no headings: a docs page has a \"# \" title");
        }
        Section first = sections.get(0);
        if (first.level() != 1) {
            SourceLine line = body.get(first.headingIndex());
            throw new KbFormatException(file, line.number(),
                    "the first heading is not a \"# \" page title: \""
                    + Texts.abbreviate(Placeholders.resolve(line.text(), pairs, Lang.NL)) + "\"");
        }
    }
}
