package org.faqbot.rules;

import java.time.LocalDate;

/**
 * What a yes/no question about a day asks of a rule's result. "Is my key still valid on 1 March?" asks whether
 * the thing is allowed then; "does my key expire on 1 March?" asks the opposite way round, whether it has ended,
 * so its yes is the other's no. The ending kinds are for until rules, whose result is the last day allowed.
 */
public enum Polarity {

    /** "Is it still valid on D?", "can I reassign it on D?": whether the rule allows the thing on D. */
    ALLOWED,
    /**
     * "Does it expire on D?": whether D is its last day or lies after it. People mostly mean "will it be gone by
     * then?", and a last day of exactly D is the end they ask about, so both are a yes.
     */
    ENDS_ON,
    /** "Has it expired by D?", "does it expire before D?", "is it no longer valid on D?": whether D lies after the last day. */
    ENDED_BY,
    /** "Does it expire after D?": whether it still runs the day after D. */
    ENDS_AFTER,
    /**
     * "Will it expire?", "verloopt hij?", asked of no day: whether it ends at all, which a thing with a last day
     * always does (the reply says when). D is the day the question was asked.
     */
    ENDS;

    /** The yes or no to the question about {@code day}, for a rule whose computed date is {@code result}. */
    public boolean yes(DateRule rule, LocalDate day, LocalDate result) {
        return switch (this) {
            case ALLOWED -> rule.allows(day, result);
            case ENDS_ON -> !rule.allows(day, result) || day.equals(result);
            case ENDED_BY -> !rule.allows(day, result);
            case ENDS_AFTER -> rule.allows(day.plusDays(1), result);
            case ENDS -> true;
        };
    }
}
