package org.faqbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.faqbot.kb.Lang;

/**
 * The words of one language that date and number expressions are made of, read from
 * {@code vocabulary_nl.properties} or {@code vocabulary_en.properties} beside this class. Immutable;
 * one shared instance per language.
 */
final class Vocabulary {

    private static final Map<Lang, Vocabulary> BY_LANG = loadAll();

    final PhraseTable<Integer> months;
    final PhraseTable<Boolean> monthsAlsoWords;
    final boolean monthFirstNeedsYear;
    final boolean numericDayFirst;
    final PhraseTable<DayOfWeek> weekdays;
    final PhraseTable<DayOfWeek> weekdayAbbreviations;
    final PhraseTable<DayOfWeek> weekdayPlurals;
    final PhraseTable<Boolean> weekdayHabit;
    final PhraseTable<Boolean> weekdayRange;
    /** After a weekday, a week after it: "dinsdag over een week", "Tuesday week". */
    final PhraseTable<Boolean> weekdayWeekLater;
    /** Before a weekday, a week after it: "a week on Tuesday", "a week from Tuesday". */
    final PhraseTable<Boolean> weekLaterWeekday;
    /** After a weekday, the one a week before the last: "Monday before last"; before it, Dutch "voorvorige maandag". */
    final PhraseTable<Boolean> weekdayBeforeLast;
    final PhraseTable<Boolean> beforeLastWeekday;
    /** Before a past weekday ("last Tuesday"), a week earlier still: British "a week last Tuesday". */
    final PhraseTable<Boolean> weekBeforeLastWeekday;
    /** The last of a weekday in a month: "the last Friday of March", "de laatste vrijdag van maart". */
    final PhraseTable<Boolean> lastInMonth;
    /** Between a weekday and the month it falls in: "Tuesday of last month", "een dinsdag in maart". */
    final PhraseTable<Boolean> weekdayInMonth;
    final PhraseTable<Integer> numbers;
    final PhraseTable<Boolean> articles;
    final String numberGrouping;
    final PhraseTable<Integer> ordinals;
    final PhraseTable<ChronoUnit> units;
    final PhraseTable<Integer> shifts;
    /** "the week before last", "voorvorige week": two weeks back. */
    final PhraseTable<Boolean> weekBeforeLast;
    final PhraseTable<Integer> relativeDays;
    /** Spans of days ({@link SpanMatcher}): "weekend", "quarter" and its letter ("Q1"), "week" before its number. */
    final PhraseTable<Boolean> weekends;
    /** A weekend without a shift ({@link BareWeekend}): the words before it and those that give its sentence a tense. */
    final PhraseTable<Boolean> weekendBefore;
    final PhraseTable<Boolean> weekendPast;
    final String weekendPastSuffix;
    final PhraseTable<Boolean> weekendNotPast;
    final PhraseTable<Boolean> weekendFuture;
    final PhraseTable<Boolean> quarters;
    final PhraseTable<Boolean> quarterLetters;
    final PhraseTable<Boolean> weekNumbers;
    /** A season, a span too vague to bound ("rond de zomer"), and the words that make it a time ("the", "around"). */
    final PhraseTable<Season> seasons;
    /** The same seasons by their one word, as a question about a time reads them ({@link Season#words}). */
    final Map<String, Season> seasonWords;
    final PhraseTable<Boolean> seasonBefore;
    /** Before a month, its last day: "the last day of February", "de laatste dag van vorige maand". */
    final PhraseTable<Boolean> lastDayOf;
    final PhraseTable<Boolean> relativeDayBlockers;
    /** After "on the 3rd" without a month, words that make the ordinal count another thing ("on the 3rd attempt"). */
    final PhraseTable<Boolean> loneDayBlockers;
    /** The night around today's midnight ("vannacht"): yesterday for a thing that happened, else today. */
    final PhraseTable<Boolean> nights;
    final PhraseTable<Boolean> ago;
    final PhraseTable<Boolean> in;
    final PhraseTable<Boolean> fromNow;
    final PhraseTable<Boolean> offsetBlockers;
    final PhraseTable<Anchor> anchors;
    final PhraseTable<Boolean> anchorEdgeAfter;
    /** Before an edge word, what makes it a thing's origin instead: "dates from", "is from" early May. */
    final PhraseTable<Boolean> originBeforeEdge;
    final PhraseTable<Boolean> of;
    final PhraseTable<Boolean> on;
    final PhraseTable<Boolean> the;
    final PhraseTable<Boolean> functionWords;
    final PhraseTable<Integer> halves;
    final PhraseTable<Boolean> andAHalf;
    final PhraseTable<Boolean> and;
    final PhraseTable<Boolean> or;
    final PhraseTable<Boolean> fortnights;
    final boolean ordinalWordNeedsOf;
    final boolean numberWordsAsDay;
    final boolean yearInNumberWords;
    final PhraseTable<Boolean> yearlessNumericCues;
    final PhraseTable<Boolean> yearlessNumericBlockers;
    /** Correction words before a numeric day and month ("oeps, 28-02"), which may have a comma between. */
    final PhraseTable<Boolean> yearlessNumericCorrections;
    /** Words after a numeric day and month that make it a date ("1/12 ingewisseld"), perhaps after a filler ("nog"). */
    final PhraseTable<Boolean> yearlessNumericCuesAfter;
    final PhraseTable<Boolean> yearlessNumericCueFillers;
    /** The word before a year that a day and month may have between them and it: "1 March in 2025". */
    final PhraseTable<Boolean> yearIn;
    /** After a day and month, the year before today's: "the year before". */
    final PhraseTable<Boolean> yearBefore;
    /** A count that is a guess of two to four: "a few", "een paar". */
    final PhraseTable<Boolean> few;
    final PhraseTable<Qualifier> inexactOffset;
    final PhraseTable<Qualifier> inexactDate;
    /** After an amount, a day counted from an earlier date of the message: "two weeks later", "drie dagen daarna". */
    final PhraseTable<Boolean> laterThanThat;
    /** Alone after an event, a time after an earlier date of the message, no day: "after that", "daarna". */
    final PhraseTable<Boolean> laterAlone;
    /** An amount too vague for a day before {@link #laterThanThat}: "a bit later", "een tijdje daarna". */
    final PhraseTable<Boolean> laterVague;
    final PhraseTable<Boolean> twoDigitYearBlockers;
    final MonthTypos monthTypos;
    final PhraseTable<Holiday> holidays;
    /** Holidays that are a day only after a preposition: "at New Year", not "in the new year" or "happy new year". */
    final PhraseTable<Holiday> prepositionedHolidays;
    final PhraseTable<Boolean> holidayPrepositions;
    /** Named days whose date the bot cannot work out ("Ramadan", "Diwali"): read to ask for the date. */
    final PhraseTable<Boolean> unreadHolidays;
    final PhraseTable<Boolean> holidayBlockers;
    /** Two days and the days between ({@link DayRangeMatcher}): "between ... and ...", "from ... to ...". */
    final PhraseTable<Boolean> rangeBetween;
    final PhraseTable<Boolean> rangeAnd;
    final PhraseTable<Boolean> rangeFrom;
    final PhraseTable<Boolean> rangeTo;

    /** Where in a period an anchored date lies: "begin volgende maand", "end of this month". */
    enum Anchor { START, MIDDLE, END }

    private Vocabulary(Source source) {
        months = source.indexed("month", Integer::valueOf, 12);
        monthsAlsoWords = source.words("month.also-a-word");
        monthFirstNeedsYear = Boolean.parseBoolean(source.value("month-first.needs-year"));
        numericDayFirst = Boolean.parseBoolean(source.value("numeric.day-first"));
        weekdays = source.indexed("weekday", text -> DayOfWeek.of(Integer.parseInt(text)), 7);
        weekdayAbbreviations = source.indexed("weekday-abbreviation", text -> DayOfWeek.of(Integer.parseInt(text)), 7);
        weekdayPlurals = source.indexed("weekday-plural", text -> DayOfWeek.of(Integer.parseInt(text)), 7);
        weekdayHabit = source.words("weekday.habit");
        weekdayRange = source.words("weekday.range");
        weekdayWeekLater = source.words("weekday.week-later");
        weekLaterWeekday = source.words("week-later.weekday");
        weekdayBeforeLast = source.words("weekday.before-last");
        beforeLastWeekday = source.words("before-last.weekday");
        weekBeforeLastWeekday = source.words("week-before.last-weekday");
        lastInMonth = source.words("weekday.last-in-month");
        weekdayInMonth = source.words("weekday.in-month");
        numbers = source.numbered("number", 0, 31);
        articles = source.words("number.articles");
        numberGrouping = source.value("number.grouping");
        ordinals = source.numbered("ordinal", 1, 31);
        units = source.named("unit", ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS);
        shifts = source.numbered("shift", -1, 1);
        weekBeforeLast = source.words("week.before-last");
        relativeDays = source.numbered("day", -2, 2);
        weekends = source.words("span.weekend");
        weekendBefore = source.words("span.weekend.bare");
        weekendPast = source.words("span.weekend.past");
        weekendPastSuffix = source.value("span.weekend.past-ending");
        weekendNotPast = source.words("span.weekend.not-past");
        weekendFuture = source.words("span.weekend.future");
        quarters = source.words("span.quarter");
        quarterLetters = source.words("span.quarter-letter");
        weekNumbers = source.words("span.week");
        seasons = source.seasons("span.season.");
        seasonWords = source.seasonWords("span.season.");
        seasonBefore = source.words("span.season.before");
        lastDayOf = source.words("anchor.last-day-of");
        relativeDayBlockers = source.words("day.blockers");
        loneDayBlockers = source.words("day.alone.blockers");
        nights = source.words("day.night");
        ago = source.words("offset.ago");
        in = source.words("offset.in");
        fromNow = source.words("offset.from-now");
        offsetBlockers = source.words("offset.blockers");
        anchors = source.named("anchor", Anchor.START, Anchor.MIDDLE, Anchor.END);
        anchorEdgeAfter = source.words("anchor.edge-after");
        originBeforeEdge = source.words("anchor.origin-before-edge");
        of = source.words("word.of");
        on = source.words("word.on");
        the = source.words("word.the");
        functionWords = source.words("count.function-words");
        halves = source.table(Map.of("offset.halves.1", 1, "offset.halves.3", 3));
        andAHalf = source.words("offset.and-a-half");
        and = source.words("offset.and");
        or = source.words("offset.or");
        fortnights = source.words("unit.fortnight");
        ordinalWordNeedsOf = Boolean.parseBoolean(source.value("day.ordinal-word-needs-of"));
        numberWordsAsDay = Boolean.parseBoolean(source.value("day.number-words"));
        yearInNumberWords = Boolean.parseBoolean(source.value("year.number-words"));
        yearlessNumericCues = source.words("numeric.yearless.cues");
        yearlessNumericBlockers = source.words("numeric.yearless.blockers");
        yearlessNumericCorrections = source.words("numeric.yearless.correction-cues");
        yearlessNumericCuesAfter = source.words("numeric.yearless.cues-after");
        yearlessNumericCueFillers = source.words("numeric.yearless.cues-after.fillers");
        yearIn = source.words("year.in");
        yearBefore = source.words("year.before");
        few = source.words("offset.few");
        inexactOffset = source.named("inexact.offset", Qualifier.MORE, Qualifier.AT_LEAST, Qualifier.LESS, Qualifier.AT_MOST);
        inexactDate = source.named("inexact.date", Qualifier.BEFORE, Qualifier.AFTER);
        laterThanThat = source.words("later.than-that");
        laterAlone = source.words("later.alone");
        laterVague = source.words("later.vague");
        twoDigitYearBlockers = source.words("year.two-digit.blockers");
        monthTypos = MonthTypos.of(source.phrasesByValue("month", 12), source.phrases("month.typo-blockers"));
        holidayBlockers = source.words("holiday.blockers");
        holidays = source.holidays("holiday.");
        prepositionedHolidays = source.holidays("prepositioned.holiday.");
        holidayPrepositions = source.words("prepositioned.holiday.after");
        unreadHolidays = source.words("holiday.unread");
        rangeBetween = source.words("range.between");
        rangeAnd = source.words("range.between.and");
        rangeFrom = source.words("range.from");
        rangeTo = source.words("range.from.to");
    }

    static Vocabulary of(Lang lang) {
        return BY_LANG.get(lang);
    }

    private static Map<Lang, Vocabulary> loadAll() {
        Map<Lang, Vocabulary> byLang = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            byLang.put(lang, new Vocabulary(Source.load("vocabulary_" + lang.code() + ".properties")));
        }
        return byLang;
    }

    /** One properties file, with the reading rules for its keys. */
    private record Source(String file, Properties properties) {

        static Source load(String file) {
            try (InputStream in = Vocabulary.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("Vocabulary file missing from the classpath: " + file);
                }
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                return new Source(file, properties);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read vocabulary file " + file, e);
            }
        }

        String value(String key) {
            String value = properties.getProperty(key);
            if (value == null) {
                throw new IllegalStateException("Vocabulary file " + file + " has no key '" + key + "'");
            }
            return value.trim();
        }

        /** The comma-separated phrases of {@code key}, lower case. */
        List<String> phrases(String key) {
            return Arrays.stream(value(key).split(","))
                    .map(phrase -> phrase.trim().toLowerCase(Locale.ROOT))
                    .filter(phrase -> !phrase.isEmpty())
                    .toList();
        }

        /** The phrases of keys {@code prefix.1} to {@code prefix.count}, by their number. */
        Map<String, Integer> phrasesByValue(String prefix, int count) {
            Map<String, Integer> byPhrase = new HashMap<>();
            for (int n = 1; n <= count; n++) {
                for (String phrase : phrases(prefix + "." + n)) {
                    byPhrase.put(phrase, n);
                }
            }
            return byPhrase;
        }

        PhraseTable<Boolean> words(String key) {
            return table(Map.of(key, Boolean.TRUE));
        }

        /** Keys {@code prefix}RULE ("holiday.12-25", "holiday.easter+1"), each for the holiday its {@link Holiday} rule gives. */
        PhraseTable<Holiday> holidays(String prefix) {
            Map<String, Holiday> keys = new HashMap<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(prefix)) {
                    Holiday.parse(key.substring(prefix.length())).ifPresent(holiday -> keys.put(key, holiday));
                }
            }
            return table(keys);
        }

        /** Keys {@code prefix}FROM-TO ("span.season.6-8"), each for the season of those months. */
        PhraseTable<Season> seasons(String prefix) {
            return table(seasonKeys(prefix));
        }

        Map<String, Season> seasonWords(String prefix) {
            Map<String, Season> words = new HashMap<>();
            seasonKeys(prefix).forEach((key, season) -> phrases(key).forEach(word -> words.put(word, season)));
            return Map.copyOf(words);
        }

        private Map<String, Season> seasonKeys(String prefix) {
            Map<String, Season> keys = new HashMap<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(prefix)) {
                    Season.parse(key.substring(prefix.length())).ifPresent(season -> keys.put(key, season));
                }
            }
            return keys;
        }

        /** Keys {@code prefix.1} to {@code prefix.count}, each read by {@code parse}. */
        <V> PhraseTable<V> indexed(String prefix, Function<String, V> parse, int count) {
            return numbered(prefix, 1, count, parse);
        }

        PhraseTable<Integer> numbered(String prefix, int first, int last) {
            return numbered(prefix, first, last, Integer::valueOf);
        }

        private <V> PhraseTable<V> numbered(String prefix, int first, int last, Function<String, V> parse) {
            Map<String, V> keys = new HashMap<>();
            for (int n = first; n <= last; n++) {
                keys.put(prefix + "." + n, parse.apply(String.valueOf(n)));
            }
            return table(keys);
        }

        /** Keys {@code prefix.NAME} for each of the enum constants {@code values}. */
        @SafeVarargs
        final <E extends Enum<E>> PhraseTable<E> named(String prefix, E... values) {
            Map<String, E> keys = new HashMap<>();
            for (E value : values) {
                keys.put(prefix + "." + value.name(), value);
            }
            return table(keys);
        }

        /** One table from several keys, each holding comma-separated phrases for one value. */
        <V> PhraseTable<V> table(Map<String, V> valueByKey) {
            Map<String, V> phrases = new HashMap<>();
            valueByKey.forEach((key, value) -> phrases(key).forEach(phrase -> phrases.put(phrase, value)));
            return PhraseTable.of(phrases);
        }
    }
}
