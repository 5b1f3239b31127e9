package org.faqbot.nlu;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Optional;
import org.faqbot.nlu.InvalidDate.Problem;
import org.faqbot.nlu.Vocabulary.Anchor;

/**
 * Dates fixed by a month or year rather than by today's day:
 * <ul>
 * <li>start or end of a period: "begin volgende maand", "eind deze maand", "einde van de maand", "end of next month",
 * "begin vorig jaar", "end of this year", "eind februari" (year by the {@link YearlessPolicy} or as written), and the
 * middle of a year ("mid next year"). These name a part of the period, not a day: the whole phrase is an
 * {@link InvalidDate} that is {@link Problem#NOT_EXACT}, with the part's days as its {@link DateBounds} (a month's
 * first or last ten days, the 21st to its end; a year's first, middle or last four months), so that a rule answers
 * when every day of the part gives the same answer and asks for the day otherwise. Reading "begin december" as
 * 1 December answered "expired" for a key that may still work. After a word that makes the edge a boundary
 * ("tot het einde van de maand", "by the end of next month", "before the start of March", vocabulary
 * {@code anchor.edge-after}) the start is the first day and the end the last;
 * <li>the middle of a month: "half maart", "medio volgende maand", "mid-March": its 11th to 20th, a part as above (the
 * 15th after a boundary word, "tot half maart");
 * <li>a month's last day: "the last day of February", "de laatste dag van vorige maand";
 * <li>a day of a relative month: "de 5e van vorige maand", "the 5th of next month", "vorige maand op de
 * 5e", "last month on the 5th". A day the month lacks ("de 31e van volgende maand" in March) is
 * {@link Problem#NO_SUCH_DAY}.
 * </ul>
 */
final class MonthAnchoredMatcher implements DateMatcher {

    /** The day "tot half maart", "until mid-March" stand for: the boundary in the month's middle part. */
    private static final int MIDDLE_DAY = 15;
    /** Days in the first and in the middle part of a month; the last part has the rest. */
    private static final int DAYS_IN_PART = 10;
    /** Months in each third of a year. */
    private static final int MONTHS_IN_PART = 4;
    /** Months in a quarter. */
    private static final int MONTHS_IN_QUARTER = 3;
    /** Days from a week's Monday to its Sunday. */
    private static final int WEEK_END = 6;

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        return startOrEnd(scan, index)
                .or(() -> lastDay(scan, index))
                .or(() -> dayOfMonth(scan, index))
                .or(() -> monthThenDay(scan, index));
    }

    private static Optional<DateMention> startOrEnd(Scan scan, int index) {
        // "mid-March" joins its anchor to the month with a hyphen.
        return scan.vocabulary().anchors.match(scan.tokens(), index)
                .map(anchor -> new Piece<>(anchor.value(), Grammar.skipSymbol(scan.tokens(), anchor.end(), "-")))
                .flatMap(anchor -> relativeMonth(scan, index, anchor)
                        .or(() -> relativeYear(scan, index, anchor))
                        .or(() -> writtenYear(scan, index, anchor))
                        .or(() -> relativeWeek(scan, index, anchor))
                        .or(() -> relativeQuarter(scan, index, anchor))
                        .or(() -> namedMonth(scan, index, anchor)));
    }

    /**
     * "the last day of February", "de laatste dag van vorige maand": a day, unlike "the end of February", so the month's
     * last day; a named month's year as written or as the policy chooses.
     */
    private static Optional<DateMention> lastDay(Scan scan, int index) {
        return scan.vocabulary().lastDayOf.match(scan.tokens(), index).flatMap(phrase -> Grammar.monthShift(scan, phrase.end())
                .map(shift -> scan.mentions().counted(index, shift.end(),
                        () -> YearMonth.from(scan.today()).plusMonths(shift.value()).atEndOfMonth()))
                .or(() -> Grammar.month(scan, phrase.end()).map(month -> Grammar.year(scan, month.end())
                        .map(year -> scan.mentions().isPlausible(year.value())
                                ? scan.mentions().resolved(index, year.end(), YearMonth.of(year.value(), month.value()).atEndOfMonth(), false, true)
                                : scan.mentions().invalid(index, year.end(), Problem.YEAR_OUT_OF_RANGE))
                        .orElseGet(() -> scan.yearless(index, month.end(), y -> Optional.of(YearMonth.of(y, month.value()).atEndOfMonth()))))));
    }

    /** "begin volgende maand", "end of the month". */
    private static Optional<DateMention> relativeMonth(Scan scan, int from, Piece<Anchor> anchor) {
        return Grammar.monthShift(scan, anchor.end()).map(shift -> {
            YearMonth month = YearMonth.from(scan.today()).plusMonths(shift.value());
            return isDay(scan, from, anchor.value())
                    ? scan.mentions().counted(from, shift.end(), () -> edge(month, anchor.value()))
                    : part(scan, from, shift.end(), monthPart(month, anchor.value()));
        });
    }

    /** "begin vorig jaar", "end of next year", "mid next year", "the end of the year". */
    private static Optional<DateMention> relativeYear(Scan scan, int from, Piece<Anchor> anchor) {
        return Grammar.yearShift(scan, anchor.end()).map(shift -> {
            int year = scan.today().getYear() + shift.value();
            return isDay(scan, from, anchor.value()) && anchor.value() != Anchor.MIDDLE
                    ? scan.mentions().counted(from, shift.end(), () -> anchor.value() == Anchor.START ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31))
                    : part(scan, from, shift.end(), yearPart(year, anchor.value()));
        });
    }

    /** "begin 2025", "early 2025", "late 2025": a part of the year written in four digits, as "begin vorig jaar" is. */
    private static Optional<DateMention> writtenYear(Scan scan, int from, Piece<Anchor> anchor) {
        Tokens tokens = scan.tokens();
        int at = anchor.end();
        if (!tokens.has(at) || !tokens.get(at).isDigits(4, 4) || !tokens.standsAlone(at)) {
            return Optional.empty();
        }
        int year = tokens.get(at).value();
        if (!scan.mentions().isPlausible(year)) {
            return Optional.of(scan.mentions().invalid(from, at + 1, Problem.YEAR_OUT_OF_RANGE));
        }
        return Optional.of(isDay(scan, from, anchor.value()) && anchor.value() != Anchor.MIDDLE
                ? scan.mentions().resolved(from, at + 1, anchor.value() == Anchor.START ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31),
                        false, true)
                : part(scan, from, at + 1, yearPart(year, anchor.value())));
    }

    /**
     * "begin deze week", "the start of last week": a part of a week, its Monday to Wednesday, Tuesday to Thursday or
     * Thursday to Sunday; after a boundary word ("until the end of this week") its first or last day.
     */
    private static Optional<DateMention> relativeWeek(Scan scan, int from, Piece<Anchor> anchor) {
        return Grammar.shift(scan, anchor.end(), ChronoUnit.WEEKS).map(shift -> {
            LocalDate monday = scan.today().with(DayOfWeek.MONDAY).plusWeeks(shift.value());
            if (isDay(scan, from, anchor.value()) && anchor.value() != Anchor.MIDDLE) {
                return scan.mentions().counted(from, shift.end(), () -> anchor.value() == Anchor.START ? monday : monday.plusDays(WEEK_END));
            }
            int first = switch (anchor.value()) {
                case START -> 0;
                case MIDDLE -> 1;
                case END -> 3;
            };
            int last = anchor.value() == Anchor.END ? WEEK_END : first + 2;
            return part(scan, from, shift.end(), DateBounds.between(monday.plusDays(first), monday.plusDays(last)));
        });
    }

    /**
     * "eind volgend kwartaal", "the start of this quarter": a part of a quarter, its first, middle or last month (as a
     * year's part is a third of it), and after a boundary word ("by the end of next quarter") its first or last day.
     * Read as the quarter alone, "the end of next quarter" gave all its three months.
     */
    private static Optional<DateMention> relativeQuarter(Scan scan, int from, Piece<Anchor> anchor) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        int at = Grammar.skip(words.the, tokens, anchor.end());
        return words.shifts.match(tokens, at).flatMap(shift -> words.quarters.match(tokens, shift.end()).map(unit -> {
            YearMonth first = YearMonth.from(scan.today().with(IsoFields.DAY_OF_QUARTER, 1)).plusMonths((long) MONTHS_IN_QUARTER * shift.value());
            YearMonth last = first.plusMonths(MONTHS_IN_QUARTER - 1);
            if (isDay(scan, from, anchor.value()) && anchor.value() != Anchor.MIDDLE) {
                return scan.mentions().counted(from, unit.end(), () -> anchor.value() == Anchor.START ? first.atDay(1) : last.atEndOfMonth());
            }
            YearMonth month = switch (anchor.value()) {
                case START -> first;
                case MIDDLE -> first.plusMonths(1);
                case END -> last;
            };
            return part(scan, from, unit.end(), DateBounds.between(month.atDay(1), month.atEndOfMonth()));
        }));
    }

    /** "eind februari", "beginning of March 2021". */
    private static Optional<DateMention> namedMonth(Scan scan, int from, Piece<Anchor> anchor) {
        return Grammar.month(scan, anchor.end()).map(month -> Grammar.year(scan, month.end())
                .map(year -> inYear(scan, from, year, month.value(), anchor.value()))
                .orElseGet(() -> yearless(scan, from, month, anchor.value())));
    }

    private static DateMention inYear(Scan scan, int from, Piece<Integer> year, int month, Anchor anchor) {
        Mentions mentions = scan.mentions();
        if (!mentions.isPlausible(year.value())) {
            return mentions.invalid(from, year.end(), Problem.YEAR_OUT_OF_RANGE);
        }
        YearMonth yearMonth = YearMonth.of(year.value(), month);
        return isDay(scan, from, anchor)
                ? mentions.resolved(from, year.end(), edge(yearMonth, anchor), false, true)
                : part(scan, from, year.end(), monthPart(yearMonth, anchor));
    }

    /**
     * A month's part in the year the policy chooses: for a thing that happened, the last one that had begun by today;
     * for a deadline, the next one that has not ended.
     */
    private static DateMention yearless(Scan scan, int from, Piece<Integer> month, Anchor anchor) {
        if (isDay(scan, from, anchor)) {
            return scan.yearless(from, month.end(), y -> Optional.of(edge(YearMonth.of(y, month.value()), anchor)));
        }
        boolean past = scan.policy() == YearlessPolicy.MOST_RECENT_PAST;
        return YearlessResolver.resolve(y -> Optional.of(monthPart(YearMonth.of(y, month.value()), anchor))
                        .flatMap(part -> past ? part.earliest() : part.latest()), scan.today(), scan.policy())
                .map(day -> part(scan, from, month.end(), monthPart(YearMonth.from(day), anchor)))
                .orElseGet(() -> scan.mentions().invalid(from, month.end(), Problem.YEAR_OUT_OF_RANGE));
    }

    /**
     * Whether the anchor reads as one day: a start, middle or end after a word that makes it a boundary ("until the end
     * of March", "tot half maart": the 15th). Alone, "half maart" is a part as "begin maart" is: read as the 15th, a key
     * redeemed then was answered to the day without a word that the day was guessed.
     */
    private static boolean isDay(Scan scan, int from, Anchor anchor) {
        // "Our key dates from early May", "is from the end of March" tell when the thing is from, no edge of a period: the
        // part's days, as "in early May" are.
        boolean origin = from > 1 && scan.vocabulary().originBeforeEdge.matches(scan.tokens(), from - 2);
        return from > 0 && !origin && scan.vocabulary().anchorEdgeAfter.matches(scan.tokens(), from - 1);
    }

    /** The phrase as a part of a period, or out of range when its year is not plausible. */
    private static DateMention part(Scan scan, int from, int to, DateBounds bounds) {
        Mentions mentions = scan.mentions();
        boolean plausible = bounds.earliest().map(day -> mentions.isPlausible(day.getYear())).orElse(true);
        return plausible ? mentions.inexact(from, to, Optional.of(bounds)) : mentions.invalid(from, to, Problem.YEAR_OUT_OF_RANGE);
    }

    /** A month's first ten days, its middle ten or its days from the 21st. */
    private static DateBounds monthPart(YearMonth month, Anchor anchor) {
        return switch (anchor) {
            case START -> DateBounds.between(month.atDay(1), month.atDay(DAYS_IN_PART));
            case MIDDLE -> DateBounds.between(month.atDay(DAYS_IN_PART + 1), month.atDay(2 * DAYS_IN_PART));
            case END -> DateBounds.between(month.atDay(2 * DAYS_IN_PART + 1), month.atEndOfMonth());
        };
    }

    /** A year's first, middle or last four months. */
    private static DateBounds yearPart(int year, Anchor anchor) {
        int first = 1 + anchor.ordinal() * MONTHS_IN_PART;
        return DateBounds.between(LocalDate.of(year, first, 1), YearMonth.of(year, first + MONTHS_IN_PART - 1).atEndOfMonth());
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
