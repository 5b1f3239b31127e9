package org.faqbot.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads {@link LightMarkdown} text into blocks, one line at a time. */
final class LightMarkdownParser {

    private static final Pattern ITEM = Pattern.compile("( *)(?:(\\d{1,9})\\.|-)(?: (.*)|$)");
    private static final Pattern HEADING = Pattern.compile("#{1,6} +(.*)");
    private static final Pattern CALLOUT_MARK = Pattern.compile("\\[!(\\w+)]\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("\\|(?:\\s*:?-+:?\\s*\\|)+\\s*");

    private final List<String> lines;
    private int i;

    private LightMarkdownParser(String text) {
        this.lines = text.replace("\r\n", "\n").lines().collect(Collectors.toList());
    }

    static List<Block> parse(String text) {
        return new LightMarkdownParser(text).blocks();
    }

    private List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
            } else {
                out.addAll(block(lines.get(i)));
            }
        }
        return out;
    }

    private List<Block> block(String line) {
        if (line.startsWith("```")) {
            return List.of(code(line.substring(3).strip()));
        }
        if (line.startsWith(">")) {
            return quote();
        }
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
            i++;
            return List.of(new Block.SubHeading(Inlines.text(InlineMarkdown.parse(heading.group(1).strip()))));
        }
        if (line.startsWith("|") && i + 1 < lines.size() && SEPARATOR.matcher(lines.get(i + 1)).matches()) {
            return List.of(table());
        }
        return ITEM.matcher(line).matches() ? items() : List.of(paragraph());
    }

    private Block code(String language) {
        List<String> code = new ArrayList<>();
        for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
            code.add(lines.get(i));
        }
        i++;
        return new Block.CodeBlock(language, String.join("\n", code));
    }

    /** A {@code > [!KIND]} callout; {@code >} lines without a known kind are read as plain blocks. */
    private List<Block> quote() {
        List<String> body = new ArrayList<>();
        for (; i < lines.size() && lines.get(i).startsWith(">"); i++) {
            String line = lines.get(i).substring(1);
            body.add(line.startsWith(" ") ? line.substring(1) : line);
        }
        Matcher mark = CALLOUT_MARK.matcher(body.get(0));
        Optional<CalloutKind> kind = mark.matches() ? CalloutKind.fromMarker(mark.group(1)) : Optional.empty();
        List<Block> blocks = parse(String.join("\n", kind.isPresent() ? body.subList(1, body.size()) : body));
        List<Block> flat = blocks.stream()
                .flatMap(b -> b instanceof Block.Callout c ? c.body().stream() : Stream.of(b))
                .collect(Collectors.toList());
        return kind.<List<Block>>map(k -> List.of(new Block.Callout(k, flat))).orElse(flat);
    }

    private Block table() {
        Block.Row header = row(lines.get(i));
        List<Block.Row> rows = new ArrayList<>();
        for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(row(lines.get(i)));
        }
        return new Block.Table(header, rows);
    }

    private static Block.Row row(String line) {
        String inner = line.strip().substring(1);
        if (inner.endsWith("|") && !inner.endsWith("\\|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        List<Block.Cell> cells = new ArrayList<>();
        for (String cell : splitCells(inner)) {
            cells.add(new Block.Cell(InlineMarkdown.parse(cell.strip())));
        }
        return new Block.Row(cells);
    }

    /** Splits on {@code |} that no backslash escapes. */
    private static List<String> splitCells(String inner) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int j = 0; j < inner.length(); j++) {
            if (inner.charAt(j) == '\\') {
                j++;
            } else if (inner.charAt(j) == '|') {
                cells.add(inner.substring(start, j));
                start = j + 1;
            }
        }
        cells.add(inner.substring(start));
        return cells;
    }

    /** Consecutive item lines; a line that is not an item continues the item before it. */
    private List<Block> items() {
        List<Block> items = new ArrayList<>();
        Matcher item = null;
        StringBuilder text = new StringBuilder();
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            Matcher next = ITEM.matcher(lines.get(i));
            if (next.matches()) {
                addItem(items, item, text);
                item = next;
                text = new StringBuilder(next.group(3) == null ? "" : next.group(3));
            } else {
                text.append('\n').append(lines.get(i).strip());
            }
        }
        addItem(items, item, text);
        return items;
    }

    private static void addItem(List<Block> items, Matcher item, CharSequence text) {
        if (item == null) {
            return;
        }
        int level = item.group(1).length() / 3;
        List<Inline> spans = InlineMarkdown.parse(text.toString());
        items.add(item.group(2) == null ? Block.ListItem.bullet(level, spans)
                : Block.ListItem.numbered(level, Integer.parseInt(item.group(2)), spans));
    }

    private Block paragraph() {
        List<String> text = new ArrayList<>();
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            text.add(lines.get(i));
        }
        return new Block.Paragraph(InlineMarkdown.parse(String.join("\n", text)));
    }
}
