package org.faqbot.http;

import java.util.List;
import java.util.regex.Pattern;
import org.faqbot.kb.Block;
import org.faqbot.kb.Inline;
import org.faqbot.kb.Lang;
import org.faqbot.kb.LightMarkdown;

/**
 * Renders a reply's light Markdown as an HTML fragment for the chat page: paragraphs, real
 * {@code <ol>}/{@code <ul>} lists (nested by level, numbers kept), callouts as {@code <aside>}, tables,
 * code, and {@code <strong>}, {@code <em>}, {@code <code>} and links inline. Every piece of text is
 * escaped, whatever its origin: the only tags in the output are the ones written here, so a user's
 * {@code <script>} quoted back in a reply stays text.
 *
 * <pre>{@code
 * toHtml("See **docs** & [page](https://x.y/?a=1&b=2).", Lang.EN)
 *   → "<p>See <strong>docs</strong> &amp; <a href=\"https://x.y/?a=1&amp;b=2\" target=\"_blank\" rel=\"noopener noreferrer\">page</a>.</p>"
 * }</pre>
 */
final class AnswerHtml {

    /** Only web links become links; anything else (javascript:, a relative path) is shown as text. */
    private static final Pattern LINKABLE = Pattern.compile("(?i)^(https?://|mailto:)\\S+$");

    private AnswerHtml() {
    }

    static String toHtml(String markdown, Lang lang) {
        return blocks(LightMarkdown.parse(markdown), lang);
    }

    private static String blocks(List<Block> blocks, Lang lang) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < blocks.size()) {
            if (blocks.get(i) instanceof Block.ListItem) {
                int end = i;
                while (end < blocks.size() && blocks.get(end) instanceof Block.ListItem) {
                    end++;
                }
                out.append(list(blocks.subList(i, end).stream().map(Block.ListItem.class::cast).toList()));
                i = end;
            } else {
                out.append(block(blocks.get(i), lang));
                i++;
            }
        }
        return out.toString();
    }

    private static String block(Block block, Lang lang) {
        if (block instanceof Block.Paragraph paragraph) {
            return "<p>" + spans(paragraph.spans()) + "</p>";
        }
        if (block instanceof Block.Callout callout) {
            return "<aside class=\"callout\"><strong>" + Html.escape(callout.kind().label(lang)) + "</strong>"
                    + blocks(callout.body(), lang) + "</aside>";
        }
        if (block instanceof Block.Table table) {
            return table(table);
        }
        if (block instanceof Block.CodeBlock code) {
            return "<pre><code>" + Html.escape(code.code()) + "</code></pre>";
        }
        return "<h4>" + Html.escape(((Block.SubHeading) block).text()) + "</h4>";
    }

    /**
     * Consecutive items as lists: a new list starts where numbered and bulleted items of the first
     * item's level alternate; deeper items nest inside the item before them.
     */
    private static String list(List<Block.ListItem> items) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < items.size()) {
            Block.ListItem first = items.get(i);
            int end = i + 1;
            while (end < items.size() && (items.get(end).level() > first.level() || items.get(end).ordered() == first.ordered())) {
                end++;
            }
            out.append(oneList(items.subList(i, end), first));
            i = end;
        }
        return out.toString();
    }

    private static String oneList(List<Block.ListItem> items, Block.ListItem first) {
        String tag = first.ordered() ? "ol" : "ul";
        StringBuilder out = new StringBuilder("<" + tag + (first.ordered() && first.number() != 1 ? " start=\"" + first.number() + "\"" : "") + ">");
        int i = 0;
        while (i < items.size()) {
            Block.ListItem item = items.get(i);
            int end = i + 1;
            while (end < items.size() && items.get(end).level() > item.level()) {
                end++;
            }
            out.append("<li>").append(spans(item.spans()));
            if (end > i + 1) {
                out.append(list(items.subList(i + 1, end)));
            }
            out.append("</li>");
            i = end;
        }
        return out.append("</").append(tag).append(">").toString();
    }

    private static String table(Block.Table table) {
        StringBuilder out = new StringBuilder("<div class=\"table\"><table>");
        if (table.header().cells().stream().anyMatch(c -> !c.spans().isEmpty())) {
            out.append("<thead>").append(row(table.header(), "th")).append("</thead>");
        }
        out.append("<tbody>");
        table.rows().forEach(r -> out.append(row(r, "td")));
        return out.append("</tbody></table></div>").toString();
    }

    private static String row(Block.Row row, String cell) {
        StringBuilder out = new StringBuilder("<tr>");
        row.cells().forEach(c -> out.append('<').append(cell).append('>').append(spans(c.spans())).append("</").append(cell).append('>'));
        return out.append("</tr>").toString();
    }

    private static String spans(List<Inline> spans) {
        StringBuilder out = new StringBuilder();
        for (Inline span : spans) {
            out.append(span(span));
        }
        return out.toString();
    }

    private static String span(Inline span) {
        if (span instanceof Inline.Bold) {
            return "<strong>" + text(span.text()) + "</strong>";
        }
        if (span instanceof Inline.Italic) {
            return "<em>" + text(span.text()) + "</em>";
        }
        if (span instanceof Inline.Code) {
            return "<code>" + Html.escape(span.text()) + "</code>";
        }
        if (span instanceof Inline.Link link) {
            return link(link);
        }
        return text(span.text());
    }

    /** Escaped text whose newlines are line breaks. */
    private static String text(String text) {
        return Html.escape(text).replace("\n", "<br>");
    }

    private static String link(Inline.Link link) {
        String text = link.text().isBlank() ? link.url() : link.text();
        if (!LINKABLE.matcher(link.url()).matches()) {
            return Html.escape(text.equals(link.url()) ? text : text + " (" + link.url() + ")");
        }
        return "<a href=\"" + Html.escape(link.url()) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + Html.escape(text) + "</a>";
    }
}
