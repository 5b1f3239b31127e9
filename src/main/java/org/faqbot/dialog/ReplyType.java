package org.faqbot.dialog;

import java.util.Locale;

/** What kind of reply the bot gave; the JSON command line writes it in lower case. */
public enum ReplyType {
    /** An answer from a knowledge-base entry. */
    FAQ,
    /** A date computed by a rule from the user's own dates. */
    RULE,
    /** A question back: a missing fact, or which of two readings of a date was meant. */
    CLARIFY,
    /** Not confident: suggestions or what the bot can answer, and where to get human help. */
    FALLBACK,
    /** Greetings, thanks, help, commands and acknowledgements. */
    SMALLTALK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
