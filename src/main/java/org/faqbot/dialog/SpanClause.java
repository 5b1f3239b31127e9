package org.faqbot.dialog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause around a span of a message: from the punctuation before it to the punctuation after it. A full stop ends a
 * clause only before a space or the end, so "1.5" and "e.g." stay inside. Readers that ask what a date or month in a
 * message is said of ("we renewed on ...", "redeemed in March") read this clause, not the whole message.
 */
final class SpanClause {

    private static final Pattern CLAUSE_END = Pattern.compile("[,;:!?\\n]|\\.(?=\\s|$)");

    private SpanClause() {
    }

    static String around(String text, int start, int end) {
        int from = 0;
        Matcher before = CLAUSE_END.matcher(text);
        while (before.find() && before.start() < start) {
            from = before.end();
        }
        Matcher after = CLAUSE_END.matcher(text);
        int to = after.find(end) ? after.start() : text.length();
        return text.substring(from, to);
    }
}
