package org.faqbot.nlu;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The small pieces that date patterns are built from (a day, a month, a year, a count, a shift such
 * as "vorige maand"), each read at a token index in the scan's language.
 */
final class Grammar {

    /** Largest count in an offset: "in 9999 days" is read, longer digit strings are not counts. */
    private static final int MAX_COUNT_DIGITS = 4;

    /** Two-digit years are this century's: "1-12-20" and "3 Mar 21" are in 2020 and 2021. */
    static final int TWO_DIGIT_YEAR_BASE = 2000;
    private static final int TWENTY = 20;
    private static final int TEN = 10;

    private Grammar() {
    }

    /** A day of the month in digits, with or without ordinal suffix ("5", "05", "5th", "5e"); not checked. */
    static Optional<Piece<Integer>> day(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        if (!tokens.has(index) || !tokens.get(index).isDigits(1, 2) || !tokens.standsAlone(index)) {
            return Optional.empty();
        }
        return Optional.of(new Piece<>(tokens.get(index).value(), index + 1));
    }

    /** A day in digits or as an ordinal word ("first", "eerste"). */
    static Optional<Piece<Integer>> dayOrOrdinalWord(Scan scan, int index) {
        return day(scan, index).or(() -> scan.vocabulary().ordinals.match(scan.tokens(), index));
    }

    /**
     * A day as a written number, where the language writes dates so ("één december", "twee maart"); never
     * an article ("een december" is "a December") nor zero.
     */
    static Optional<Piece<Integer>> dayNumberWord(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        if (!words.numberWordsAsDay || words.articles.matches(scan.tokens(), index)) {
            return Optional.empty();
        }
        return words.numbers.match(scan.tokens(), index).filter(number -> number.value() > 0);
    }

    /** A month name or abbreviation, without a dot after it; a long name may be misspelt by one letter ("decmber"). */
    static Optional<Piece<Integer>> month(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        return scan.vocabulary().months.match(tokens, index)
                .or(() -> tokens.isWord(index)
                        ? scan.vocabulary().monthTypos.monthOf(tokens.get(index).text()).map(month -> new Piece<>(month, index + 1))
                        : Optional.empty());
    }

    /** Whether the month at {@code index} is written as an everyday word: lower-case "may". */
    static boolean monthLooksLikeWord(Scan scan, int index) {
        return scan.vocabulary().monthsAlsoWords.matches(scan.tokens(), index) && !scan.tokens().isCapitalised(index);
    }

    /** A weekday's full name. */
    static Optional<Piece<DayOfWeek>> weekday(Scan scan, int index) {
        return scan.vocabulary().weekdays.match(scan.tokens(), index);
    }

    /**
     * The year after a day and month: four digits ("2020", after an optional comma or dot), two digits
     * ("3 Mar 21" is 2021) or a year relative to today ("this year", "vorig jaar"). The value is the
     * absolute year. Two digits before a counted noun or a unit are a count, not a year ("3 maart 10
     * licenties", "3 March 21 days later"), unless an apostrophe marks them as a year ("1 Dec '25", "Dec 1, '25", "1 dec. '25").
     */
    static Optional<Piece<Integer>> year(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        int afterSymbol = skipSymbol(tokens, index, ",", ".");
        boolean marked = isYearMark(tokens, afterSymbol);
        int at = marked ? afterSymbol + 1 : afterSymbol;
        if (tokens.has(at) && tokens.get(at).is(Token.Kind.NUMBER) && tokens.standsAlone(at)) {
            Token digits = tokens.get(at);
            if (digits.isDigits(4, 4) && !marked) {
                return Optional.of(new Piece<>(digits.value(), at + 1));
            }
            if (digits.isDigits(2, 2) && (marked || !countsWhatFollows(scan, at + 1))) {
                return Optional.of(new Piece<>(TWO_DIGIT_YEAR_BASE + digits.value(), at + 1));
            }
        }
        return shift(scan, index, ChronoUnit.YEARS)
                .map(shift -> new Piece<>(scan.today().getYear() + shift.value(), shift.end()))
                .or(() -> yearInWords(scan, afterSymbol));
    }

    /**
     * The year after a day and month, also with a joining word between ({@code year.in}, perhaps after a comma): four
     * digits or a relative year ("1 maart in 2025", "3 March of last year", "3 maart, maar dan vorig jaar"), or the
     * year before today's ("3 March the year before"). Read as the number alone, "of last year" kept 3 March this year.
     */
    static Optional<Piece<Integer>> yearAfter(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        Vocabulary words = scan.vocabulary();
        Optional<Piece<Integer>> year = year(scan, index);
        if (year.isPresent()) {
            return year;
        }
        int at = skipSymbol(tokens, index, ",");
        return words.yearIn.match(tokens, at)
                .flatMap(in -> tokens.has(in.end()) && tokens.get(in.end()).isDigits(4, 4) && tokens.standsAlone(in.end())
                        ? Optional.of(new Piece<>(tokens.get(in.end()).value(), in.end() + 1))
                        : shift(scan, in.end(), ChronoUnit.YEARS).map(shift -> new Piece<>(scan.today().getYear() + shift.value(), shift.end())))
                .or(() -> words.yearBefore.match(tokens, index).map(before -> new Piece<>(scan.today().getYear() - 1, before.end())));
    }

    /** Whether the token at {@code index} is an apostrophe written against two digits: the "'" of "'25". */
    static boolean isYearMark(Tokens tokens, int index) {
        return tokens.isSymbol(index, "'") && tokens.touchesPrevious(index + 1) && tokens.get(index + 1).isDigits(2, 2);
    }

    /**
     * A year as English says it, in two numbers of which the first is twenty: "twenty twenty-one" is 2021,
     * "twenty nineteen" 2019. The second must be ten or more ("twenty two" is the number 22, and "twenty
     * one" never gets this far: it is one number), and a counted noun after it makes it a count.
     */
    private static Optional<Piece<Integer>> yearInWords(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        if (!words.yearInNumberWords) {
            return Optional.empty();
        }
        return words.numbers.match(scan.tokens(), index).filter(century -> century.value() == TWENTY)
                .flatMap(century -> words.numbers.match(scan.tokens(), century.end()))
                .filter(rest -> rest.value() >= TEN && !countsWhatFollows(scan, rest.end()))
                .map(rest -> new Piece<>(TWO_DIGIT_YEAR_BASE + rest.value(), rest.end()));
    }

    /** Whether the word at {@code index} is a thing a number before it would count: a unit or a noun such as "licenties". */
    static boolean countsWhatFollows(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        return words.units.matches(scan.tokens(), index) || words.fortnights.matches(scan.tokens(), index)
                || words.twoDigitYearBlockers.matches(scan.tokens(), index);
    }

    /** A count: digits (at most four, standing alone) or a written number up to twenty, articles included. */
    static Optional<Piece<Integer>> count(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        if (tokens.has(index) && tokens.get(index).is(Token.Kind.NUMBER)) {
            boolean usable = tokens.get(index).isDigits(1, MAX_COUNT_DIGITS) && tokens.standsAlone(index);
            return usable ? Optional.of(new Piece<>(tokens.get(index).value(), index + 1)) : Optional.empty();
        }
        return scan.vocabulary().numbers.match(tokens, index);
    }

    /** A unit of an offset: day(s), week(s), month(s), year(s). */
    static Optional<Piece<ChronoUnit>> unit(Scan scan, int index) {
        return scan.vocabulary().units.match(scan.tokens(), index);
    }

    /** A period relative to the current one, such as "vorige maand" (-1) or "next year" (+1), in {@code unit}. */
    static Optional<Piece<Integer>> shift(Scan scan, int index, ChronoUnit unit) {
        return scan.vocabulary().shifts.match(scan.tokens(), index)
                .flatMap(shift -> unit(scan, shift.end())
                        .filter(found -> found.value() == unit)
                        .map(found -> new Piece<>(shift.value(), found.end())));
    }

    /** Like {@link #shift} for months, also taking "the month" / "de maand" as the current month. */
    static Optional<Piece<Integer>> monthShift(Scan scan, int index) {
        Optional<Piece<Integer>> shifted = shift(scan, index, ChronoUnit.MONTHS);
        if (shifted.isPresent() || !scan.vocabulary().the.matches(scan.tokens(), index)) {
            return shifted;
        }
        return unit(scan, index + 1).filter(unit -> unit.value() == ChronoUnit.MONTHS).map(unit -> new Piece<>(0, unit.end()));
    }

    /**
     * Like {@link #shift} for years, also taking "the year" / "het jaar" as the current year: "the end of the year" is
     * this year's end, as "the end of the month" is this month's, not a year left unread.
     */
    static Optional<Piece<Integer>> yearShift(Scan scan, int index) {
        Optional<Piece<Integer>> shifted = shift(scan, index, ChronoUnit.YEARS);
        boolean article = scan.vocabulary().the.matches(scan.tokens(), index)
                || scan.tokens().has(index) && scan.tokens().text(index, index + 1).equalsIgnoreCase("het");
        if (shifted.isPresent() || !article) {
            return shifted;
        }
        return unit(scan, index + 1).filter(unit -> unit.value() == ChronoUnit.YEARS).map(unit -> new Piece<>(0, unit.end()));
    }

    /** The index after an optional phrase of {@code table} at {@code index}. */
    static int skip(PhraseTable<?> table, Tokens tokens, int index) {
        return table.match(tokens, index).map(Piece::end).orElse(index);
    }

    /** The index after an optional symbol at {@code index}. */
    static int skipSymbol(Tokens tokens, int index, String... symbols) {
        for (String symbol : symbols) {
            if (tokens.isSymbol(index, symbol)) {
                return index + 1;
            }
        }
        return index;
    }
}
