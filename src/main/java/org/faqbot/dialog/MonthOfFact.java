package org.faqbot.dialog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.DayInMonth;
import org.faqbot.nlu.NamedMonth;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
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

    private MonthOfFact() {
    }

    /**
     * The month named in a clause with one of {@code fact}'s words ("I redeemed the key in March, until when ...?"), written
     * for the question back; a month elsewhere may be another day's ("until when can I redeem my benefits in March?" asks
     * about March). The turn's open question keeps it ({@link #keepAsked}).
     */
    static Optional<String> stated(Turn turn, Fact fact, Texts texts) {
        return NamedMonth.in(turn.text, turn.lang, turn.today).filter(month -> clauseNames(turn, month, fact))
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
        return NamedMonth.in(turn.text, turn.lang, turn.today)
                .filter(month -> clauseNames(turn, month, fact) || facts.stream().noneMatch(other -> clauseNames(turn, month, other)));
    }

    /**
     * The text of a message that answers the question for the day in a month with the day only ("the 5th", "de 5e"), with
     * that month written after the day ("the 5th of March"); any other text as it is.
     */
    static String withMonthAsked(String text, Turn turn) {
        Optional<PendingQuestion.MonthAsked> month = turn.pending().filter(PendingQuestion::awaitsAnswer).flatMap(PendingQuestion::monthOfDay);
        return month.flatMap(m -> DayInMonth.complete(text, m.month(), m.yearNamed(), turn.lang, turn.today)).orElse(text);
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
