package org.faqbot.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Splits Telegram HTML into messages of at most a given number of visible characters. It cuts at a
 * paragraph break if one lies in the second half of the part, else at a line break, else between
 * words, and only as a last resort inside a word; never inside a tag, an entity or a surrogate pair.
 * Tags open at a cut are closed at the end of the part and opened again at the start of the next, so
 * each part is well-formed on its own.
 */
final class HtmlSplitter {

    /** Telegram's limit for one message: 4096 characters after entity parsing. */
    static final int TELEGRAM_LIMIT = 4096;

    private static final int WORD = 1;
    private static final int LINE = 2;
    private static final int PARAGRAPH = 3;

    private final int limit;

    HtmlSplitter(int limit) {
        if (limit < 16) {
            throw new IllegalArgumentException("limit must be at least 16 characters, got " + limit);
        }
        this.limit = limit;
    }

    /** The parts, in order; one part when {@code html} fits. */
    List<String> split(String html) {
        if (fits(html)) {
            return html.isBlank() ? List.of() : List.of(html);
        }
        List<HtmlAtoms.Atom> atoms = HtmlAtoms.of(html);
        List<String> parts = new ArrayList<>();
        Deque<HtmlAtoms.Atom> open = new ArrayDeque<>();
        int start = 0;
        while (hasText(atoms, start)) {
            int end = cutAfter(atoms, start);
            StringBuilder part = new StringBuilder();
            open.descendingIterator().forEachRemaining(tag -> part.append(tag.raw()));
            for (int i = start; i < end; i++) {
                HtmlAtoms.Atom atom = atoms.get(i);
                part.append(atom.raw());
                track(open, atom);
            }
            for (HtmlAtoms.Atom tag : open) {
                part.append("</").append(tag.tagName()).append('>');
            }
            parts.add(part.toString());
            start = skipSpace(atoms, end);
        }
        return parts;
    }

    /**
     * Whether {@code html} is within the limit, counted without cutting it into atoms: most replies
     * fit, and this keeps them from allocating an object per character.
     */
    private boolean fits(String html) {
        if (html.length() <= limit) {
            return true;
        }
        int visible = 0;
        for (int i = 0; i < html.length() && visible <= limit; i++) {
            char c = html.charAt(i);
            if (c == '<') {
                i = Math.max(i, html.indexOf('>', i));
            } else if (c == '&' && html.indexOf(';', i) > i) {
                i = html.indexOf(';', i);
                visible++;
            } else {
                visible++;
            }
        }
        return visible <= limit;
    }

    private static void track(Deque<HtmlAtoms.Atom> open, HtmlAtoms.Atom atom) {
        if (!atom.tag()) {
            return;
        }
        if (!atom.closing()) {
            open.push(atom);
            return;
        }
        for (Iterator<HtmlAtoms.Atom> it = open.iterator(); it.hasNext(); ) {
            if (it.next().tagName().equals(atom.tagName())) {
                it.remove();
                return;
            }
        }
    }

    /** The exclusive end of the part starting at {@code start}. */
    private int cutAfter(List<HtmlAtoms.Atom> atoms, int start) {
        int[] cutAt = new int[PARAGRAPH + 1];
        int[] widthAt = new int[PARAGRAPH + 1];
        int width = 0;
        int i = start;
        for (; i < atoms.size(); i++) {
            HtmlAtoms.Atom atom = atoms.get(i);
            if (atom.width() + width > limit) {
                break;
            }
            int kind = breakKind(atoms, i);
            if (kind > 0 && width > 0) {
                cutAt[kind] = i;
                widthAt[kind] = width;
            }
            width += atom.width();
        }
        if (i == atoms.size()) {
            return i;
        }
        for (int kind = PARAGRAPH; kind >= WORD; kind--) {
            if (cutAt[kind] > 0 && widthAt[kind] >= limit / 2) {
                return cutAt[kind];
            }
        }
        for (int kind = PARAGRAPH; kind >= WORD; kind--) {
            if (cutAt[kind] > 0) {
                return cutAt[kind];
            }
        }
        return i;
    }

    private static int breakKind(List<HtmlAtoms.Atom> atoms, int i) {
        HtmlAtoms.Atom atom = atoms.get(i);
        if (atom.is('\n')) {
            return i + 1 < atoms.size() && atoms.get(i + 1).is('\n') ? PARAGRAPH : LINE;
        }
        return atom.is(' ') ? WORD : 0;
    }

    /** Whether anything but white space and tags is left from {@code from}: else no part is due. */
    private static boolean hasText(List<HtmlAtoms.Atom> atoms, int from) {
        for (int i = from; i < atoms.size(); i++) {
            HtmlAtoms.Atom atom = atoms.get(i);
            if (!atom.tag() && !atom.decoded().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpace(List<HtmlAtoms.Atom> atoms, int from) {
        int i = from;
        while (i < atoms.size() && (atoms.get(i).is(' ') || atoms.get(i).is('\n'))) {
            i++;
        }
        return i;
    }
}
