package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.faqbot.nlu.AmbiguousDate;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.DayInMonth;
import org.faqbot.nlu.NamedMonth;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.nlu.YearlessPolicy;
import org.faqbot.rules.Fact;
import org.faqbot.store.PendingQuestion;

/**
 * The month a message gives for a fact without its day ("I redeemed the key in March", "ik heb de sleutel in maart
 * ingewisseld"), written for the question back ("If you tell me the day in March, ..."), so that the user sees what was
 * read and knows only the day is missing. The open question keeps the month, so that an answer with the day only ("the
 * 5th", "de 5e") is read in it.
 */
final class MonthOfFact {

    /** Punctuation that ends a clause; a dot only before a space or the end ("1.5" stays whole). */

    /**
     * Only another day, in a word or two of correction and perhaps a doubt after a comma: "or the 2nd", "nee, de 4e",
     * "of op de 2e, ik weet het niet zeker". Group 1 is the day's words.
     */
    private static final Pattern OTHER_DAY = Pattern.compile(
            "^(?:(?:or|of|no|nee|sorry|maybe|misschien|actually|eigenlijk|wait|wacht|perhaps|mogelijk)\\s*,?\\s+)+"
                    + "((?:(?:on|op)\\s+)?(?:(?:the|de)\\s+)?\\d{1,2}(?:st|nd|rd|th|e|ste|de)?)\\s*(?:[,;.!?].*)?$");

    private static final DateExtractor DATES = new DateExtractor();

    private MonthOfFact() {
    }

    /**
     * The month named in a clause with one of {@code fact}'s words ("I redeemed the key in March, until when ...?"), written
     * for the question back; a month elsewhere may be another day's ("until when can I redeem my benefits in March?" asks
     * about March). The turn's open question keeps it ({@link #keepAsked}).
     */
    static Optional<String> stated(Turn turn, Fact fact, Texts texts) {
        return monthsAlone(turn).findFirst().filter(month -> clauseNames(turn, month, fact))
                .map(month -> asked(turn, month, texts));
    }

    /**
     * The month of a statement that answers the question back for {@code fact}'s date, written for the question back: with
     * none of {@code facts}' words ("in maart", "I think it was in March") or with the fact's own ("I redeemed it in
     * March"); none of a question, which asks something else, nor of another fact's statement ("we assigned the VS
     * subscription in June"). The turn's open question keeps it ({@link #keepAsked}).
     */
    static Optional<String> answered(Turn turn, Fact fact, List<Fact> facts, Texts texts) {
        return answeredMonth(turn, fact, facts).map(month -> asked(turn, month, texts));
    }

    /** The month of {@link #answered}, read only: the open question is left as it is. */
    static Optional<NamedMonth> answeredMonth(Turn turn, Fact fact, List<Fact> facts) {
        if (QuestionShape.isQuestion(turn.text)) {
            return Optional.empty();
        }
        return monthsAlone(turn).findFirst()
                .filter(month -> clauseNames(turn, month, fact) || facts.stream().noneMatch(other -> clauseNames(turn, month, other)));
    }

    /**
     * The text of a message that answers the question for the day in a month with the day only ("the 5th", "de 5e"), with
     * that month written after the day ("the 5th of March"); any other text as it is.
     */
    static String withMonthAsked(String text, Turn turn) {
        Optional<PendingQuestion.MonthAsked> month = turn.pending().filter(PendingQuestion::awaitsAnswer).flatMap(PendingQuestion::monthOfDay);
        return month.flatMap(m -> DayInMonth.complete(text, m.month(), m.yearNamed(), turn.lang, turn.today))
                .or(() -> dayOfGiven(text, turn)).orElse(text);
    }

    /**
     * "Or the 2nd", "of de 2e, ik weet het niet zeker" right after an answer from a date: another day of that date's month
     * and year, as the day alone after the question for the day in a month is; read alone it was this month's.
     */
    private static Optional<String> dayOfGiven(String text, Turn turn) {
        Optional<LocalDate> given = turn.pending().filter(p -> p.aboutRule() && !p.awaitsAnswer())
                .map(p -> p.facts().get(p.awaitedFact()));
        if (given.isEmpty() || given.get() == null) {
            return Optional.empty();
        }
        String normalized = Normalized.of(text).strip();
        Matcher day = OTHER_DAY.matcher(normalized);
        // The words around the day stay: "or" still makes it a supposition, "no" a correction.
        return day.matches() ? DayInMonth.complete(day.group(1), given.get().getMonth(), OptionalInt.of(given.get().getYear()),
                turn.lang, turn.today).map(written -> normalized.substring(0, day.start(1)) + written + normalized.substring(day.end(1)))
                : Optional.empty();
    }

    /**
     * Keeps the month of the question {@code before} this turn in the question the turn leaves open when that still asks
     * for the same date ("the 30th" of February is no date, and "the 28th" next is read in February too); a month named
     * anew stays.
     */
    static void keepAsking(Optional<PendingQuestion> before, Turn turn) {
        Optional<PendingQuestion.MonthAsked> month = before.flatMap(PendingQuestion::monthOfDay);
        Optional<PendingQuestion> after = turn.pending().filter(PendingQuestion::awaitsAnswer).filter(p -> p.monthOfDay().isEmpty());
        if (month.isPresent() && after.isPresent() && after.get().intent().equals(before.get().intent())
                && after.get().awaitedFact().equals(before.get().awaitedFact())) {
            turn.setPending(after.get().askingDayIn(month.get()));
        }
    }

    /**
     * The months the message names without a day: one inside a date ("I got it on 1 March 2026 and redeemed it later") is
     * that date's, another event's, and no month given for the fact.
     */
    private static Stream<NamedMonth> monthsAlone(Turn turn) {
        List<DateMention> days = DATES.extract(turn.text, turn.lang, turn.today, YearlessPolicy.MOST_RECENT_PAST).stream()
                .filter(date -> date instanceof ResolvedDate || date instanceof AmbiguousDate).toList();
        return NamedMonth.all(turn.text, turn.lang, turn.today).stream()
                .filter(month -> days.stream().noneMatch(day -> day.start() < month.end() && day.end() > month.start()));
    }

    /** The month written for the question back, kept in the turn's open question for an answer with the day only. */
    private static String asked(Turn turn, NamedMonth month, Texts texts) {
        keepAsked(turn, month);
        return texts.month(month, turn.lang);
    }

    /** Keeps {@code month} in the turn's open question, if one waits for a date, as the month its day is asked in. */
    private static void keepAsked(Turn turn, NamedMonth month) {
        Integer year = month.year().isPresent() ? month.year().getAsInt() : null;
        turn.pending().filter(PendingQuestion::awaitsAnswer)
                .ifPresent(pending -> turn.setPending(pending.askingDayIn(new PendingQuestion.MonthAsked(month.month(), year))));
    }

    private static boolean clauseNames(Turn turn, NamedMonth month, Fact fact) {
        String clause = Normalized.of(SpanClause.around(turn.text, month.start(), month.end()));
        return Stream.concat(fact.cues(turn.lang).stream(), fact.cues(turn.lang.other()).stream())
                .anyMatch(cue -> CueMatcher.contains(clause, cue, turn.lang));
    }
}
