package org.faqbot.nlu;

/**
 * A date expression found in a message: the span as the user wrote it, and what it means.
 * {@code start} is inclusive and {@code end} exclusive, both indexes into the original message, so
 * {@code message.substring(start(), end())} equals {@code text()}.
 */
public sealed interface DateMention permits ResolvedDate, AmbiguousDate, InvalidDate {

    /** The matched text, exactly as written. */
    String text();

    /** Index of the first character of the match in the message (inclusive). */
    int start();

    /** Index just after the last character of the match in the message (exclusive). */
    int end();
}
