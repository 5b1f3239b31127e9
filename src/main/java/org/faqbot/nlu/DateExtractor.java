package org.faqbot.nlu;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;

/**
 * Finds every date expression in a Dutch or English message and resolves it against a given today:
 * absolute dates with month names, numeric and ISO dates, relative days ("gisteren"), offsets ("drie
 * weken geleden", "anderhalf jaar geleden"), weekdays ("next Friday", "two Fridays ago"), month-anchored dates ("begin
 * volgende maand"), months and seasons without a day ("last November", "rond de zomer") and holidays ("kerst", "New Year's Day"). A date that a word in front makes approximate or a boundary ("more than a year ago",
 * "vóór 1 december 2020") is an {@link InvalidDate} that is {@link InvalidDate.Problem#NOT_EXACT}. Each
 * matcher class documents its forms and choices. Overlapping matches keep the longest.
 *
 * <p>Example, English, today 2021-06-15: {@code "I redeemed it on 1 Dec 2020, renewal in 2 weeks"} gives
 * {@code 2020-12-01} ("1 Dec 2020") and {@code 2021-06-29} ("in 2 weeks"), in that order.
 *
 * <p>Immutable and thread-safe. Never reads the system clock: today is always passed in.
 */
public final class DateExtractor {

    /** Earliest plausible year by default: the partner programme's dates are all from this century. */
    public static final int DEFAULT_MIN_YEAR = 2000;

    /** Latest plausible year by default; later years are typos ("2201") rather than real deadlines. */
    public static final int DEFAULT_MAX_YEAR = 2100;

    private static final List<DateMatcher> DATE_MATCHERS = List.of(
            new IsoDateMatcher(), new NumericDateMatcher(), new NumericDayMonthMatcher(), new MonthNameDateMatcher(), new GluedMonthDateMatcher(),
            new RelativeDayMatcher(), new RelativeOffsetMatcher(), new WeekdayMatcher(), new WeekdaysAgoMatcher(), new NthWeekdayMatcher(),
            new MonthAnchoredMatcher(), new WeekOfMonthMatcher(), new SpanMatcher(), new MonthSpanMatcher(), new LoneDayMatcher(),
            new HolidayMatcher(), new MomentsAgoMatcher(), new WeekdayOfMonthMatcher(), new WeekdayAndDayMatcher());

    /** The date forms, and the same dates made inexact by a word in front ("more than a year ago"). */
    private static final List<DateMatcher> MATCHERS = Stream.concat(DATE_MATCHERS.stream(),
            Stream.of(new InexactDateMatcher(DATE_MATCHERS), new DayRangeMatcher(DATE_MATCHERS), new LaterThanDateMatcher(DATE_MATCHERS))).toList();

    /**
     * How many tokens before its first needed token a date expression may start: "the twenty-first of March" starts
     * five before "March", "more than one and a half years ago" six before "years"; the longest the tests and the
     * evaluation questions hold is five.
     */
    private static final int REACH = 8;
    private static final int NONE = Integer.MAX_VALUE;

    /**
     * For each language, the first words of the phrases that anchor a date (see {@link #nextAnchors}): any other word
     * token anchors only as a misspelt month or a word of a moment ago, so it is turned away with one look-up instead of
     * one per table.
     */
    private static final Map<Lang, Set<String>> ANCHOR_WORDS = anchorWords();

    private final int minYear;
    private final int maxYear;

    /** An extractor with the default plausible years, {@value #DEFAULT_MIN_YEAR} to {@value #DEFAULT_MAX_YEAR}. */
    public DateExtractor() {
        this(DEFAULT_MIN_YEAR, DEFAULT_MAX_YEAR);
    }

    /**
     * An extractor that accepts dates in years {@code minYear} to {@code maxYear}, both inclusive; any
     * other date, written or computed, becomes an {@link InvalidDate} with
     * {@link InvalidDate.Problem#YEAR_OUT_OF_RANGE}.
     */
    public DateExtractor(int minYear, int maxYear) {
        if (minYear > maxYear || minYear < Year.MIN_VALUE || maxYear > Year.MAX_VALUE) {
            throw new IllegalArgumentException("Plausible years must be an ascending range within java.time's years, got "
                    + minYear + ".." + maxYear);
        }
        this.minYear = minYear;
        this.maxYear = maxYear;
    }

    /**
     * The date expressions in {@code message}, in text order, none overlapping; empty when there are none.
     * Never throws for any message text.
     *
     * @param lang   the message's language; decides the words and how numeric dates are read
     * @param today  the user's current date, the reference for relative and year-less dates
     * @param policy how to choose the year of a date written without one
     */
    public List<DateMention> extract(String message, Lang lang, LocalDate today, YearlessPolicy policy) {
        Scan scan = Scan.of(Objects.requireNonNull(message, "message"), Vocabulary.of(lang),
                Objects.requireNonNull(today, "today"), Objects.requireNonNull(policy, "policy"), minYear, maxYear);
        int[] nextAnchor = nextAnchors(scan, ANCHOR_WORDS.get(lang));
        if (nextAnchor.length == 0 || nextAnchor[0] == NONE) {
            return List.of();
        }
        List<DateMention> candidates = new ArrayList<>();
        for (int index = 0; index < scan.tokens().size(); index++) {
            if (nextAnchor[index] - index > REACH) {
                continue;
            }
            for (DateMatcher matcher : MATCHERS) {
                Optional<DateMention> match = matcher.matchAt(scan, index);
                match.ifPresent(candidates::add);
            }
        }
        List<DateMention> found = WeekdayInBrackets.drop(message, OverlapResolver.resolve(candidates));
        // The matchers read a deadline stated in the present as the next one; only the whole date can tell whether
        // its year was chosen and the same day a year earlier has just passed.
        if (policy == YearlessPolicy.NEXT_OR_DAYS_PASSED) {
            return found.stream().map(m -> JustPassed.orUpcoming(m, today, JustPassed.ASKED_WINDOW)).toList();
        }
        return policy == YearlessPolicy.NEXT_OR_JUST_PASSED ? found.stream().map(m -> JustPassed.orUpcoming(m, today)).toList() : found;
    }

    /**
     * Whether {@code words} are just a holiday's name ("Christmas", "oud en nieuw", "New Year", the last after a
     * preposition): a day people ask about as such ("what about Christmas?"), unlike a written date.
     */
    public static boolean namesHoliday(String words, Lang lang) {
        Tokens tokens = Tokenizer.tokenize(Objects.requireNonNull(words, "words"));
        Vocabulary vocabulary = Vocabulary.of(lang);
        return vocabulary.holidays.match(tokens, 0).or(() -> vocabulary.prepositionedHolidays.match(tokens, 0))
                .filter(name -> name.end() == tokens.size()).isPresent();
    }

    /**
     * Whether {@code mention}, found in a message in {@code lang}, is a time counted from an earlier date of that message
     * ("redeemed it two weeks later", "een tijdje daarna"): that earlier date is then another event's, not the same
     * event's as this one.
     */
    public static boolean countsFromEarlierDate(DateMention mention, Lang lang) {
        return LaterThanDateMatcher.countsFromEarlier(Objects.requireNonNull(mention, "mention"), lang);
    }

    /**
     * For each token, the index of the first token at or after it that every date form needs one of: digits, a month,
     * a weekday, a relative day ("gisteren"), a unit of time ("drie weken geleden", "begin volgende maand", "a fortnight
     * ago") or a holiday ("kerst", also one the bot cannot place: "Ramadan"); {@link #NONE} when none follows. Most questions have none, and then the matchers
     * need not be tried at all (a tenth of a reply); in a long message they are tried only a few words before one.
     */
    private static int[] nextAnchors(Scan scan, Set<String> anchorWords) {
        Tokens tokens = scan.tokens();
        Vocabulary words = scan.vocabulary();
        int[] next = new int[tokens.size()];
        int following = NONE;
        for (int index = tokens.size() - 1; index >= 0; index--) {
            Token token = tokens.get(index);
            if (token.is(Token.Kind.NUMBER) || token.is(Token.Kind.ORDINAL)) {
                following = index;
            } else if (!tokens.isWord(index)) {
                // Only a word starts a table's phrase, a misspelt month or a moment's word: nothing to look up.
                assert !MomentsAgoMatcher.anchors(tokens, index);
            } else if (!anchorWords.contains(token.text())) {
                if (words.monthTypos.monthOf(token.text()).isPresent() || MomentsAgoMatcher.anchors(tokens, index)) {
                    following = index;
                }
            } else if (Grammar.month(scan, index).isPresent()
                    || words.weekdays.matches(tokens, index) || words.weekdayAbbreviations.matches(tokens, index)
                    || words.relativeDays.matches(tokens, index) || words.nights.matches(tokens, index) || words.units.matches(tokens, index)
                    || words.fortnights.matches(tokens, index) || words.weekdayPlurals.matches(tokens, index)
                    || words.holidays.matches(tokens, index) || words.unreadHolidays.matches(tokens, index)
                    || words.prepositionedHolidays.matches(tokens, index) || words.weekends.matches(tokens, index)
                    || words.quarters.matches(tokens, index) || words.seasons.matches(tokens, index)
                    || words.laterThanThat.matches(tokens, index)
                    || MomentsAgoMatcher.anchors(tokens, index)) {
                following = index;
            }
            next[index] = following;
        }
        return next;
    }

    private static Map<Lang, Set<String>> anchorWords() {
        Map<Lang, Set<String>> byLang = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Vocabulary words = Vocabulary.of(lang);
            Set<String> first = new HashSet<>();
            Stream.of(words.months, words.weekdays, words.weekdayAbbreviations, words.relativeDays, words.nights, words.units,
                    words.fortnights, words.weekdayPlurals, words.holidays, words.unreadHolidays, words.prepositionedHolidays,
                    words.weekends, words.quarters, words.seasons, words.laterThanThat).forEach(table -> first.addAll(table.firstWords()));
            // A HashSet, not Set.copyOf: every word of every text read for dates is looked up, and the immutable set's
            // probing (equals at every slot, no stored hash) took two to three times as long.
            byLang.put(lang, Collections.unmodifiableSet(first));
        }
        return byLang;
    }
}
