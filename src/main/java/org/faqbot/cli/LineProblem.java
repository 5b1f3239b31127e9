package org.faqbot.cli;

import java.util.List;
import java.util.Locale;

/**
 * Why an input line was not read as a question: in English for the JSON error objects ({@link #english}), and
 * as a message key with its values for the console, which says it in the user's language
 * ({@code console.line_problem.*} in the messages files).
 *
 * @param english the problem in English, e.g. "the line is not UTF-8 text"
 * @param key     the last part of its message key, e.g. {@code not_utf8}
 * @param values  the key's placeholders in order
 */
record LineProblem(String english, String key, List<Object> values) {

    LineProblem {
        values = List.copyOf(values);
    }

    static LineProblem notUtf8() {
        return new LineProblem("the line is not UTF-8 text", "not_utf8", List.of());
    }

    /** {@code column} counts from 1. */
    static LineProblem controlCharacter(char c, int column) {
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        return new LineProblem("the line holds control character " + code + " at column " + column + ": is this text?", "control",
                List.of(code, column));
    }

    static LineProblem lineTooLong(int maxBytes) {
        return new LineProblem("the line is over " + maxBytes + " bytes; lines longer than that are not read", "line_too_long",
                List.of(maxBytes));
    }

    static LineProblem questionTooLong(int chars, int maxChars) {
        return new LineProblem("the question is " + chars + " characters long; at most " + maxChars + " are accepted",
                "question_too_long", List.of(chars, maxChars));
    }
}
