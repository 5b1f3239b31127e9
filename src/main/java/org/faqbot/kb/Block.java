package org.faqbot.kb;

import java.util.List;
import java.util.Objects;

/**
 * One block of a {@link LightMarkdown} text: what a renderer walks to show an answer. Blocks do not
 * nest, except that a callout holds blocks of the other kinds.
 */
public sealed interface Block
        permits Block.Paragraph, Block.ListItem, Block.Callout, Block.Table, Block.CodeBlock, Block.SubHeading {

    /** A paragraph; newlines inside its spans are line breaks. */
    record Paragraph(List<Inline> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /**
     * One list item. Items of a list follow each other; nesting is given by {@code level} (0 for a top
     * item, 1 for an item under it, ...).
     *
     * @param level   nesting depth, 0 or more
     * @param ordered a numbered item ({@code 1. text}) rather than a bullet ({@code - text})
     * @param number  the item's number as shown, for numbered items; 0 for bullets
     * @param spans   the item's text; newlines are line breaks inside the item
     */
    record ListItem(int level, boolean ordered, int number, List<Inline> spans) implements Block {
        public ListItem {
            if (level < 0 || number < 0 || (!ordered && number != 0)) {
                throw new IllegalArgumentException(
                        "list item with level " + level + ", ordered " + ordered + ", number " + number);
            }
            spans = List.copyOf(spans);
        }

        public static ListItem bullet(int level, List<Inline> spans) {
            return new ListItem(level, false, 0, spans);
        }

        public static ListItem numbered(int level, int number, List<Inline> spans) {
            return new ListItem(level, true, number, spans);
        }
    }

    /** A boxed note, tip or warning; its body holds paragraphs, list items, tables, code or sub-headings. */
    record Callout(CalloutKind kind, List<Block> body) implements Block {
        public Callout {
            Objects.requireNonNull(kind, "kind");
            body = List.copyOf(body);
            if (body.stream().anyMatch(Callout.class::isInstance)) {
                throw new IllegalArgumentException("a callout cannot hold a callout: " + body);
            }
        }
    }

    /** A table: a header row (which may be all empty cells) and body rows. */
    record Table(Row header, List<Row> rows) implements Block {
        public Table {
            Objects.requireNonNull(header, "header");
            rows = List.copyOf(rows);
        }
    }

    /** A table row of one or more cells. */
    record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
            if (cells.isEmpty()) {
                throw new IllegalArgumentException("a table row needs at least one cell");
            }
        }
    }

    /** A table cell; its spans never hold a newline. */
    record Cell(List<Inline> spans) {
        public Cell {
            spans = List.copyOf(spans);
            spans.forEach(span -> Inlines.requireSingleLine(span.text(), "table cell"));
        }
    }

    /**
     * Preformatted code, shown as is.
     *
     * @param language the fence's language tag (e.g. {@code powershell}), or empty
     * @param code     the lines, joined by {@code \n}; no line is itself a fence
     */
    record CodeBlock(String language, String code) implements Block {
        public CodeBlock {
            Inlines.requireSingleLine(language, "code language");
            Objects.requireNonNull(code, "code");
            if (code.lines().anyMatch(line -> line.strip().startsWith("```"))) {
                throw new IllegalArgumentException("code cannot hold a ``` line: \"" + code + "\"");
            }
        }
    }

    /** A heading inside an answer (a sub-section of a question), plain text on one line. */
    record SubHeading(String text) implements Block {
        public SubHeading {
            Inlines.requireSingleLine(text, "sub-heading");
        }
    }
}
