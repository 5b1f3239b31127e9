package org.faqbot.kb;

import java.util.List;

/**
 * The small Markdown dialect every answer in the knowledge base is written in, its block model
 * ({@link Block}, {@link Inline}) and a plain-text rendering. Renderers for other outputs (Telegram HTML,
 * ...) walk the blocks from {@link #parse}.
 *
 * <h2>Blocks</h2>
 * Blocks are separated by a blank line; list items of one list follow each other without one.
 * <pre>
 * A paragraph. A newline inside it
 * is a line break (text is never re-wrapped).
 *
 * 1. A numbered item, shown with the number written here
 *    a continuation line of the same item (indented past the marker)
 *    - a nested bullet: 3 spaces of indent per level
 * 2. The next item
 *
 * &gt; [!NOTE]
 * &gt; A callout: NOTE, IMPORTANT, TIP, WARNING or CAUTION (any case), then its body on "&gt; " lines;
 * &gt; the body holds any blocks except callouts.
 *
 * | Header | Cells |
 * |---|---|
 * | body | row |
 *
 * ```powershell
 * code, shown as is
 * ```
 *
 * #### A sub-heading (one line, plain text)
 * </pre>
 *
 * <h2>Inline</h2>
 * {@code **bold**}, {@code *italic*}, {@code [text](url)} and {@code `code`}. Spans do not nest: the text
 * inside the markup is plain. A backslash makes the next ASCII punctuation character literal
 * ({@code \*}, {@code \[}, {@code \]}, {@code \\}, {@code \`}, {@code \|}, {@code \-} ...); inside code only
 * {@code \`}, {@code \|} and {@code \\} are escapes. {@link #write} escapes every literal {@code * [ ] \ ` |},
 * and the first character of a line of plain text that would otherwise start a block ({@code - > #} or
 * {@code 1.}), so {@code parse(write(blocks))} gives the blocks back.
 *
 * <p>Whitespace at the start of a line is not part of the text. Unknown {@code > } quotes are read as
 * their inner blocks.
 */
public final class LightMarkdown {

    private LightMarkdown() {
    }

    /** Reads light-Markdown text into blocks; never fails, as any text is some paragraphs. */
    public static List<Block> parse(String markdown) {
        return LightMarkdownParser.parse(markdown);
    }

    /** Writes blocks as light-Markdown text that {@link #parse} reads back as the same blocks. */
    public static String write(List<Block> blocks) {
        return LightMarkdownWriter.write(blocks);
    }

    /** Escapes plain text so that it reads back as itself, e.g. {@code 2 * 3} as {@code 2 \* 3}. */
    public static String escape(String text) {
        return InlineMarkdown.escape(text);
    }

    /**
     * Renders light Markdown as plain text for a console: no markup, links as {@code text (url)}, numbers
     * and {@code •} bullets before list items (indented 3 spaces per level), callouts as
     * {@code Note: ...} or {@code Opmerking: ...}, table rows as cells joined by {@code " | "}, and code as
     * is. Blocks are separated by a blank line, list items by a newline.
     *
     * <pre>
     * toPlainText("&gt; [!NOTE]\n&gt; See [docs](https://x.y).", Lang.NL)  →  "Opmerking: See docs (https://x.y)."
     * </pre>
     */
    public static String toPlainText(String markdown, Lang lang) {
        return PlainText.render(parse(markdown), lang);
    }

    /** Whether two neighbouring blocks sit on consecutive lines (items of a list) or a blank line apart. */
    static boolean tight(Block previous, Block next) {
        return previous instanceof Block.ListItem && next instanceof Block.ListItem;
    }
}
