package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.faqbot.kb.Block;
import org.faqbot.kb.Inline;

/**
 * Reads the blocks of part of a docs page (lines with pair placeholders) in one language: paragraphs,
 * lists, callouts and quotes, tables, code and sub-headings. Structure is found on the placeholder
 * lines, so both languages get the same blocks. Images and horizontal rules are dropped; blocks indented
 * under a list item (a note under a step) follow the item as blocks of their own.
 */
final class SourceBlockParser {

    private static final Pattern ITEM = Pattern.compile("( *)([-*+]|\\d{1,9}[.)])(?:[ \\t]+(.*)|)");
    private static final Pattern HEADING = Pattern.compile(" {0,3}#{1,6}(?:[ \\t]+(.*?))?[ \\t#]*");
    private static final Pattern RULE = Pattern.compile(" {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*");
    private static final Pattern FENCE = Pattern.compile("(\\s*)(```|~~~)\\s*([^\\s`]*).*");

    private final List<SourceLine> lines;
    private final LangText text;
    private final List<Block> out = new ArrayList<>();
    private final ListBuilder lists;
    private int i;

    private SourceBlockParser(List<SourceLine> lines, LangText text) {
        this.lines = lines;
        this.text = text;
        this.lists = new ListBuilder(text, out);
    }

    static List<Block> parse(List<SourceLine> lines, LangText text) {
        return new SourceBlockParser(lines, text).blocks();
    }

    private List<Block> blocks() {
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (line.code()) {
                code(indent(line.text()));
            } else {
                block(line.text());
            }
        }
        lists.end();
        return out;
    }

    private void block(String line) {
        int indent = indent(line);
        Matcher item = ITEM.matcher(line);
        if (isSkipped(line)) {
            i++;
        } else if (line.strip().startsWith(">")) {
            quote(indent);
        } else if (HEADING.matcher(line).matches()) {
            subHeading(text.plain(HEADING.matcher(line).replaceFirst("$1")));
        } else if (SourceTable.startsAt(lines, i)) {
            List<SourceLine> rows = take(this::isTableRow);
            emit(SourceTable.of(rows, text), indent);
        } else if (item.matches()) {
            i++;
            lists.item(indent, item.group(2), item.group(3) == null ? "" : item.group(3));
            takeLazy().forEach(lazy -> lists.continueLine(lazy.text()));
        } else {
            paragraph(indent);
        }
    }

    private void subHeading(String heading) {
        lists.end();
        if (!heading.isBlank()) {
            out.add(new Block.SubHeading(heading));
        }
        i++;
    }

    /** A paragraph under an open list item belongs to it when indented; otherwise it ends the list. */
    private void paragraph(int indent) {
        String paragraph = join(takeLazy());
        if (lists.active() && indent >= 2 && lists.addParagraph(paragraph)) {
            return;
        }
        List<Inline> spans = text.spans(paragraph);
        if (!spans.isEmpty()) {
            emit(new Block.Paragraph(spans), indent);
        }
    }

    private void code(int indent) {
        Matcher fence = FENCE.matcher(lines.get(i).text());
        List<String> code = new ArrayList<>();
        if (fence.matches()) {
            i++;
        }
        for (; i < lines.size() && lines.get(i).code() && !FENCE.matcher(lines.get(i).text()).matches(); i++) {
            code.add(dedent(lines.get(i).text(), indent));
        }
        if (i < lines.size() && lines.get(i).code()) {
            i++;
        }
        String body = String.join("\n", code).stripTrailing().replaceAll("^\\n+", "");
        if (!body.isBlank()) {
            emit(new Block.CodeBlock(fence.matches() ? fence.group(3) : "", body), indent);
        }
    }

    /**
     * A {@code > [!NOTE]} callout (any kind, any case), or a plain quote whose blocks are kept without the
     * quote. Lazy lines (a paragraph line right after the quote, without {@code >}) belong to it.
     */
    private void quote(int indent) {
        List<SourceLine> body = take(line -> !line.code() && line.text().strip().startsWith(">")).stream()
                .map(line -> line.withText(unquote(line.text())))
                .collect(Collectors.toList());
        body.addAll(takeLazy());
        Callouts.Opening opening = Callouts.opening(body.get(0).text());
        if (opening.kind().isPresent()) {
            body.set(0, body.get(0).withText(opening.rest()));
        }
        List<Block> blocks = flatten(parse(body, text));
        if (opening.kind().isPresent() && !blocks.isEmpty()) {
            emit(new Block.Callout(opening.kind().get(), blocks), indent);
        } else {
            blocks.forEach(block -> emit(block, indent));
        }
    }

    private static List<Block> flatten(List<Block> blocks) {
        return blocks.stream()
                .flatMap(b -> b instanceof Block.Callout c ? c.body().stream() : Stream.of(b))
                .collect(Collectors.toList());
    }

    private static String unquote(String line) {
        String rest = line.strip().substring(1);
        return rest.startsWith(" ") ? rest.substring(1) : rest;
    }

    /** Adds a block; one that is not indented ends any open list. */
    private void emit(Block block, int indent) {
        if (indent < 2) {
            lists.end();
        } else {
            lists.flush();
        }
        out.add(block);
    }

    private boolean continuesParagraph(SourceLine line) {
        return !line.isBlank() && !line.code() && !startsBlock(line.text());
    }

    private boolean startsBlock(String line) {
        return isSkipped(line) || line.strip().startsWith(">") || HEADING.matcher(line).matches()
                || ITEM.matcher(line).matches();
    }

    private boolean isTableRow(SourceLine line) {
        return !line.isBlank() && !line.code() && line.text().indexOf('|') >= 0;
    }

    private static boolean isSkipped(String line) {
        String stripped = line.strip();
        return RULE.matcher(line).matches() || (stripped.startsWith(":::image") && stripped.endsWith(":::"));
    }

    private List<SourceLine> take(Predicate<SourceLine> belongs) {
        List<SourceLine> taken = new ArrayList<>();
        for (; i < lines.size() && belongs.test(lines.get(i)); i++) {
            taken.add(lines.get(i));
        }
        return taken;
    }

    /** Lines that continue the block above them without a marker of their own. */
    private List<SourceLine> takeLazy() {
        return take(line -> continuesParagraph(line) && !SourceTable.startsAt(lines, i));
    }

    private static String join(List<SourceLine> paragraph) {
        return paragraph.stream().map(SourceLine::text).collect(Collectors.joining("\n"));
    }

    private static int indent(String line) {
        int columns = 0;
        for (char c : line.toCharArray()) {
            if (c != ' ' && c != '\t') {
                break;
            }
            columns += c == '\t' ? 4 : 1;
        }
        return columns;
    }

    private static String dedent(String line, int indent) {
        int cut = 0;
        while (cut < line.length() && cut < indent && line.charAt(cut) == ' ') {
            cut++;
        }
        return line.substring(cut);
    }
}
