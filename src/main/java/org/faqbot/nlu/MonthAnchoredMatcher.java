package org.faqbot.nlu;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.faqbot.nlu.InvalidDate.Problem;
import org.faqbot.nlu.Vocabulary.Anchor;

/**
 * Dates fixed by a month or year rather than by today's day:
 * <ul>
 * <li>start or end of a period: "begin volgende maand" (1st of next month), "eind deze maand", "einde van
 * de maand", "end of next month" (its last day), "begin vorig jaar" (1 January), "end of this year" (31
 * December), "eind februari" (last day of February, year by the {@link YearlessPolicy} or as written); the
 * middle likewise: "half maart", "medio volgende maand", "mid-March" (the 15th), "mid next year" (1 July);
 * <li>a day of a relative month: "de 5e van vorige maand", "the 5th of next month", "vorige maand op de
 * 5e", "last month on the 5th". A day the month lacks ("de 31e van volgende maand" in March) is
 * {@link Problem#NO_SUCH_DAY}.
 * </ul>
 */
final class MonthAnchoredMatcher implements DateMatcher {

    /** The day "half maart", "mid-March" stand for: an approximation, read as the date as "about 15 March" is. */
    private static final int MIDDLE_DAY = 15;

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        return startOrEnd(scan, index)
                .or(() -> dayOfMonth(scan, index))
                .or(() -> monthThenDay(scan, index));
    }

    private static Optional<DateMention> startOrEnd(Scan scan, int index) {
        // "mid-March" joins its anchor to the month with a hyphen.
        return scan.vocabulary().anchors.match(scan.tokens(), index)
                .map(anchor -> new Piece<>(anchor.value(), Grammar.skipSymbol(scan.tokens(), anchor.end(), "-")))
                .flatMap(anchor -> relativeMonth(scan, index, anchor)
                        .or(() -> relativeYear(scan, index, anchor))
                        .or(() -> namedMonth(scan, index, anchor)));
    }

    /** "begin volgende maand", "end of the month". */
    private static Optional<DateMention> relativeMonth(Scan scan, int from, Piece<Anchor> anchor) {
        return Grammar.monthShift(scan, anchor.end()).map(shift -> scan.mentions().counted(from, shift.end(),
                () -> edge(YearMonth.from(scan.today()).plusMonths(shift.value()), anchor.value())));
    }

    /** "begin vorig jaar", "end of next year". */
    private static Optional<DateMention> relativeYear(Scan scan, int from, Piece<Anchor> anchor) {
        return Grammar.shift(scan, anchor.end(), ChronoUnit.YEARS).map(shift -> scan.mentions().counted(from, shift.end(),
                () -> {
                    int year = scan.today().getYear() + shift.value();
                    return switch (anchor.value()) {
                        case START -> LocalDate.of(year, 1, 1);
                        case MIDDLE -> LocalDate.of(year, 7, 1);
                        case END -> LocalDate.of(year, 12, 31);
                    };
                }));
    }

    /** "eind februari", "beginning of March 2021". */
    private static Optional<DateMention> namedMonth(Scan scan, int from, Piece<Anchor> anchor) {
        return Grammar.month(scan, anchor.end()).map(month -> Grammar.year(scan, month.end())
                .map(year -> inYear(scan, from, year, month.value(), anchor.value()))
                .orElseGet(() -> scan.yearless(from, month.end(),
                        y -> Optional.of(edge(YearMonth.of(y, month.value()), anchor.value())))));
    }

    private static DateMention inYear(Scan scan, int from, Piece<Integer> year, int month, Anchor anchor) {
        Mentions mentions = scan.mentions();
        if (!mentions.isPlausible(year.value())) {
            return mentions.invalid(from, year.end(), Problem.YEAR_OUT_OF_RANGE);
        }
        return mentions.resolved(from, year.end(), edge(YearMonth.of(year.value(), month), anchor), false, true);
    }

    /** "[de] 5e van vorige maand", "[the] 5th of next month". */
    private static Optional<DateMention> dayOfMonth(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        int dayAt = Grammar.skip(words.the, scan.tokens(), index);
        return Grammar.dayOrOrdinalWord(scan, dayAt).flatMap(day -> words.of.match(scan.tokens(), day.end())
                .flatMap(of -> Grammar.monthShift(scan, of.end()))
                .map(shift -> dayIn(scan, index, shift.end(), shift.value(), day.value())));
    }

    /** "vorige maand op de 5e", "last month on the 5th": the article is required, "vorige maand 5 licenties" is no date. */
    private static Optional<DateMention> monthThenDay(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        return Grammar.monthShift(scan, index).flatMap(shift -> words.the.match(tokens, Grammar.skip(words.on, tokens, shift.end()))
                .flatMap(the -> Grammar.dayOrOrdinalWord(scan, the.end()))
                .map(day -> dayIn(scan, index, day.end(), shift.value(), day.value())));
    }

    private static DateMention dayIn(Scan scan, int from, int to, int monthShift, int day) {
        YearMonth month = YearMonth.from(scan.today()).plusMonths(monthShift);
        if (!month.isValidDay(day)) {
            return scan.mentions().invalid(from, to, Problem.NO_SUCH_DAY);
        }
        return scan.mentions().counted(from, to, () -> month.atDay(day));
    }

    /** The month's first day, its 15th or its last day. */
    private static LocalDate edge(YearMonth month, Anchor anchor) {
        return switch (anchor) {
            case START -> month.atDay(1);
            case MIDDLE -> month.atDay(MIDDLE_DAY);
            case END -> month.atEndOfMonth();
        };
    }
}
