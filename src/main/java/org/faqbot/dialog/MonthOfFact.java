package org.faqbot.dialog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.NamedMonth;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.rules.Fact;

/**
 * The month a message gives for a fact without its day ("I redeemed the key in March", "ik heb de sleutel in maart
 * ingewisseld"), written for the question back ("If you tell me the day in March, ..."), so that the user sees what was
 * read and knows only the day is missing.
 */
final class MonthOfFact {

    /** Punctuation that ends a clause; a dot only before a space or the end ("1.5" stays whole). */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:!?\\n]|\\.(?=\\s|$)");

    private MonthOfFact() {
    }

    /**
     * The month named in a clause with one of {@code fact}'s words ("I redeemed the key in March, until when ...?"); a
     * month elsewhere may be another day's ("until when can I redeem my benefits in March?" asks about March).
     */
    static Optional<String> stated(Turn turn, Fact fact, Texts texts) {
        return NamedMonth.in(turn.text, turn.lang, turn.today).filter(month -> clauseNames(turn, month, fact))
                .map(month -> texts.month(month, turn.lang));
    }

    /**
     * The month of a statement that answers the question back for {@code fact}'s date: with none of {@code facts}' words
     * ("in maart", "I think it was in March") or with the fact's own ("I redeemed it in March"); none of a question, which
     * asks something else, nor of another fact's statement ("we assigned the VS subscription in June").
     */
    static Optional<String> answered(Turn turn, Fact fact, List<Fact> facts, Texts texts) {
        if (QuestionShape.isQuestion(turn.text)) {
            return Optional.empty();
        }
        return NamedMonth.in(turn.text, turn.lang, turn.today)
                .filter(month -> clauseNames(turn, month, fact) || facts.stream().noneMatch(other -> clauseNames(turn, month, other)))
                .map(month -> texts.month(month, turn.lang));
    }

    private static boolean clauseNames(Turn turn, NamedMonth month, Fact fact) {
        String clause = Normalized.of(clause(turn.text, month.start(), month.end()));
        return Stream.concat(fact.cues(turn.lang).stream(), fact.cues(turn.lang.other()).stream())
                .anyMatch(cue -> CueMatcher.contains(clause, cue, turn.lang));
    }

    /** The clause of {@code text} around {@code start}..{@code end}: from the punctuation before to the punctuation after. */
    private static String clause(String text, int start, int end) {
        int from = 0;
        Matcher before = CLAUSE_END.matcher(text);
        while (before.find() && before.start() < start) {
            from = before.end();
        }
        Matcher after = CLAUSE_END.matcher(text);
        int to = after.find(end) ? after.start() : text.length();
        return text.substring(from, to);
    }
}
