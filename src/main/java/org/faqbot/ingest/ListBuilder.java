package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.List;
import org.faqbot.kb.Block;
import org.faqbot.kb.Inline;
import org.faqbot.kb.Inlines;

/**
 * Builds list items from the item lines of a docs page, working out each item's level from its indent
 * and its number from its place in the list: docs pages often number every step {@code 1.} and leave
 * the counting to the browser, so the ingest counts, starting from the list's first number.
 */
final class ListBuilder {

    /** One open list: the indent of its markers, whether numbered, and the next number to give. */
    private static final class Level {
        final int indent;
        final boolean ordered;
        int next;

        Level(int indent, boolean ordered, int start) {
            this.indent = indent;
            this.ordered = ordered;
            this.next = start;
        }
    }

    private final LangText text;
    private final List<Block> out;
    private final List<Level> levels = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();
    private Block.ListItem pending;

    ListBuilder(LangText text, List<Block> out) {
        this.text = text;
        this.out = out;
    }

    boolean active() {
        return !levels.isEmpty();
    }

    /**
     * Starts an item.
     *
     * @param marker {@code -}, {@code *}, {@code +}, or a number followed by {@code .} or {@code )}
     * @param first  the item's first line (with placeholders)
     */
    void item(int indent, String marker, String first) {
        flush();
        boolean ordered = Character.isDigit(marker.charAt(0));
        while (!levels.isEmpty() && last().indent > indent) {
            levels.remove(levels.size() - 1);
        }
        if (levels.isEmpty() || last().indent < indent) {
            levels.add(new Level(indent, ordered, ordered ? start(marker) : 0));
        } else if (last().ordered != ordered) {
            levels.set(levels.size() - 1, new Level(indent, ordered, ordered ? start(marker) : 0));
        }
        Level level = last();
        int number = ordered ? level.next++ : 0;
        pending = new Block.ListItem(levels.size() - 1, ordered, number, List.of());
        paragraphs.add(first);
    }

    /** Adds a line to the current paragraph of the open item (a lazy continuation line). */
    void continueLine(String line) {
        int lastIndex = paragraphs.size() - 1;
        paragraphs.set(lastIndex, paragraphs.get(lastIndex) + "\n" + line);
    }

    /** Adds an indented paragraph to the open item; false when no item is open to take it. */
    boolean addParagraph(String paragraph) {
        if (pending == null) {
            return false;
        }
        paragraphs.add(paragraph);
        return true;
    }

    /** Writes the open item, if any, to the output; the list stays open for more items. */
    void flush() {
        if (pending == null) {
            return;
        }
        List<Inline> spans = new ArrayList<>();
        for (String paragraph : paragraphs) {
            spans.add(new Inline.Text("\n"));
            spans.addAll(text.spans(paragraph));
        }
        List<Inline> tidy = Inlines.tidy(spans);
        if (!tidy.isEmpty()) {
            out.add(new Block.ListItem(pending.level(), pending.ordered(), pending.number(), tidy));
        }
        pending = null;
        paragraphs.clear();
    }

    /** Ends every open list: the next item starts a new one. */
    void end() {
        flush();
        levels.clear();
    }

    private Level last() {
        return levels.get(levels.size() - 1);
    }

    private static int start(String marker) {
        return Integer.parseInt(marker.substring(0, marker.length() - 1));
    }
}
