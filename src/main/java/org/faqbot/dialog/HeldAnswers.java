package org.faqbot.dialog;

import java.util.Optional;
import java.util.function.Function;

/**
 * Answers to what the conversation holds: a button of the last reply, a reading or question still open, a suggestion
 * offered, one of several things named, a date answered moved by a supposed span, a corrected date said to be right after all, a date's month corrected. Tried before small talk and before a message is taken for a new question:
 * "sorry, I meant 2025" is no apology, and "the first one" presses a button of the last reply (or picks a reading
 * still open) before it could be anything else.
 */
final class HeldAnswers {

    private final OfferedChoices offered;
    private final OpenQuestions open;
    private final OneOfThem oneOfThem;
    private final ShiftedFact shifted;
    private final ReplacedDate replaced;
    private final MonthCorrection month;

    HeldAnswers(OfferedChoices offered, OpenQuestions open, OneOfThem oneOfThem, ShiftedFact shifted, ReplacedDate replaced,
            MonthCorrection month) {
        this.offered = offered;
        this.replaced = replaced;
        this.month = month;
        this.open = open;
        this.oneOfThem = oneOfThem;
        this.shifted = shifted;
    }

    /** The answer to what the conversation holds, in the order above; {@code respond} answers a pressed button's text. */
    Optional<Reply> answer(Turn turn, Function<Turn, Reply> respond) {
        return offered.press(turn, respond)
                .or(() -> open.pickReading(turn))
                .or(() -> open.afterRemember(turn))
                .or(() -> open.acceptSuggestion(turn))
                .or(() -> open.correctYear(turn))
                .or(() -> replaced.answer(turn))
                .or(() -> month.answer(turn))
                .or(() -> oneOfThem.answer(turn, respond))
                .or(() -> open.personsDate(turn))
                .or(() -> open.anotherOfTheSame(turn))
                .or(() -> shifted.answer(turn, respond))
                .or(() -> open.sameQuestionOnDay(turn))
                .or(() -> offered.nothingOffered(turn));
    }
}
