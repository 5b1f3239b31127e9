package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.DateBounds;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.InvalidDate;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.Fact;
import org.faqbot.rules.Polarity;
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
 * ("redeemed") stays that fact. A clause that asks whether the thing ends then ("does my key expire on 1 March?")
 * states nothing: its date is the day the question asks about ({@link AskedEnd}), again no fact.
 */
final class EndDates {

    /** The words of a bound before a day ("before 1 March", "na 1 maart"), as the date reader takes them. */
    private static final Set<String> BEFORE = Set.of("before", "voor");
    private static final Set<String> AFTER = Set.of("after", "na");
    /** Words that put a question about the end on today: "has it already expired?", "is hij nu verlopen?". */
    private static final Pattern NOW = Pattern.compile("\\b(?:already|today|now|yet|by now|vandaag|nu|al|inmiddels|intussen)\\b");
    /** Before the date, these put the end in the past: "werkt sinds 1 maart niet meer". */
    private static final Set<String> SINCE = Set.of("since", "sinds");

    private final RuleBook book;
    private final List<DateRule> rules;
    private final EndThings things;
    private final DateReader dates;

    EndDates(RuleBook book, DateReader dates) {
        this.book = book;
        this.rules = book.rules().stream().filter(rule -> !rule.spec().end().isEmpty()).toList();
        this.things = new EndThings(book, rules);
        this.dates = dates;
    }

    /**
     * The message's dates split into ends (by rule id, the last one given), questions whether the thing ends on a
     * day (by rule id, {@link AskedEnd}) and the rest, in their order.
     */
    record Claimed(Map<String, DateMention> ends, Map<String, AskedEnd> asked, List<FactFinder.Located> rest) {
    }

    /**
     * A day a yes/no question asks the end of a rule's thing about ("does my key expire on 1 March?"), read in
     * the question's tense, with the way round it asks.
     */
    record AskedEnd(DateMention mention, Polarity polarity) {
    }

    /**
     * Claims the ends among {@code located}; {@code pendingRule} is the rule whose answer or question back is
     * open, whose thing "it" / "hij" stands for even when the message names none ("does it expire on 1 March?").
     */
    Claimed claim(String text, Lang lang, LocalDate today, List<FactFinder.Located> located, Optional<String> pendingRule) {
        if (rules.isEmpty() || located.isEmpty()) {
            return new Claimed(Map.of(), Map.of(), located);
        }
        String normalized = Normalized.of(text);
        Map<String, DateMention> ends = new HashMap<>();
        Map<String, AskedEnd> asked = new HashMap<>();
        List<FactFinder.Located> rest = new ArrayList<>();
        for (FactFinder.Located date : located) {
            Optional<Cue> end = rules.stream().filter(rule -> !isOwnFact(rule, date.fact()) || !ownFactInClause(rule, normalized, lang, date))
                    .flatMap(rule -> endCue(normalized, lang, rule, date.mention(), pendingRule).stream()).findFirst();
            if (end.isEmpty()) {
                rest.add(date);
            } else if (end.get().question().isEmpty()) {
                ends.put(end.get().rule().id(), inItsTense(date.mention(), end.get(), text, normalized, lang, today));
            } else {
                EndQuestion question = end.get().question().get();
                DateMention day = dates.reread(date.mention(), text, lang, today, question.tense());
                // Only a day can be asked about; another date (an impossible one, "more than a year ago") stays as before.
                askedEnd(day, question).ifPresentOrElse(a -> asked.put(end.get().rule().id(), a), () -> rest.add(date));
            }
        }
        return new Claimed(ends, asked, rest);
    }

    /**
     * By rule id, how a yes/no question without a day asks whether the rule's thing ends: "has my key expired?", "is
     * hij al verlopen?", "does it expire today?" (a bare "today" in a question is no date of its own) ask whether it
     * has ended by today; only a perfect or a state ("is it no longer valid?") or a word for now ("already", "today",
     * "al", "nu") makes it a question about today. "Will my key expire?", "verloopt hij?" ask whether and when it ends
     * ({@link Polarity#ENDS}), not whether it is usable today.
     */
    Map<String, Polarity> askedNow(String text, Lang lang, List<FactFinder.Located> located, Optional<String> pendingRule) {
        // Asked of every message: only a question can ask it, and most messages are none; one without "?" may embed it
        // ("ik wil weten of mijn sleutel al verlopen is").
        if (rules.isEmpty() || (text.indexOf('?') < 0 && !QuestionShape.isYesNo(text))) {
            return Map.of();
        }
        String normalized = Normalized.of(text);
        Map<String, Polarity> asked = new HashMap<>();
        for (DateRule rule : rules) {
            boolean pending = pendingRule.equals(Optional.of(rule.id()));
            for (String cue : EndCues.bothLanguages(rule.spec().end()::cues, lang).toList()) {
                for (int at : EndCues.positions(normalized, cue, lang)) {
                    int to = at + EndCues.verb(cue).length();
                    EndClause clause = EndClause.around(normalized, at, to);
                    boolean dated = located.stream().anyMatch(l -> l.mention().start() >= clause.from() && l.mention().end() <= clause.to());
                    if (dated || !clause.asksAbout(at) || !things.about(clause, lang, rule, at, pending)) {
                        continue;
                    }
                    Polarity polarity = EndQuestion.read(clause, at, to).polarity();
                    boolean today = polarity == Polarity.ENDED_BY || NOW.matcher(normalized.substring(clause.from(), clause.to())).find();
                    asked.putIfAbsent(rule.id(), today ? polarity : Polarity.ENDS);
                }
            }
        }
        return asked;
    }

    /**
     * The ids of the rules whose thing a message without dates says has ended ("mijn key werkt niet meer, wat nu?",
     * "the product key stopped working"): such a message asks what the rule says in general, not about a day. The
     * message must name the thing: "when does it expire?" right after an answer asks about the conversation's date.
     */
    Set<String> statedWithoutDate(String text, Lang lang) {
        String normalized = Normalized.of(text);
        Set<String> stated = new java.util.HashSet<>();
        for (DateRule rule : rules) {
            for (String cue : EndCues.bothLanguages(rule.spec().end()::cues, lang).toList()) {
                for (int at : EndCues.positions(normalized, cue, lang)) {
                    EndClause clause = EndClause.around(normalized, at, at + EndCues.verb(cue).length());
                    if (!clause.asksAbout(at) && things.about(clause, lang, rule, at, false)) {
                        stated.add(rule.id());
                    }
                }
            }
        }
        return stated;
    }

    /**
     * The day a question about the end asks about: an exact date with the question's polarity, or the day of a
     * "before" / "after" bound ("does it expire before 1 March?", which the reader takes for a bound, as in "I
     * redeemed it before 1 March"), asking whether it has ended by that day or still runs after it.
     */
    private static Optional<AskedEnd> askedEnd(DateMention day, EndQuestion question) {
        if (day instanceof ResolvedDate) {
            return Optional.of(new AskedEnd(day, question.polarity()));
        }
        if (!(day instanceof InvalidDate bound) || bound.bounds().isEmpty()) {
            return Optional.empty();
        }
        DateBounds bounds = bound.bounds().get();
        String first = Normalized.of(bound.text()).split("[^\\p{L}]+", 2)[0];
        if (BEFORE.contains(first) && bounds.earliest().isEmpty() && bounds.latest().isPresent()) {
            return Optional.of(new AskedEnd(exact(bound, bounds.latest().get().plusDays(1)), Polarity.ENDED_BY));
        }
        if (AFTER.contains(first) && bounds.latest().isEmpty() && bounds.earliest().isPresent()) {
            return Optional.of(new AskedEnd(exact(bound, bounds.earliest().get().minusDays(1)), Polarity.ENDS_AFTER));
        }
        return Optional.empty();
    }

    private static ResolvedDate exact(InvalidDate bound, LocalDate day) {
        return new ResolvedDate(bound.text(), bound.start(), bound.end(), day, false, true);
    }

    /**
     * An end cue of {@code rule} at {@code start} (inclusive) to {@code end} (exclusive) of the normalized text,
     * with the question its clause asks about the end, if it asks one.
     */
    private record Cue(DateRule rule, int start, int end, Optional<EndQuestion> question) {
    }

    private static boolean isOwnFact(DateRule rule, Optional<Fact> fact) {
        return fact.filter(f -> f.id().equals(rule.spec().fact())).isPresent();
    }

    /**
     * Whether the date's own clause names the rule's fact: a date found for that fact only by a cue in another clause
     * ("my key stopped working on 1 December, when did I redeem it?") is still the end its own clause states.
     */
    private boolean ownFactInClause(DateRule rule, String normalized, Lang lang, FactFinder.Located date) {
        EndClause clause = EndClause.around(normalized, date.mention());
        String words = normalized.substring(clause.from(), clause.to());
        Fact fact = book.factOf(rule);
        return Stream.concat(fact.cues(lang).stream(), fact.cues(lang.other()).stream()).anyMatch(cue -> CueMatcher.contains(words, cue, lang));
    }

    /**
     * The date read again for the tense of its end: past after "since" and with a past verb ("expired", "is
     * verlopen"), else still to come, as an end usually is ("expires on 1 March" is the next 1 March).
     */
    private DateMention inItsTense(DateMention mention, Cue cue, String text, String normalized, Lang lang, LocalDate today) {
        boolean since = EndClause.around(normalized, mention).wordBeforeDate().filter(SINCE::contains).isPresent();
        Optional<Tense> verb = since ? Optional.of(Tense.PAST) : ClauseTense.of(normalized, cue.start(), cue.end());
        // An end stated in the present ("my key expires on 2 December", said on 6 December) may be one that has
        // just passed, as the rules' own deadlines are read (DatePicker).
        return dates.reread(mention, text, lang, today, DateReader.stated(Tense.FUTURE, verb));
    }

    /** The end cue of {@code mention}'s clause, when the clause states or asks about the end of the rule's thing. */
    private Optional<Cue> endCue(String normalized, Lang lang, DateRule rule, DateMention mention, Optional<String> pendingRule) {
        EndClause clause = EndClause.around(normalized, mention);
        boolean pending = pendingRule.equals(Optional.of(rule.id()));
        for (String cue : EndCues.bothLanguages(rule.spec().end()::cues, lang).toList()) {
            for (int at : EndCues.positions(clause, cue, lang)) {
                int to = at + EndCues.verb(cue).length();
                if (clause.holds(at, to) && things.about(clause, lang, rule, at, pending)) {
                    Optional<EndQuestion> question = clause.asksAbout(at) ? Optional.of(EndQuestion.read(clause, at, to)) : Optional.empty();
                    return Optional.of(new Cue(rule, at, to, question));
                }
            }
        }
        return Optional.empty();
    }
}
