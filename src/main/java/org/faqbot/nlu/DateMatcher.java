package org.faqbot.nlu;

import java.util.Optional;

/** One family of date expressions: finds the longest expression of the family that starts at a token. */
interface DateMatcher {

    /** The expression starting at token {@code index}, or empty when none of the family starts there. */
    Optional<DateMention> matchAt(Scan scan, int index);
}
