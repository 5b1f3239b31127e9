package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.faqbot.kb.Block;
import org.faqbot.kb.Inline;
import org.faqbot.kb.Inlines;

/**
 * Reads a docs pipe table: a header row, a {@code |---|:---:|} separator, and body rows. Cells are split
 * on the placeholder lines, so a {@code |} inside a translation never splits a cell. A line break in a
 * cell ({@code <br>}) becomes "; " (or a space after punctuation), as cells hold one line.
 */
final class SourceTable {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*");

    private SourceTable() {
    }

    /** Whether a table starts at line {@code at}: a line with a pipe, then a separator line. */
    static boolean startsAt(List<SourceLine> lines, int at) {
        if (at + 1 >= lines.size() || lines.get(at).code() || lines.get(at + 1).code()) {
            return false;
        }
        String separator = lines.get(at + 1).text();
        return lines.get(at).text().indexOf('|') >= 0 && separator.indexOf('|') >= 0
                && SEPARATOR.matcher(separator).matches();
    }

    /** The table of {@code rows}: header, separator, body rows. */
    static Block.Table of(List<SourceLine> rows, LangText text) {
        List<Block.Row> body = new ArrayList<>();
        for (SourceLine row : rows.subList(2, rows.size())) {
            body.add(row(row.text(), text));
        }
        return new Block.Table(row(rows.get(0).text(), text), body);
    }

    private static Block.Row row(String line, LangText text) {
        List<Block.Cell> cells = new ArrayList<>();
        for (String cell : cells(line.strip())) {
            cells.add(new Block.Cell(oneLine(text.spans(cell))));
        }
        return new Block.Row(cells);
    }

    /** The cell texts of a row, without the optional outer pipes; {@code \|} does not split. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        int start = row.startsWith("|") ? 1 : 0;
        for (int j = start; j < row.length(); j++) {
            if (row.charAt(j) == '\\') {
                j++;
            } else if (row.charAt(j) == '|') {
                cells.add(row.substring(start, j));
                start = j + 1;
            }
        }
        if (start < row.length() || cells.isEmpty()) {
            cells.add(row.substring(start));
        }
        return cells;
    }

    private static List<Inline> oneLine(List<Inline> spans) {
        List<Inline> out = new ArrayList<>();
        for (Inline span : spans) {
            out.add(Inlines.with(span, span.text().replaceAll("(?<=[.:;,!?])\n", " ").replace("\n", "; ")));
        }
        return out;
    }
}
