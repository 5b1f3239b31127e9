package org.faqbot.nlu;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.IntFunction;
import org.faqbot.nlu.InvalidDate.Problem;

/**
 * Spans of several days that people give for a day: a weekend ("last weekend", "afgelopen weekend", "this weekend",
 * "volgend weekend"; "het weekend" as its sentence's tense says), a quarter ("Q1 2026", "het eerste kwartaal van 2026", "the 2nd quarter", "last quarter") and an
 * ISO week by its number ("week 48", "week 48 of 2026", "the 48th week"). Each is an {@link InvalidDate} that is
 * {@link Problem#NOT_EXACT}, with the span's first and last day as its {@link DateBounds}: a rule answers when every
 * day of the span gives the same answer and otherwise says the range and asks for the day, as it does for "begin
 * december". Taking one of the days (the Saturday, the quarter's first day) would give a date the user never said.
 * A quarter or week without a year is, for a thing that happened, the last one that has begun, else the next one that
 * has not ended. "Last weekend" is the last one before today: said on a Saturday or Sunday, the week before's.
 */
final class SpanMatcher implements DateMatcher {

    private static final int QUARTERS = 4;
    private static final int MONTHS_IN_QUARTER = 3;
    private static final int MAX_WEEK = 53;

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        return weekend(scan, index).or(() -> quarter(scan, index))
                .or(() -> weekNumber(scan, index)).or(() -> ordinalWeek(scan, index));
    }

    /**
     * "last weekend", "dit weekend", "next weekend"; without the shift ("in het weekend") only in a sentence whose tense
     * says which ({@link BareWeekend}): in the present it is a habit more than a day.
     */
    private static Optional<DateMention> weekend(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        return words.shifts.match(scan.tokens(), index).flatMap(shift -> words.weekends.match(scan.tokens(), shift.end())
                .map(weekend -> span(scan, index, weekend.end(), saturday(scan.today(), shift.value()), 1)))
                .or(() -> BareWeekend.read(scan, index).map(saturday -> span(scan, index, saturday.end(), saturday.value(), 1)));
    }

    /** The Saturday of the last weekend before today (-1), of today's ISO week (0) or of the first after today (+1). */
    private static LocalDate saturday(LocalDate today, int shift) {
        if (shift < 0) {
            return today.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY)).minusDays(1);
        }
        return shift == 0 ? today.with(DayOfWeek.SATURDAY) : today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    }

    /** "Q1 2026", "Q3", "het eerste kwartaal van 2026", "the 2nd quarter", "vorig kwartaal". */
    private static Optional<DateMention> quarter(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        int at = Grammar.skip(words.the, tokens, index);
        Optional<Piece<Integer>> numbered = words.quarterLetters.match(tokens, at)
                .filter(letter -> tokens.touchesPrevious(letter.end()))
                .flatMap(letter -> Optional.of(tokens.get(letter.end())).filter(number -> number.is(Token.Kind.NUMBER))
                        .map(number -> new Piece<>(number.value(), letter.end() + 1)))
                .or(() -> Grammar.dayOrOrdinalWord(scan, at).filter(ordinal -> isOrdinal(scan, at))
                        .flatMap(ordinal -> words.quarters.match(tokens, ordinal.end()).map(unit -> new Piece<>(ordinal.value(), unit.end()))))
                .filter(number -> number.value() >= 1 && number.value() <= QUARTERS);
        if (numbered.isPresent()) {
            int quarter = numbered.get().value();
            return Optional.of(inYear(scan, index, numbered.get().end(), y -> quarterStart(y, quarter), MONTHS_IN_QUARTER, ChronoUnit.MONTHS));
        }
        return words.shifts.match(tokens, at).flatMap(shift -> words.quarters.match(tokens, shift.end()).map(unit -> {
            LocalDate start = quarterStart(scan.today().getYear(), scan.today().get(IsoFields.QUARTER_OF_YEAR)).orElseThrow()
                    .plusMonths((long) MONTHS_IN_QUARTER * shift.value());
            return span(scan, index, unit.end(), start, ChronoUnit.DAYS.between(start, start.plusMonths(MONTHS_IN_QUARTER)) - 1);
        }));
    }

    /** "week 48", "wk 48", "week 48 van 2026"; not before a counted noun ("week 2 licences"). */
    private static Optional<DateMention> weekNumber(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        return scan.vocabulary().weekNumbers.match(tokens, index)
                .flatMap(week -> Grammar.day(scan, week.end()).filter(number -> tokens.get(week.end()).is(Token.Kind.NUMBER)))
                .filter(number -> number.value() >= 1 && number.value() <= MAX_WEEK && !Grammar.countsWhatFollows(scan, number.end()))
                .map(number -> inYear(scan, index, number.end(), y -> weekStart(y, number.value()), 1, ChronoUnit.WEEKS));
    }

    /**
     * "the 48th week", "de 48e week" (of 2026): an ISO week by its ordinal in digits, as "week 48"; not "the 2nd week of
     * March", a week of a month.
     */
    private static Optional<DateMention> ordinalWeek(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        // The article is needed and no month may stand before: "in maart 1e week vrij" is March's first week.
        Optional<Piece<Boolean>> the = words.the.match(tokens, index);
        boolean monthBefore = index > 0 && Grammar.month(scan, index - 1).isPresent();
        int at = the.map(Piece::end).orElse(index);
        if (the.isEmpty() || monthBefore || !tokens.has(at) || !tokens.get(at).is(Token.Kind.ORDINAL) || !tokens.get(at).isDigits(1, 2)) {
            return Optional.empty();
        }
        int week = tokens.get(at).value();
        return words.weekNumbers.match(tokens, at + 1)
                .filter(unit -> week >= 1 && week <= MAX_WEEK && !ofMonth(scan, unit.end()))
                .map(unit -> inYear(scan, index, unit.end(), y -> weekStart(y, week), 1, ChronoUnit.WEEKS));
    }

    /** Whether "of" and a month follow at {@code index}: "of March", "van vorige maand". */
    private static boolean ofMonth(Scan scan, int index) {
        return scan.vocabulary().of.match(scan.tokens(), index)
                .filter(of -> Grammar.month(scan, of.end()).isPresent() || Grammar.monthShift(scan, of.end()).isPresent()).isPresent();
    }

    /** Whether the day-like token at {@code index} is an ordinal ("1st", "eerste"), not a bare number. */
    private static boolean isOrdinal(Scan scan, int index) {
        return scan.tokens().get(index).is(Token.Kind.ORDINAL) || scan.vocabulary().ordinals.matches(scan.tokens(), index);
    }

    /**
     * The span starting on {@code start.apply(year)} and lasting {@code length} {@code unit}s, in the year written after
     * {@code end} (after an optional "of"), else the year the policy chooses.
     */
    private static DateMention inYear(Scan scan, int from, int end, IntFunction<Optional<LocalDate>> start, int length, ChronoUnit unit) {
        int yearAt = Grammar.skip(scan.vocabulary().of, scan.tokens(), Grammar.skipSymbol(scan.tokens(), end, "-"));
        Optional<Piece<Integer>> year = Grammar.year(scan, yearAt);
        if (year.isPresent()) {
            if (!scan.mentions().isPlausible(year.get().value())) {
                return scan.mentions().invalid(from, year.get().end(), Problem.YEAR_OUT_OF_RANGE);
            }
            return start.apply(year.get().value())
                    .map(first -> span(scan, from, year.get().end(), first, ChronoUnit.DAYS.between(first, first.plus(length, unit)) - 1))
                    .orElseGet(() -> scan.mentions().invalid(from, year.get().end(), Problem.NO_SUCH_DAY));
        }
        // A thing that happened lies in a span that has begun; a deadline in one that has not ended. A span is at most a
        // quarter, so the year before or after today's always has one.
        boolean past = scan.policy() == YearlessPolicy.MOST_RECENT_PAST;
        for (int away = 0; away <= 1; away++) {
            Optional<LocalDate> first = start.apply(scan.today().getYear() + away * scan.policy().yearStep())
                    .filter(day -> past ? !day.isAfter(scan.today()) : !day.plus(length, unit).isBefore(scan.today().plusDays(1)));
            if (first.isPresent()) {
                return span(scan, from, end, first.get(), ChronoUnit.DAYS.between(first.get(), first.get().plus(length, unit)) - 1);
            }
        }
        return scan.mentions().invalid(from, end, Problem.YEAR_OUT_OF_RANGE);
    }

    private static Optional<LocalDate> quarterStart(int year, int quarter) {
        return Optional.of(LocalDate.of(year, (quarter - 1) * MONTHS_IN_QUARTER + 1, 1));
    }

    /** The Monday of ISO week {@code week} of {@code year}; empty when that year has no such week (53 in most years). */
    private static Optional<LocalDate> weekStart(int year, int week) {
        LocalDate fourthOfJanuary = LocalDate.of(year, 1, 4);
        if (week > fourthOfJanuary.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        return Optional.of(fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY));
    }

    /** The span of {@code extraDays + 1} days from {@code first}, or out of range when its year is not plausible. */
    private static DateMention span(Scan scan, int from, int to, LocalDate first, long extraDays) {
        if (!scan.mentions().isPlausible(first.getYear())) {
            return scan.mentions().invalid(from, to, Problem.YEAR_OUT_OF_RANGE);
        }
        return scan.mentions().inexact(from, to, Optional.of(DateBounds.between(first, first.plusDays(extraDays))));
    }
}
