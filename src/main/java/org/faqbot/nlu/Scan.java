package org.faqbot.nlu;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.faqbot.nlu.InvalidDate.Problem;

/** One extraction in progress: the message's tokens, its language's words, today and the year-less policy. */
record Scan(Tokens tokens, Vocabulary vocabulary, LocalDate today, YearlessPolicy policy, Mentions mentions) {

    static Scan of(String message, Vocabulary vocabulary, LocalDate today, YearlessPolicy policy, int minYear, int maxYear) {
        Tokens tokens = Tokenizer.tokenize(message);
        return new Scan(tokens, vocabulary, today, policy, new Mentions(tokens, minYear, maxYear));
    }

    /** The same scan with another year-less policy. */
    Scan withPolicy(YearlessPolicy otherPolicy) {
        return new Scan(tokens, vocabulary, today, otherPolicy, mentions);
    }

    /**
     * A day and month, with the year when one was given (in digits or as "vorig jaar") and otherwise
     * chosen by the policy. The span is tokens {@code from} (inclusive) to {@code to} (exclusive).
     */
    DateMention dayMonth(int from, int to, int day, int month, OptionalInt year) {
        if (year.isPresent()) {
            return mentions.written(from, to, year.getAsInt(), month, day, false);
        }
        if (month < 1 || month > 12) {
            return mentions.invalid(from, to, Problem.NO_SUCH_MONTH);
        }
        if (day < 1 || day > Month.of(month).maxLength()) {
            return mentions.invalid(from, to, Problem.NO_SUCH_DAY);
        }
        return yearless(from, to, y -> dateIn(y, month, day));
    }

    /** A date whose year the policy chooses; {@code dateInYear} is empty in years without it. */
    DateMention yearless(int from, int to, IntFunction<Optional<LocalDate>> dateInYear) {
        return YearlessResolver.resolve(dateInYear, today, policy)
                .map(date -> mentions.resolved(from, to, date, false, false))
                .orElseGet(() -> mentions.invalid(from, to, Problem.YEAR_OUT_OF_RANGE));
    }

    /** The date of {@code day} and {@code month} in the year the policy chooses; empty when no year near today has it. */
    Optional<LocalDate> yearlessDate(int month, int day) {
        return YearlessResolver.resolve(y -> dateIn(y, month, day), today, policy);
    }

    private static Optional<LocalDate> dateIn(int year, int month, int day) {
        return YearMonth.of(year, month).isValidDay(day)
                ? Optional.of(LocalDate.of(year, month, day))
                : Optional.empty();
    }
}
