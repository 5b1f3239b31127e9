package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.RuleEnd;
import org.faqbot.rules.Tense;

/**
 * Finds the dates a message gives as the end of a rule's own thing ("my key expires on 1 March", "the key
 * stopped working on 1 March", "mijn sleutel werkt sinds 1 maart niet meer"; see {@link RuleEnd}), so that
 * they are never taken for the rule's fact, nor for another fact whose cue they share ("expires" is also the
 * benefits' expiry). A date is such an end when its clause has one of the rule's end cues and is about the
 * rule's thing: the thing named nearest before the cue (or, in Dutch word order, after it) is one of the rule's
 * things, or "it" / "hij" in a message that names one and no other thing. A date found for the rule's own fact
 * ("redeemed") stays that fact, and a clause that asks whether the thing ends then ("does my key expire on 1
 * March?") states nothing.
 */
final class EndDates {

    /** Pronouns that may stand for the thing; only the singular ones, as "they" / "ze" are mostly the benefits. */
    private static final Set<String> PRONOUNS = Set.of("it", "hij", "hem", "'m");
    /** Before the date, these put the end in the past: "werkt sinds 1 maart niet meer". */
    private static final Set<String> SINCE = Set.of("since", "sinds");

    private final List<DateRule> rules;
    private final List<String> otherThings;
    private final DateReader dates;

    EndDates(RuleBook book, DateReader dates) {
        this.rules = book.rules().stream().filter(rule -> !rule.spec().end().isEmpty()).toList();
        List<String> things = rules.stream().flatMap(rule -> bothLanguages(rule.spec().end()::things)).toList();
        this.otherThings = book.rules().stream()
                .flatMap(rule -> bothLanguages(rule.spec()::objects))
                .filter(object -> things.stream().noneMatch(thing -> thing.contains(object.strip()) || object.contains(thing)))
                .distinct().toList();
        this.dates = dates;
    }

    /** The message's dates split into ends (by rule id, the last one given) and the rest, in their order. */
    record Claimed(Map<String, DateMention> ends, List<FactFinder.Located> rest) {
    }

    Claimed claim(String text, Lang lang, LocalDate today, List<FactFinder.Located> located) {
        if (rules.isEmpty() || located.isEmpty()) {
            return new Claimed(Map.of(), located);
        }
        String normalized = Normalized.of(text);
        Map<String, DateMention> ends = new HashMap<>();
        List<FactFinder.Located> rest = new ArrayList<>();
        for (FactFinder.Located date : located) {
            Optional<Cue> end = rules.stream().filter(rule -> !isOwnFact(rule, date.fact()))
                    .flatMap(rule -> endCue(normalized, lang, rule, date.mention()).stream()).findFirst();
            end.ifPresentOrElse(cue -> ends.put(cue.rule().id(), inItsTense(date.mention(), cue, text, normalized, lang, today)),
                    () -> rest.add(date));
        }
        return new Claimed(ends, rest);
    }

    /** An end cue of {@code rule} at {@code start} (inclusive) to {@code end} (exclusive) of the normalized text. */
    private record Cue(DateRule rule, int start, int end) {
    }

    private static boolean isOwnFact(DateRule rule, Optional<Fact> fact) {
        return fact.filter(f -> f.id().equals(rule.spec().fact())).isPresent();
    }

    /**
     * The date read again for the tense of its end: past after "since" and with a past verb ("expired", "is
     * verlopen"), else still to come, as an end usually is ("expires on 1 March" is the next 1 March).
     */
    private DateMention inItsTense(DateMention mention, Cue cue, String text, String normalized, Lang lang, LocalDate today) {
        boolean since = EndClause.around(normalized, mention).wordBeforeDate().filter(SINCE::contains).isPresent();
        Tense tense = since ? Tense.PAST : ClauseTense.of(normalized, cue.start(), cue.end()).orElse(Tense.FUTURE);
        return dates.reread(mention, text, lang, today, tense);
    }

    /** The end cue of {@code mention}'s clause, when the clause states the end of the rule's thing. */
    private Optional<Cue> endCue(String normalized, Lang lang, DateRule rule, DateMention mention) {
        EndClause clause = EndClause.around(normalized, mention);
        for (String cue : bothLanguages(rule.spec().end()::cues, lang).toList()) {
            for (int at : CueMatcher.positions(normalized, cue, lang)) {
                if (clause.holds(at, at + cue.length()) && aboutTheThing(clause, lang, rule, at) && !clause.asksAbout(at)) {
                    return Optional.of(new Cue(rule, at, at + cue.length()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the thing nearest the cue, before it or else after it, is the rule's ("my key expires", "verloopt mijn sleutel"). */
    private boolean aboutTheThing(EndClause clause, Lang lang, DateRule rule, int cue) {
        String normalized = clause.normalized();
        List<String> things = bothLanguages(rule.spec().end()::things, lang).toList();
        Optional<String> before = nearest(normalized, lang, things, clause.from(), cue, true);
        Optional<String> reference = before.isPresent() ? before : nearest(normalized, lang, things, cue, clause.to(), false);
        if (reference.filter(PRONOUNS::contains).isPresent()) {
            return names(normalized, lang, things) && !names(normalized, lang, otherThings);
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

    private static Stream<String> bothLanguages(Function<Lang, List<String>> cues) {
        return Stream.of(Lang.values()).flatMap(lang -> cues.apply(lang).stream());
    }

    private static Stream<String> bothLanguages(Function<Lang, List<String>> cues, Lang lang) {
        return Stream.concat(cues.apply(lang).stream(), cues.apply(lang.other()).stream()).distinct();
    }
}
