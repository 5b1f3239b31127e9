package org.faqbot.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes the inline part of {@link LightMarkdown}: spans, their markup and escapes. */
final class InlineMarkdown {

    /** Characters written with a backslash wherever they stand in plain, bold or italic text. */
    private static final String ALWAYS_ESCAPED = "\\*[]`|";

    /** Characters written with a backslash inside code; {@code |} so that code can sit in a table cell. */
    private static final String CODE_ESCAPED = "\\`|";

    /** Line starts the block parser would take for a list item, callout, heading or table. */
    private static final Pattern BLOCK_START = Pattern.compile("(?m)^(?:([->#])|(\\d+)\\.)");

    private InlineMarkdown() {
    }

    static List<Inline> parse(String text) {
        return new Reader(text).read();
    }

    static String write(List<Inline> spans) {
        StringBuilder out = new StringBuilder();
        spans.forEach(span -> out.append(write(span)));
        return escapeBlockStarts(out.toString());
    }

    /** Escapes text so that {@link #parse} reads it back as one plain span. */
    static String escape(String text) {
        return escapeBlockStarts(escapeChars(text, ALWAYS_ESCAPED));
    }

    private static String write(Inline span) {
        if (span instanceof Inline.Bold) {
            return "**" + escapeChars(span.text(), ALWAYS_ESCAPED) + "**";
        }
        if (span instanceof Inline.Italic) {
            return "*" + escapeChars(span.text(), ALWAYS_ESCAPED) + "*";
        }
        if (span instanceof Inline.Link link) {
            return "[" + escapeChars(link.text(), ALWAYS_ESCAPED) + "]("
                    + escapeChars(link.url(), ALWAYS_ESCAPED + ")") + ")";
        }
        if (span instanceof Inline.Code) {
            return "`" + escapeChars(span.text(), CODE_ESCAPED) + "`";
        }
        return escapeChars(span.text(), ALWAYS_ESCAPED);
    }

    private static String escapeChars(String text, String special) {
        if (text.chars().noneMatch(c -> special.indexOf(c) >= 0)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(special.indexOf(c) >= 0 ? "\\" : "").append(c);
        }
        return out.toString();
    }

    /**
     * A line of plain text that starts like a block ("- ", "> ", "# ", "1. ") would be read as that block:
     * escape its first mark. Only plain text can put these characters at a line start, since every other
     * span starts with its own markup.
     */
    private static String escapeBlockStarts(String written) {
        Matcher m = BLOCK_START.matcher(written);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String escaped = m.group(1) != null ? "\\\\" + m.group(1) : m.group(2) + "\\\\.";
            m.appendReplacement(out, escaped);
        }
        return m.appendTail(out).toString();
    }

    static boolean isEscapable(char c) {
        return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
    }

    /** Removes backslash escapes; in code only {@code \`}, {@code \|} and {@code \\} are escapes. */
    static String unescape(String text, boolean code) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = c == '\\' && i + 1 < text.length()
                    && (code ? CODE_ESCAPED.indexOf(text.charAt(i + 1)) >= 0 : isEscapable(text.charAt(i + 1)));
            out.append(escape ? text.charAt(++i) : c);
        }
        return out.toString();
    }

    /** One pass over a text, collecting plain characters until a span's markup turns up. */
    private static final class Reader {
        private final String s;
        private final List<Inline> out = new ArrayList<>();
        private final StringBuilder plain = new StringBuilder();
        private int i;

        Reader(String s) {
            this.s = s;
        }

        List<Inline> read() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length() && isEscapable(s.charAt(i + 1))) {
                    plain.append(s.charAt(i + 1));
                    i += 2;
                } else if (!(c == '`' && code()) && !(c == '*' && emphasis()) && !(c == '[' && link())) {
                    plain.append(c);
                    i++;
                }
            }
            flush();
            return out;
        }

        private boolean code() {
            int end = next(i + 1, "`");
            if (end < 0) {
                return false;
            }
            emit(new Inline.Code(unescape(s.substring(i + 1, end), true)), end + 1);
            return true;
        }

        private boolean emphasis() {
            String mark = s.startsWith("**", i) ? "**" : "*";
            int end = next(i + mark.length(), mark);
            if (end <= i + mark.length()) {
                return false;
            }
            String inner = unescape(s.substring(i + mark.length(), end), false);
            emit(mark.length() == 2 ? new Inline.Bold(inner) : new Inline.Italic(inner), end + mark.length());
            return true;
        }

        private boolean link() {
            int close = next(i + 1, "]");
            if (close < 0 || !s.startsWith("(", close + 1)) {
                return false;
            }
            int end = next(close + 2, ")");
            if (end < 0) {
                return false;
            }
            String text = unescape(s.substring(i + 1, close), false);
            emit(new Inline.Link(text, unescape(s.substring(close + 2, end), false)), end + 1);
            return true;
        }

        /** Index of the next unescaped {@code mark} at or after {@code from}, or -1. */
        private int next(int from, String mark) {
            for (int j = from; j < s.length(); j++) {
                if (s.charAt(j) == '\\') {
                    j++;
                } else if (s.startsWith(mark, j)) {
                    return j;
                }
            }
            return -1;
        }

        private void emit(Inline span, int resumeAt) {
            flush();
            out.add(span);
            i = resumeAt;
        }

        private void flush() {
            if (plain.length() > 0) {
                out.add(new Inline.Text(plain.toString()));
                plain.setLength(0);
            }
        }
    }
}
