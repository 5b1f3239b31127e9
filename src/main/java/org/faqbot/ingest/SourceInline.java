package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Inline;
import org.faqbot.kb.Inlines;

/**
 * Reads the inline Markdown of docs pages (one language, pairs filled in) into flat {@link Inline} spans:
 * {@code **bold**}/{@code __bold__}, {@code *italic*}/{@code _italic_}, code, links (made absolute by
 * the resolver), backslash escapes, HTML entities and line-break tags, {@code :::no-loc text="...":::}
 * (kept as its text). Images ({@code ![alt](src)}, {@code :::image ...:::}) are dropped: their alt text
 * describes a screenshot a chat cannot show, and in {@code :::image} it exists only in Dutch. Markup
 * that does not close is kept as text, as a browser shows it.
 */
final class SourceInline {

    private static final Pattern NO_LOC = Pattern.compile(":::no-loc\\s+text=\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:::");
    private static final Pattern DIRECTIVE = Pattern.compile(":::[a-zA-Z][\\w-]*\\b.*?:::");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^\\s<>]+)>");

    private enum Style { PLAIN, BOLD, ITALIC }

    private final String s;
    private final UnaryOperator<String> links;
    private final Style style;
    private final List<Inline> out = new ArrayList<>();
    private final StringBuilder plain = new StringBuilder();
    private int i;

    private SourceInline(String s, UnaryOperator<String> links, Style style) {
        this.s = s;
        this.links = links;
        this.style = style;
    }

    /** The spans of {@code text}; {@code links} turns each link target into the URL to keep. */
    static List<Inline> parse(String text, UnaryOperator<String> links) {
        return Inlines.tidy(new SourceInline(text, links, Style.PLAIN).read());
    }

    private List<Inline> read() {
        while (i < s.length()) {
            if (!special(s.charAt(i))) {
                plain.append(s.charAt(i++));
            }
        }
        flush();
        return out;
    }

    private boolean special(char c) {
        switch (c) {
            case '\\': return escape();
            case '`': return code();
            case '*': case '_': return emphasis(c);
            case '!': return s.startsWith("[", i + 1) && image();
            case '[': return link();
            case '<': return tag();
            case '&': return entity();
            case ':': return directive();
            case '\n': return newline();
            default: return false;
        }
    }

    /** {@code \*} is a literal star; a backslash at the end of a line is a line break. */
    private boolean escape() {
        if (i + 1 >= s.length() || !(isEscapable(s.charAt(i + 1)) || s.charAt(i + 1) == '\n')) {
            return false;
        }
        plain.append(s.charAt(i + 1));
        i += 2;
        return true;
    }

    /** CommonMark's rule, which the answer format shares: any ASCII punctuation may be escaped. */
    private static boolean isEscapable(char c) {
        return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
    }

    /** Two spaces before a newline make a line break; any other newline is a space. */
    private boolean newline() {
        boolean hard = i >= 2 && s.charAt(i - 1) == ' ' && s.charAt(i - 2) == ' ';
        plain.append(hard ? '\n' : ' ');
        i++;
        return true;
    }

    private boolean code() {
        int run = run(i, '`');
        String fence = "`".repeat(run);
        int end = s.indexOf(fence, i + run);
        while (end >= 0 && run(end, '`') != run) {
            end = s.indexOf(fence, end + run(end, '`'));
        }
        if (end < 0) {
            plain.append(fence);
            i += run;
            return true;
        }
        emit(new Inline.Code(s.substring(i + run, end).strip()), end + run);
        return true;
    }

    private boolean emphasis(char mark) {
        int run = Math.min(run(i, mark), 3);
        boolean opens = i + run < s.length() && !Character.isWhitespace(s.charAt(i + run))
                && (mark == '*' || i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
        int end = opens ? SourceSyntax.emphasisEnd(s, i + run, mark, run) : -1;
        if (end < 0) {
            plain.append(String.valueOf(mark).repeat(run));
            i += run;
            return true;
        }
        Style inner = run == 1 && style != Style.BOLD ? Style.ITALIC : Style.BOLD;
        flush();
        out.addAll(new SourceInline(s.substring(i + run, end), links, inner).read());
        i = end + run;
        return true;
    }

    private boolean image() {
        int end = SourceSyntax.linkEnd(s, i + 1);
        if (end < 0) {
            return false;
        }
        i = end;
        return true;
    }

    private boolean link() {
        int end = SourceSyntax.linkEnd(s, i);
        if (end < 0) {
            return false;
        }
        int close = SourceSyntax.linkTextEnd(s, i);
        String text = Inlines.text(new SourceInline(s.substring(i + 1, close), links, Style.PLAIN).read());
        String url = links.apply(SourceSyntax.linkTarget(s.substring(close + 2, end - 1)));
        emit(new Inline.Link(text.replace('\n', ' '), url), end);
        return true;
    }

    private boolean tag() {
        int length = HtmlText.breakAt(s, i);
        if (length > 0) {
            plain.append('\n');
        } else if ((length = HtmlText.droppedTagAt(s, i)) == 0) {
            Matcher auto = AUTOLINK.matcher(s).region(i, s.length());
            if (!auto.lookingAt()) {
                return false;
            }
            emit(new Inline.Link(auto.group(1), auto.group(1)), auto.end());
            return true;
        }
        i += length;
        return true;
    }

    private boolean entity() {
        int length = HtmlText.entityAt(s, i);
        if (length == 0) {
            return false;
        }
        plain.append(HtmlText.decodeEntities(s.substring(i, i + length)));
        i += length;
        return true;
    }

    /** {@code :::no-loc text="X":::} is X; other {@code :::directive ...:::} (images) are dropped. */
    private boolean directive() {
        if (!s.startsWith(":::", i)) {
            return false;
        }
        Matcher noLoc = NO_LOC.matcher(s).region(i, s.length());
        if (noLoc.lookingAt()) {
            plain.append(noLoc.group(1).replaceAll("\\\\(.)", "$1"));
            i = noLoc.end();
            return true;
        }
        Matcher other = DIRECTIVE.matcher(s).region(i, s.length());
        if (!other.lookingAt()) {
            return false;
        }
        i = other.end();
        return true;
    }

    private int run(int from, char c) {
        int end = from;
        while (end < s.length() && s.charAt(end) == c) {
            end++;
        }
        return end - from;
    }

    private void emit(Inline span, int resumeAt) {
        flush();
        out.add(span);
        i = resumeAt;
    }

    private void flush() {
        if (plain.length() == 0) {
            return;
        }
        String text = plain.toString();
        out.add(style == Style.BOLD ? new Inline.Bold(text) : style == Style.ITALIC ? new Inline.Italic(text)
                : new Inline.Text(text));
        plain.setLength(0);
    }
}
