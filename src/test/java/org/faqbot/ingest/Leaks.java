package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Block;
import org.faqbot.kb.Inline;
import org.faqbot.kb.Inlines;
import org.faqbot.kb.LightMarkdown;

/** Finds source markup left in ingested text, and reads links and text out of answers, for assertions. */
final class Leaks {

    /** Span pairs, anchors, docs directives, HTML tags the ingest should have removed, and raw entities. */
    private static final Pattern MARKUP = Pattern.compile(
            "<span|</span|data-ttu-id|data-stu-id|sxs-lookup|:::|<a name|<a |<br|<sup|<font|&[a-zA-Z]{2,8};|&#\\d+;|[\\uE000-\\uF8FF]");

    private Leaks() {
    }

    /** The pieces of source markup in {@code text}; empty when clean. */
    static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = MARKUP.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** Every link url in a light-Markdown answer, callouts and tables included. */
    static List<String> linkUrls(String answer) {
        List<String> urls = new ArrayList<>();
        spans(LightMarkdown.parse(answer)).stream().filter(Inline.Link.class::isInstance)
                .forEach(link -> urls.add(((Inline.Link) link).url()));
        return urls;
    }

    /** The blocks' text, links as their text. */
    static String text(List<Block> blocks) {
        return Inlines.text(spans(blocks));
    }

    static List<Inline> spans(List<Block> blocks) {
        List<Inline> spans = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                spans.addAll(p.spans());
            } else if (block instanceof Block.ListItem item) {
                spans.addAll(item.spans());
            } else if (block instanceof Block.Callout callout) {
                spans.addAll(spans(callout.body()));
            } else if (block instanceof Block.Table table) {
                table.header().cells().forEach(cell -> spans.addAll(cell.spans()));
                table.rows().forEach(row -> row.cells().forEach(cell -> spans.addAll(cell.spans())));
            }
        }
        return spans;
    }
}
