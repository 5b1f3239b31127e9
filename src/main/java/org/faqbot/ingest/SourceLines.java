package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a page body into {@link SourceLine}s: marks code (fenced, or HTML {@code <pre><code>} turned into a
 * fence), and drops HTML comments, which docs pages use for notes to their authors.
 */
final class SourceLines {

    private static final Pattern FENCE = Pattern.compile("\\s*(```|~~~).*");
    private static final String PRE_OPEN = "<pre><code>";
    private static final String PRE_CLOSE = "</code></pre>";

    private final String file;
    private final List<SourceLine> out = new ArrayList<>();
    private int openedAt;
    private String open = "";

    private SourceLines(String file) {
        this.file = file;
    }

    /**
     * Reads {@code lines} from index {@code from} on.
     *
     * @throws KbFormatException for a code fence, {@code <pre>} or comment that is never closed
     */
    static List<SourceLine> read(String file, List<String> lines, int from) {
        SourceLines reader = new SourceLines(file);
        for (int i = from; i < lines.size(); i++) {
            reader.line(i + 1, lines.get(i));
        }
        reader.requireClosed();
        return reader.out;
    }

    private void line(int number, String line) {
        if (open.startsWith("```") || open.startsWith("~~~")) {
            out.add(new SourceLine(number, line, true));
            open = FENCE.matcher(line).matches() ? "" : open;
        } else if (open.equals(PRE_OPEN)) {
            preLine(number, line);
        } else if (open.equals("<!--")) {
            int end = line.indexOf("-->");
            open = end < 0 ? open : "";
            text(number, end < 0 ? "" : line.substring(end + 3));
        } else {
            text(number, line);
        }
    }

    private void text(int number, String line) {
        if (FENCE.matcher(line).matches()) {
            openAt(number, line.strip());
            out.add(new SourceLine(number, line, true));
        } else if (line.strip().startsWith(PRE_OPEN)) {
            openAt(number, PRE_OPEN);
            out.add(new SourceLine(number, "```", true));
            preLine(number, line.substring(line.indexOf(PRE_OPEN) + PRE_OPEN.length()));
        } else {
            out.add(new SourceLine(number, withoutComments(number, line), false));
        }
    }

    private void preLine(int number, String line) {
        int end = line.indexOf(PRE_CLOSE);
        String code = HtmlText.decodeEntities(end < 0 ? line : line.substring(0, end));
        if (end < 0 || !code.isBlank()) {
            out.add(new SourceLine(number, code, true));
        }
        if (end >= 0) {
            out.add(new SourceLine(number, "```", true));
            open = "";
        }
    }

    /** Removes {@code <!-- ... -->}; one left open swallows the following lines up to its end. */
    private String withoutComments(int number, String line) {
        String text = line;
        for (int start = text.indexOf("<!--"); start >= 0; start = text.indexOf("<!--")) {
            int end = text.indexOf("-->", start + 4);
            if (end < 0) {
                openAt(number, "<!--");
                return text.substring(0, start);
            }
            text = text.substring(0, start) + text.substring(end + 3);
        }
        return text;
    }

    private void openAt(int number, String what) {
        open = what;
        openedAt = number;
    }

    private void requireClosed() {
        if (!open.isEmpty()) {
            String what = open.equals("<!--") ? "HTML comment" : open.equals(PRE_OPEN) ? "<pre> block" : "code fence";
            throw new KbFormatException(file, openedAt, what + " \"" + Texts.abbreviate(open) + "\" is never closed");
        }
    }
}
