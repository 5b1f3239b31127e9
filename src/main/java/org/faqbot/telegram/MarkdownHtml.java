package org.faqbot.telegram;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.faqbot.kb.Block;
import org.faqbot.kb.Inline;
import org.faqbot.kb.Lang;
import org.faqbot.kb.LightMarkdown;

/**
 * Renders a reply's light Markdown ({@link LightMarkdown}'s blocks) as Telegram HTML: {@code <b>},
 * {@code <i>}, {@code <a href>} and {@code <code>} inline; list items as lines with their number or a
 * bullet; a callout as its bold label on a line and its body in a {@code <blockquote>}; a table as
 * lines of cells joined by " | " with the header in bold; code blocks in {@code <pre>}. Every piece of
 * text is escaped, the user's own words included. Blocks are a blank line apart, list items a line.
 *
 * <pre>{@code
 * toHtml("> [!NOTE]\n> See **docs** & [page](https://x.y/?a=1&b=2).", Lang.EN)
 *   → "<b>Note</b>\n<blockquote>See <b>docs</b> &amp; <a href=\"https://x.y/?a=1&amp;b=2\">page</a>.</blockquote>"
 * }</pre>
 */
final class MarkdownHtml {

    /** Links Telegram opens; anything else (a relative path, javascript:) is shown as text. */
    private static final Pattern LINKABLE = Pattern.compile("(?i)^(https?://|tg://|mailto:)\\S+$");
    /** What may follow "language-" in a code block's class. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#-]{1,32}");

    /** The HTML for {@code markdown}; labels such as callout titles are in {@code lang}. */
    String toHtml(String markdown, Lang lang) {
        return blocks(LightMarkdown.parse(markdown), lang);
    }

    private String blocks(List<Block> blocks, Lang lang) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block block : blocks) {
            if (previous != null) {
                boolean tight = previous instanceof Block.ListItem && block instanceof Block.ListItem;
                out.append(tight ? "\n" : "\n\n");
            }
            out.append(block(block, lang));
            previous = block;
        }
        return out.toString();
    }

    private String block(Block block, Lang lang) {
        if (block instanceof Block.Paragraph paragraph) {
            return spans(paragraph.spans());
        }
        if (block instanceof Block.ListItem item) {
            return item(item);
        }
        if (block instanceof Block.Callout callout) {
            return "<b>" + TelegramHtml.escape(callout.kind().label(lang)) + "</b>\n<blockquote>"
                    + blocks(callout.body(), lang) + "</blockquote>";
        }
        if (block instanceof Block.Table table) {
            return table(table);
        }
        if (block instanceof Block.CodeBlock code) {
            return code(code);
        }
        return "<b>" + TelegramHtml.escape(((Block.SubHeading) block).text()) + "</b>";
    }

    /** Lines after the first line up with the item's text, under its number or bullet. */
    private static String item(Block.ListItem item) {
        String marker = "   ".repeat(item.level()) + (item.ordered() ? item.number() + ". " : "• ");
        return marker + spans(item.spans()).replace("\n", "\n" + " ".repeat(marker.length()));
    }

    private static String table(Block.Table table) {
        Stream<String> header = Stream.of(table.header())
                .filter(MarkdownHtml::hasText)
                .map(row -> row.cells().stream().map(c -> wrap("b", spans(c.spans()))).collect(Collectors.joining(" | ")));
        Stream<String> rows = table.rows().stream()
                .filter(MarkdownHtml::hasText)
                .map(row -> row.cells().stream().map(c -> spans(c.spans())).collect(Collectors.joining(" | ")));
        return Stream.concat(header, rows).collect(Collectors.joining("\n"));
    }

    private static boolean hasText(Block.Row row) {
        return row.cells().stream().anyMatch(cell -> cell.spans().stream().anyMatch(s -> !s.text().isBlank()));
    }

    private static String code(Block.CodeBlock code) {
        String body = TelegramHtml.escape(code.code());
        if (LANGUAGE.matcher(code.language()).matches()) {
            return "<pre><code class=\"language-" + code.language() + "\">" + body + "</code></pre>";
        }
        return "<pre>" + body + "</pre>";
    }

    private static String spans(List<Inline> spans) {
        StringBuilder out = new StringBuilder();
        for (Inline span : spans) {
            out.append(span(span));
        }
        return out.toString();
    }

    private static String span(Inline span) {
        if (span instanceof Inline.Bold bold) {
            return wrap("b", TelegramHtml.escape(bold.text()));
        }
        if (span instanceof Inline.Italic italic) {
            return wrap("i", TelegramHtml.escape(italic.text()));
        }
        if (span instanceof Inline.Code code) {
            return wrap("code", TelegramHtml.escape(code.text()));
        }
        if (span instanceof Inline.Link link) {
            return link(link);
        }
        return TelegramHtml.escape(span.text());
    }

    private static String link(Inline.Link link) {
        String text = link.text().isBlank() ? link.url() : link.text();
        if (!LINKABLE.matcher(link.url()).matches()) {
            return TelegramHtml.escape(text.equals(link.url()) ? text : text + " (" + link.url() + ")");
        }
        return "<a href=\"" + TelegramHtml.escapeAttribute(link.url()) + "\">" + TelegramHtml.escape(text) + "</a>";
    }

    /** {@code html} in a tag, or nothing when it is empty (Telegram has no use for empty entities). */
    private static String wrap(String tag, String html) {
        return html.isEmpty() ? "" : "<" + tag + ">" + html + "</" + tag + ">";
    }
}
