package org.faqbot.dialog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.Tense;

/**
 * Which words of a message say the user did or plans an event of their own thing, for {@link FactWords}: "if I redeem it
 * next week", "I activated the code on 1 March", "als ik hem inwissel". Such a word is the event's, and another rule
 * that has the same verb as a cue ("until when can I redeem my benefits?") is not asked by it. The event's clause must
 * be about the thing of the rule counting from it (its {@code end} things: a key, a code) or point at it with "it" /
 * "hem": "if I redeem my benefits" keeps its verb for the benefits' deadline.
 */
final class EventWords {

    /**
     * Singular pronouns only: "they" / "ze" are mostly the benefits. "Mine" / "hers" stand for one thing too ("I activated
     * mine on 3 March"), when {@link Pronouns} finds them pointing back.
     */
    private static final Set<String> PRONOUNS = Set.of("it", "hem", "hij", "'m", "m", "ie", "mine", "hers", "ours", "theirs");
    /** The signs that end a clause, looked at one character at a time (a matcher per character cost more than the rest). */
    private static final String CLAUSE_MARKS = ".,;:!?";
    private static final Pattern WORD = Pattern.compile("[^\\p{L}']+");

    /** By fact id, the things of the rules that count from it, both languages. */
    private final Map<String, List<String>> things = new HashMap<>();
    /** Every rule's objects, both languages: a clause without any says its event without its thing. */
    private final List<String> objects;

    EventWords(RuleBook book) {
        for (DateRule rule : book.rules()) {
            things.merge(rule.spec().fact(), EndCues.bothLanguages(rule.spec().end()::things).distinct().toList(),
                    (a, b) -> Stream.concat(a.stream(), b.stream()).distinct().toList());
        }
        objects = book.rules().stream().flatMap(rule -> Stream.concat(rule.spec().objects(Lang.EN).stream(), rule.spec().objects(Lang.NL).stream()))
                .distinct().toList();
    }

    /** The facts of the located dates, each with its cue when that says the user's event ({@link #claims}). */
    FactWords of(String text, Lang lang, List<FactFinder.Located> located) {
        FactWords words = new FactWords();
        for (FactFinder.Located l : located) {
            Optional<Fact> fact = l.fact();
            if (fact.isPresent() && l.cueStart() >= 0 && claims(text, lang, fact.get(), l.cueStart(), l.cueEnd())) {
                words.add(fact.get().id(), l.cueStart(), l.cueEnd());
            } else {
                fact.ifPresent(f -> words.add(f.id()));
            }
            fact.ifPresent(f -> words.datedAt(f.id(), l.mention().start(), l.mention().end()));
        }
        return words;
    }

    /**
     * True when the cue at {@code start}..{@code end} of {@code text} says the user did or plans {@code fact}'s event
     * (a past form or a plan) about the thing of its rule, or "it". A deadline's word claims nothing, nor does an
     * event's in a question about a day ("can I still redeem it on 1 March?").
     */
    boolean claims(String text, Lang lang, Fact fact, int start, int end) {
        if (fact.tense() != Tense.PAST || !StatedEvents.saysEvent(text, start, end, lang)) {
            return false;
        }
        String clause = clauseAround(Normalized.of(text), start, end);
        boolean pronoun = Pronouns.first(clause, lang).equals(Optional.of(Pronouns.Reference.PRONOUN))
                && List.of(WORD.split(clause)).stream().anyMatch(PRONOUNS::contains);
        List<String> own = things.getOrDefault(fact.id(), List.of());
        // "... and I redeem on 31 December, until when does the key work?": an event said without any thing is of the thing
        // the message names elsewhere.
        String normalized = Normalized.of(text);
        return pronoun || named(clause, own, lang) || named(normalized, own, lang)
                && objects.stream().noneMatch(thing -> CueMatcher.contains(actClause(normalized, start, end), thing, lang));
    }

    private static boolean named(String text, List<String> things, Lang lang) {
        return things.stream().anyMatch(thing -> CueMatcher.contains(text, thing, lang) || CueMatcher.contains(text, thing, lang.other()));
    }

    /** The clause of the cue from the last "and" / "en" before it: "my benefits expire on 31 December and I redeem on 31 December". */
    private static String actClause(String normalized, int start, int end) {
        String clause = clauseAround(normalized, start, end);
        int at = start - clauseStart(normalized, start);
        int from = Math.max(clause.lastIndexOf(" and ", at), clause.lastIndexOf(" en ", at));
        return from < 0 ? clause : clause.substring(from);
    }

    private static int clauseStart(String normalized, int start) {
        int from = start;
        while (from > 0 && CLAUSE_MARKS.indexOf(normalized.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    private static String clauseAround(String normalized, int start, int end) {
        int from = clauseStart(normalized, start);
        int to = end;
        while (to < normalized.length() && CLAUSE_MARKS.indexOf(normalized.charAt(to)) < 0) {
            to++;
        }
        return normalized.substring(from, to);
    }
}
