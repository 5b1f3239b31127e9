package org.faqbot.dialog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause that asks whether the user may still do an act on a day: "can I still redeem keys on Boxing Day?", "kan ik de
 * keys nog inwisselen volgende week?". Its day is the day asked about, not the day the user did (or plans) the act, so
 * the date gives no bonus to the rule counting from the act (the key's year) over the rule whose deadline allows it.
 * A past form in the clause dates an act after all ("can I still use the key I redeemed on 1 March?").
 */
final class StillAllowedClause {

    /** A clause ends at a mark or before "if", "als", "before", "voordat" and the like, which start a clause of their own. */
    private static final Pattern CLAUSE_END = Pattern.compile(
            "[.!?,;:]|\\s(?=(?:if|when|before|after|because|since|als|wanneer|voordat|nadat|omdat|want|sinds)\\s)");
    /** "can I", "could we", "may I", "is it still possible to", "kan ik", "kunnen we", "mag ik", "kun je". */
    private static final Pattern MAY_DO = Pattern.compile(
            "(?:^|[^\\p{L}])(?:(?:can|could|may)\\s+(?:i|we|you)|is\\s+it\\s+(?:still\\s+)?possible\\s+to|(?:kan|kun|kunnen|mag|mogen)\\s+(?:ik|we|wij|je|jij|u)"
                    + "|is\\s+het\\s+(?:nog\\s+)?mogelijk)(?=[^\\p{L}]|$)");
    private static final Pattern STILL = Pattern.compile("(?:^|[^\\p{L}])(?:still|nog)(?=[^\\p{L}]|$)");
    /** A past form in the clause: "redeemed", "activated", "ingewisseld", "geactiveerd", "verzilverd". */
    private static final Pattern PAST_FORM = Pattern.compile("(?:^|[^\\p{L}])(?:\\p{L}+ed|ge\\p{L}+(?:d|t)|ingewisseld)(?=[^\\p{L}]|$)");

    private StillAllowedClause() {
    }

    /**
     * Whether the message dates {@code fact} only in clauses of {@link org.faqbot.nlu.Normalized} {@code normalized} that ask
     * whether the act is still allowed on the day.
     */
    static boolean datesOnlyAsked(String normalized, String fact, FactWords facts) {
        // Most messages date no fact at all: then no clause dates it, and the clauses need not be split.
        if (!facts.datedWithin(fact, 0, normalized.length())) {
            return false;
        }
        boolean asked = false;
        int from = 0;
        Matcher end = CLAUSE_END.matcher(normalized);
        while (from <= normalized.length()) {
            int to = end.find(from) ? end.end() : normalized.length();
            if (facts.datedWithin(fact, from, to)) {
                // "my benefits expire on 20 December can I still ...": a date before the question is no day it asks about.
                int question = askingFrom(normalized.substring(from, to));
                if (question < 0 || facts.datedWithin(fact, from, from + question)) {
                    return false;
                }
                asked = true;
            }
            if (to >= normalized.length()) {
                break;
            }
            from = Math.max(to, from + 1);
        }
        return asked;
    }

    /**
     * Where in {@code clause} a question whether the user may still do something starts ("can I still ...", "kan ik ...
     * nog ..."), or -1 when it asks none.
     */
    static int askingFrom(String clause) {
        Matcher may = MAY_DO.matcher(clause);
        if (!may.find()) {
            return -1;
        }
        String rest = clause.substring(may.start());
        return STILL.matcher(rest).find() && !PAST_FORM.matcher(rest).find() ? may.start() : -1;
    }
}
