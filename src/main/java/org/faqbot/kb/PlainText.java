package org.faqbot.kb;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Renders blocks as readable plain text for a console; see {@link LightMarkdown#toPlainText}. */
final class PlainText {

    private PlainText() {
    }

    static String render(List<Block> blocks, Lang lang) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block block : blocks) {
            if (previous != null) {
                out.append(LightMarkdown.tight(previous, block) ? "\n" : "\n\n");
            }
            out.append(render(block, lang));
            previous = block;
        }
        return out.toString();
    }

    private static String render(Block block, Lang lang) {
        if (block instanceof Block.Paragraph p) {
            return spans(p.spans());
        }
        if (block instanceof Block.ListItem item) {
            return item(item);
        }
        if (block instanceof Block.Callout callout) {
            return callout.kind().label(lang) + ": " + render(callout.body(), lang);
        }
        if (block instanceof Block.Table table) {
            return table(table);
        }
        if (block instanceof Block.CodeBlock code) {
            return code.code();
        }
        return ((Block.SubHeading) block).text();
    }

    /** Lines after the first line up with the item's text, under the number or bullet. */
    private static String item(Block.ListItem item) {
        String marker = "   ".repeat(item.level()) + (item.ordered() ? item.number() + ". " : "• ");
        return marker + spans(item.spans()).replace("\n", "\n" + " ".repeat(marker.length()));
    }

    private static String table(Block.Table table) {
        return Stream.concat(Stream.of(table.header()), table.rows().stream())
                .map(row -> row.cells().stream().map(cell -> spans(cell.spans())).collect(Collectors.toList()))
                .filter(cells -> cells.stream().anyMatch(cell -> !cell.isBlank()))
                .map(cells -> String.join(" | ", cells))
                .collect(Collectors.joining("\n"));
    }

    /** The spans' text; a link shows as {@code text (url)}, or just the url when that is its text. */
    static String spans(List<Inline> spans) {
        StringBuilder out = new StringBuilder();
        for (Inline span : spans) {
            if (span instanceof Inline.Link link && !link.text().equals(link.url()) && !link.text().isBlank()) {
                out.append(link.text()).append(" (").append(link.url()).append(')');
            } else {
                out.append(span instanceof Inline.Link link ? link.url() : span.text());
            }
        }
        return out.toString();
    }
}
