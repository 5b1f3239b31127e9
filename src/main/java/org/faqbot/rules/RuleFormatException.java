package org.faqbot.rules;

/** A rules file that cannot be used; the message names the file, the rule or fact, and the field. */
public final class RuleFormatException extends RuntimeException {

    public RuleFormatException(String message) {
        super(message);
    }

    public RuleFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
