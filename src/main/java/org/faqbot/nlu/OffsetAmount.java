package org.faqbot.nlu;

import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The length of an offset from today, as a {@link Period}: a count and a unit ("3 weeks", "drie
 * weken", "a fortnight"), with halves ("half a year", "een half jaar", "anderhalf jaar", "a year and a
 * half", "two and a half months", "1.5 years", "1,5 jaar"), and several of them added up ("3 weeks and
 * 2 days", "2 jaar en 3 maanden", "1 year, 2 months and 3 days").
 *
 * <p>Half a year is six months. Half a month is 15 days whatever the month's length: people mean "about
 * two weeks", and a fixed count keeps the answer the same in every month. Half a week is 3 days (3.5
 * rounded down), so that "a week and a half", "anderhalve week" and "1,5 weken" are the ten days people
 * mean by them. Half a day is not read: a date has no half days, and "anderhalve dag geleden" may be
 * yesterday or the day before.
 */
final class OffsetAmount {

    /** Days in half a month, by convention (see the class comment). */
    static final int DAYS_IN_HALF_MONTH = 15;
    private static final int MONTHS_IN_HALF_YEAR = 6;
    private static final int DAYS_IN_FORTNIGHT = 14;
    private static final int DAYS_IN_WEEK = 7;
    /** Days in half a week, by convention (see the class comment). */
    static final int DAYS_IN_HALF_WEEK = 3;

    private OffsetAmount() {
    }

    /** The offset's parts from {@code index}, added up; joined by "and"/"en" or a comma. */
    static Optional<Piece<Period>> read(Scan scan, int index) {
        Optional<Piece<Period>> first = part(scan, index);
        if (first.isEmpty() || insideHalfWords(scan, index)) {
            return Optional.empty();
        }
        Piece<Period> total = first.get();
        for (Optional<Piece<Period>> next = nextPart(scan, total.end()); next.isPresent(); next = nextPart(scan, total.end())) {
            total = new Piece<>(total.value().plus(next.get().value()), next.get().end());
        }
        return Optional.of(total);
    }

    /** Whether {@code index} is the "a" of "half a week": that is no week, and half a week is not read. */
    private static boolean insideHalfWords(Scan scan, int index) {
        return index > 0 && scan.vocabulary().halves.match(scan.tokens(), index - 1).filter(half -> half.end() > index).isPresent();
    }

    /** The part after a joining "and", "en" or comma at {@code index}. */
    private static Optional<Piece<Period>> nextPart(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        int at = tokens.isSymbol(index, ",") ? index + 1 : index;
        at = Grammar.skip(scan.vocabulary().and, tokens, at);
        return at == index ? Optional.empty() : part(scan, at);
    }

    /** One count and unit, possibly with a half. */
    private static Optional<Piece<Period>> part(Scan scan, int index) {
        return halfWordFirst(scan, index)
                .or(() -> decimal(scan, index))
                .or(() -> countFirst(scan, index))
                .or(() -> fortnights(scan, index));
    }

    /** "half a year", "een half jaar", "anderhalve maand". */
    private static Optional<Piece<Period>> halfWordFirst(Scan scan, int index) {
        return scan.vocabulary().halves.match(scan.tokens(), index)
                .flatMap(halves -> inHalves(scan, halves.value(), halves.end()));
    }

    /** "1.5 years", "1,5 jaar", "0.5 years": one decimal, and it must be a 5. */
    private static Optional<Piece<Period>> decimal(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        boolean isDecimal = tokens.has(index + 2) && tokens.get(index).is(Token.Kind.NUMBER) && tokens.get(index).isDigits(1, 4)
                && (tokens.isSymbol(index + 1, ".") || tokens.isSymbol(index + 1, ","))
                && tokens.touchesPrevious(index + 1) && tokens.touchesPrevious(index + 2)
                && tokens.get(index + 2).is(Token.Kind.NUMBER) && tokens.get(index + 2).text().equals("5")
                && !tokens.gluedBefore(index) && !tokens.gluedAfter(index + 2);
        return isDecimal ? inHalves(scan, 2 * tokens.get(index).value() + 1, index + 3) : Optional.empty();
    }

    /** "3 weeks", "one and a half years", "a year and a half", "twee en een half jaar". */
    private static Optional<Piece<Period>> countFirst(Scan scan, int index) {
        return Grammar.count(scan, index).flatMap(count -> halfBeforeUnit(scan, count).or(() -> unitAndHalf(scan, count)));
    }

    /** "one and a half years", "twee en een half jaar". */
    private static Optional<Piece<Period>> halfBeforeUnit(Scan scan, Piece<Integer> count) {
        return scan.vocabulary().andAHalf.match(scan.tokens(), count.end())
                .flatMap(half -> inHalves(scan, 2 * count.value() + 1, half.end()));
    }

    /** "3 weeks", or "a year and a half" with the half after the unit. */
    private static Optional<Piece<Period>> unitAndHalf(Scan scan, Piece<Integer> count) {
        return Grammar.unit(scan, count.end()).flatMap(unit -> scan.vocabulary().andAHalf.match(scan.tokens(), unit.end())
                .flatMap(half -> inHalves(scan, 2 * count.value() + 1, count.end()).map(period -> new Piece<>(period.value(), half.end())))
                .or(() -> Optional.of(new Piece<>(whole(count.value(), unit.value()), unit.end()))));
    }

    /** "a fortnight", "2 fortnights". */
    private static Optional<Piece<Period>> fortnights(Scan scan, int index) {
        return Grammar.count(scan, index).flatMap(count -> scan.vocabulary().fortnights.match(scan.tokens(), count.end())
                .map(unit -> new Piece<>(Period.ofDays(count.value() * DAYS_IN_FORTNIGHT), unit.end())));
    }

    /** {@code halves} halves of the unit at {@code unitAt}; empty for an odd number of halves of a day. */
    private static Optional<Piece<Period>> inHalves(Scan scan, int halves, int unitAt) {
        return Grammar.unit(scan, unitAt).flatMap(unit -> {
            if (halves % 2 == 0) {
                return Optional.of(new Piece<>(whole(halves / 2, unit.value()), unit.end()));
            }
            return switch (unit.value()) {
                case YEARS -> Optional.of(new Piece<>(Period.ofMonths(halves * MONTHS_IN_HALF_YEAR), unit.end()));
                case MONTHS -> Optional.of(new Piece<>(Period.of(0, halves / 2, DAYS_IN_HALF_MONTH), unit.end()));
                case WEEKS -> Optional.of(new Piece<>(Period.ofDays(halves / 2 * DAYS_IN_WEEK + DAYS_IN_HALF_WEEK), unit.end()));
                default -> Optional.empty();
            };
        });
    }

    private static Period whole(int count, ChronoUnit unit) {
        return switch (unit) {
            case YEARS -> Period.ofYears(count);
            case MONTHS -> Period.ofMonths(count);
            case WEEKS -> Period.ofWeeks(count);
            default -> Period.ofDays(count);
        };
    }
}
