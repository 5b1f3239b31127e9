package org.faqbot.kb;

import java.util.List;
import java.util.stream.Collectors;

/** Writes blocks as {@link LightMarkdown} text that {@link LightMarkdownParser} reads back unchanged. */
final class LightMarkdownWriter {

    private static final String INDENT = "   ";

    private LightMarkdownWriter() {
    }

    static String write(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block block : blocks) {
            if (previous != null) {
                out.append(LightMarkdown.tight(previous, block) ? "\n" : "\n\n");
            }
            out.append(write(block));
            previous = block;
        }
        return out.toString();
    }

    private static String write(Block block) {
        if (block instanceof Block.Paragraph p) {
            return InlineMarkdown.write(p.spans());
        }
        if (block instanceof Block.ListItem item) {
            return item(item);
        }
        if (block instanceof Block.Callout callout) {
            return callout(callout);
        }
        if (block instanceof Block.Table table) {
            return table(table);
        }
        if (block instanceof Block.CodeBlock code) {
            return "```" + code.language() + "\n" + code.code() + (code.code().isEmpty() ? "" : "\n") + "```";
        }
        return "#### " + InlineMarkdown.escape(((Block.SubHeading) block).text());
    }

    /** Continuation lines are indented one level deeper than the item's marker. */
    private static String item(Block.ListItem item) {
        String indent = INDENT.repeat(item.level());
        String marker = item.ordered() ? item.number() + ". " : "- ";
        String text = InlineMarkdown.write(item.spans());
        return indent + marker + text.replace("\n", "\n" + indent + INDENT);
    }

    private static String callout(Block.Callout callout) {
        String body = write(callout.body()).lines()
                .map(line -> line.isEmpty() ? ">" : "> " + line)
                .collect(Collectors.joining("\n"));
        return "> [!" + callout.kind().name() + "]" + (body.isEmpty() ? "" : "\n" + body);
    }

    private static String table(Block.Table table) {
        StringBuilder out = new StringBuilder(row(table.header()));
        out.append("\n|").append("---|".repeat(Math.max(1, table.header().cells().size())));
        table.rows().forEach(row -> out.append('\n').append(row(row)));
        return out.toString();
    }

    private static String row(Block.Row row) {
        return row.cells().stream()
                .map(cell -> " " + InlineMarkdown.write(cell.spans()) + " ")
                .collect(Collectors.joining("|", "|", "|"));
    }
}
