package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.RuleBook;

/**
 * Whether a clause with an end word is about a rule's own thing ("my key expires", "verloopt mijn sleutel"), for
 * {@link EndDates}: the thing named nearest the end word is one of the rule's things, or "it" / "hij" stands for
 * one; another rule's object ("my benefits expire") or another thing is not.
 */
final class EndThings {

    /**
     * Pronouns that may stand for the thing; only the singular ones, as "they" / "ze" are mostly the benefits. The
     * demonstratives ("is die al verlopen?", "has that expired?") and the spoken "ie" count too: a relative "die" or a
     * "that" after a noun ("the benefits that expire") has that noun before it, which decides as for "it".
     */
    private static final Set<String> PRONOUNS = Set.of("it", "hij", "hem", "'m", "ie", "die", "deze", "dat", "that", "this");

    private final List<String> otherThings;

    EndThings(RuleBook book, List<DateRule> rules) {
        List<String> things = rules.stream().flatMap(rule -> EndCues.bothLanguages(rule.spec().end()::things)).toList();
        this.otherThings = book.rules().stream()
                .flatMap(rule -> EndCues.bothLanguages(rule.spec()::objects))
                .filter(object -> things.stream().noneMatch(thing -> thing.contains(object.strip()) || object.contains(thing)))
                .distinct().toList();
    }

    /**
     * Whether the thing nearest the cue, before it or else after it, is the rule's ("my key expires", "verloopt mijn
     * sleutel"); a pronoun is, in a message that names the thing and no other, or right after the rule's own answer.
     */
    boolean about(EndClause clause, Lang lang, DateRule rule, int cue, boolean pending) {
        String normalized = clause.normalized();
        List<String> things = EndCues.bothLanguages(rule.spec().end()::things, lang).toList();
        Optional<String> before = nearest(normalized, lang, things, clause.from(), cue, true);
        Optional<String> reference = before.isPresent() ? before : nearest(normalized, lang, things, cue, clause.to(), false);
        if (reference.filter(PRONOUNS::contains).isPresent()) {
            return (pending || names(normalized, lang, things)) && !names(normalized, lang, otherThings);
        }
        return reference.filter(things::contains).isPresent();
    }

    /** The last (or first) thing or pronoun between {@code from} and {@code to}. */
    private Optional<String> nearest(String normalized, Lang lang, List<String> things, int from, int to, boolean last) {
        String best = null;
        int bestAt = last ? -1 : Integer.MAX_VALUE;
        List<String> candidates = new ArrayList<>(things);
        candidates.addAll(otherThings);
        candidates.addAll(PRONOUNS);
        for (String candidate : candidates) {
            for (int at : CueMatcher.positions(normalized, candidate, lang)) {
                boolean whole = !PRONOUNS.contains(candidate) || isWord(normalized, at, candidate.length());
                if (whole && at >= from && at + candidate.length() <= to && (last ? at > bestAt : at < bestAt)) {
                    best = candidate;
                    bestAt = at;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean names(String normalized, Lang lang, List<String> things) {
        return things.stream().anyMatch(thing -> CueMatcher.contains(normalized, thing, lang));
    }

    private static boolean isWord(String text, int at, int length) {
        int end = at + length;
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }
}
