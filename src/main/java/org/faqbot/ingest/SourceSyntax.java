package org.faqbot.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the inline constructs of docs Markdown end (link brackets, emphasis runs) and a link's target. */
final class SourceSyntax {

    private static final Pattern TITLED = Pattern.compile("(\\S+)\\s+(?:\"[^\"]*\"|'[^']*')");

    private SourceSyntax() {
    }

    /** The URL part of a link's {@code (url "title")}; line breaks inside it are dropped. */
    static String linkTarget(String destination) {
        String target = destination.strip();
        if (target.startsWith("<") && target.endsWith(">")) {
            return target.substring(1, target.length() - 1);
        }
        Matcher titled = TITLED.matcher(target);
        return titled.matches() ? titled.group(1) : target.replaceAll("\\s*\\n\\s*", "");
    }

    /** Index of the {@code ]} matching the {@code [} at {@code open}, or -1. */
    static int linkTextEnd(String s, int open) {
        int depth = 0;
        for (int j = open; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    /** Index just past {@code [text](target)} starting at {@code open}, or -1 when it is no link. */
    static int linkEnd(String s, int open) {
        int close = linkTextEnd(s, open);
        if (close < 0 || !s.startsWith("(", close + 1)) {
            return -1;
        }
        int depth = 0;
        for (int j = close + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j + 1;
            }
        }
        return -1;
    }

    /**
     * Index of the run of {@code mark} that closes an emphasis opened by {@code run} marks, or -1. A closer
     * follows a non-space; an underscore closer is not followed by a letter (so snake_case stays text).
     * Code spans and links in between are skipped, so a star in a URL closes nothing.
     */
    static int emphasisEnd(String s, int from, char mark, int run) {
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '`' && s.indexOf('`', j + 1) > 0) {
                j = s.indexOf('`', j + 1);
            } else if (c == '[' && linkEnd(s, j) > 0) {
                j = linkEnd(s, j) - 1;
            } else if (c == mark) {
                int length = runLength(s, j, mark);
                if (closes(s, j, length, mark, run)) {
                    return j + length - run;
                }
                j += length - 1;
            }
        }
        return -1;
    }

    private static boolean closes(String s, int at, int length, char mark, int run) {
        boolean fits = length == run || (length == 3 && run < 3);
        boolean afterText = !Character.isWhitespace(s.charAt(at - 1));
        boolean beforeBoundary = mark == '*' || at + length >= s.length()
                || !Character.isLetterOrDigit(s.charAt(at + length));
        return fits && afterText && beforeBoundary;
    }

    private static int runLength(String s, int from, char c) {
        int end = from;
        while (end < s.length() && s.charAt(end) == c) {
            end++;
        }
        return end - from;
    }
}
