package org.faqbot.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Helpers for lists of {@link Inline} spans: validation, tidying and their text. Public for the ingest,
 * which builds the spans of answers from docs pages; the rest stays with the answer format.
 */
public final class Inlines {

    private Inlines() {
    }

    static String requireSingleLine(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(what + " cannot hold a line break: \"" + text + "\"");
        }
        return text;
    }

    /** The spans' text run together, links as their text only. */
    public static String text(List<Inline> spans) {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }

    /**
     * Tidies spans the way a browser shows them: runs of spaces become one, spaces around a line break
     * and at both ends go, bold or italic edges give their spaces to the text beside them, empty spans
     * go, and neighbours of the same kind merge. Code keeps its spaces.
     */
    public static List<Inline> tidy(List<Inline> spans) {
        List<Inline> out = new ArrayList<>();
        for (Inline span : spans) {
            for (Inline part : splitEdgeSpaces(collapse(span))) {
                append(out, part);
            }
        }
        trimEnds(out);
        return out;
    }

    private static Inline collapse(Inline span) {
        if (span instanceof Inline.Code) {
            return with(span, span.text().replace('\n', ' '));
        }
        String text = collapse(span.text());
        return with(span, span instanceof Inline.Link ? text.replace('\n', ' ') : text);
    }

    /**
     * One space for each run of spaces (tabs and Unicode spaces such as the narrow no-break space
     * included), one newline for each run of line breaks with the spaces around them, and no soft
     * hyphens or zero-width characters.
     */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            char last = out.length() == 0 ? 'x' : out.charAt(out.length() - 1);
            if (c == '\n') {
                out.setLength(last == ' ' ? out.length() - 1 : out.length());
                if (out.length() == 0 || out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            } else if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
                if (last != ' ' && last != '\n') {
                    out.append(' ');
                }
            } else if (!isInvisible(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return c == '\u00ad' || (c >= '\u200b' && c <= '\u200d') || c == '\u2060' || c == '\ufeff';
    }

    /**
     * {@code **bold **} shows as "bold" and a space: keep the space as plain text. A link or emphasis
     * with no text left is dropped (e.g. a link around an image).
     */
    private static List<Inline> splitEdgeSpaces(Inline span) {
        if (span instanceof Inline.Text || span instanceof Inline.Code) {
            return List.of(span);
        }
        String text = span.text();
        String core = text.strip();
        if (core.isEmpty()) {
            return List.of(new Inline.Text(text));
        }
        int start = text.indexOf(core);
        return List.of(new Inline.Text(text.substring(0, start)), with(span, core),
                new Inline.Text(text.substring(start + core.length())));
    }

    private static void append(List<Inline> out, Inline span) {
        if (span.text().isEmpty()) {
            return;
        }
        Inline last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.getClass() == span.getClass() && !(span instanceof Inline.Link)) {
            out.set(out.size() - 1, with(last, joinSpaces(last.text(), span.text())));
        } else if (last != null && endsWithSpace(last) && startsWithSpace(span)) {
            out.add(with(span, span.text().substring(1)));
        } else {
            out.add(span);
        }
    }

    private static String joinSpaces(String left, String right) {
        boolean doubled = (left.endsWith(" ") || left.endsWith("\n")) && right.startsWith(" ");
        return left + (doubled ? right.substring(1) : right);
    }

    private static boolean endsWithSpace(Inline span) {
        return !(span instanceof Inline.Code) && (span.text().endsWith(" ") || span.text().endsWith("\n"));
    }

    private static boolean startsWithSpace(Inline span) {
        return !(span instanceof Inline.Code) && span.text().startsWith(" ");
    }

    private static void trimEnds(List<Inline> out) {
        while (!out.isEmpty() && !(out.get(0) instanceof Inline.Code) && out.get(0).text().isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty() && !(last(out) instanceof Inline.Code) && last(out).text().isBlank()) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty() && !(out.get(0) instanceof Inline.Code)) {
            out.set(0, with(out.get(0), out.get(0).text().stripLeading()));
        }
        if (!out.isEmpty() && !(last(out) instanceof Inline.Code)) {
            out.set(out.size() - 1, with(last(out), last(out).text().stripTrailing()));
        }
    }

    private static Inline last(List<Inline> spans) {
        return spans.get(spans.size() - 1);
    }

    /** The same kind of span (and url) with another text. */
    public static Inline with(Inline span, String text) {
        if (span instanceof Inline.Bold) {
            return new Inline.Bold(text);
        }
        if (span instanceof Inline.Italic) {
            return new Inline.Italic(text);
        }
        if (span instanceof Inline.Link link) {
            return new Inline.Link(text, link.url());
        }
        if (span instanceof Inline.Code) {
            return new Inline.Code(text);
        }
        return new Inline.Text(text);
    }
}
