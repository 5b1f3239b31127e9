package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.faqbot.kb.Lang;

/** Properties over generated dates, counts and junk messages. */
class DateExtractorPropertyTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2040, 12, 31);

    private static final List<String> DUTCH_TEMPLATES = List.of("%s", "Op %s heb ik hem ingewisseld.",
            "nee, %s!", "Klopt \"%s\" als startdatum?", "  ingewisseld:%s  ");
    private static final List<String> ENGLISH_TEMPLATES = List.of("%s", "On %s I redeemed it.",
            "sorry, I meant %s", "Is '%s' the start date?", "  redeemed:%s  ");

    /** Pieces of date grammar and noise, glued at random into messages that look almost like dates. */
    private static final List<String> SOUP = List.of("1", "12", "31", "29", "2020", "1899", "99999999999", "0", "5e", "1st",
            "3rd", "-", "/", ".", ",", ":", " ", "  ", "’s", "'", "–", "€", "%", "?", "maart", "May", "may", "dec", "sept",
            "februari", "maandag", "Friday", "next", "vorige", "volgende", "week", "weken", "maand", "month", "jaar",
            "year", "ago", "geleden", "in", "over", "binnen", "de", "the", "of", "van", "op", "on", "begin", "eind",
            "end of", "een", "a", "drie", "twenty", "morgen", "yesterday", "this", "dit", "t", "m", "Windows", "é", "\u0301",
            "\uD83D\uDE00", "\u00a0", "\u200b", "T", "9999", "days", "dagen", "before", "after", "voor", "na", "kerst",
            "Christmas");

    @Property(tries = 2000)
    void writtenDateParsesBackInAnySentence(@ForAll("days") LocalDate date, @ForAll WrittenDate written,
            @ForAll @IntRange(min = 0, max = 4) int template, @ForAll("todays") LocalDate today) {
        List<String> templates = written.lang == Lang.NL ? DUTCH_TEMPLATES : ENGLISH_TEMPLATES;
        String message = String.format(templates.get(template), written.write(date));

        DateMention found = Extraction.single(message, written.lang, today, YearlessPolicy.NEXT_UPCOMING);

        if (written.isAmbiguous(date)) {
            assertEquals(date, assertInstanceOf(AmbiguousDate.class, found).readings().get(1));
        } else {
            assertEquals(date, assertInstanceOf(ResolvedDate.class, found, message).date(), message);
        }
    }

    @Property(tries = 1000)
    void countFromNowInDigitsOrWordsIsTodayPlusThatMany(@ForAll @IntRange(min = 0, max = 20) int count,
            @ForAll boolean inWords, @ForAll Lang lang, @ForAll boolean weeks, @ForAll("todays") LocalDate today) {
        String number = inWords ? (lang == Lang.NL ? NumberWordsTest.DUTCH : NumberWordsTest.ENGLISH)[count] : String.valueOf(count);
        String unit = lang == Lang.NL ? (weeks ? "weken" : "dagen") : (weeks ? "weeks" : "days");
        String message = (lang == Lang.NL ? "over " : "in ") + number + " " + unit;

        LocalDate found = Extraction.date(message, lang, today, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(today.plus(count, weeks ? ChronoUnit.WEEKS : ChronoUnit.DAYS), found);
    }

    @Property(tries = 10000)
    void anyMessageGivesOrderedNonOverlappingSpansOfItsOwnText(@ForAll("messages") String message, @ForAll Lang lang,
            @ForAll YearlessPolicy policy, @ForAll("anyDay") LocalDate today) {
        List<DateMention> found = Extraction.mentions(message, lang, today, policy);

        for (int i = 0; i < found.size(); i++) {
            DateMention mention = found.get(i);
            assertEquals(mention.text(), message.substring(mention.start(), mention.end()));
            assertTrue(i == 0 || found.get(i - 1).end() <= mention.start(), () -> "overlap or disorder: " + found);
        }
    }

    @Property(tries = 2000)
    void numberExtractorTakesAnyMessage(@ForAll("messages") String message, @ForAll Lang lang) {
        List<CountMention> found = new NumberExtractor().extract(message, lang);

        found.forEach(count -> assertEquals(count.text(), message.substring(count.start(), count.end())));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return between(FIRST_DAY, LAST_DAY);
    }

    @Provide
    Arbitrary<LocalDate> todays() {
        return between(LocalDate.of(2001, 1, 1), LocalDate.of(2039, 12, 31));
    }

    /** Any day of years 1 to 9999: offsets of up to 9999 years stay inside java.time's calendar. */
    @Provide
    Arbitrary<LocalDate> anyDay() {
        return between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
    }

    @Provide
    Arbitrary<String> messages() {
        Arbitrary<String> soup = Arbitraries.of(SOUP).list().ofMaxSize(16).map(pieces -> String.join("", pieces));
        Arbitrary<String> spacedSoup = Arbitraries.of(SOUP).list().ofMaxSize(12).map(pieces -> String.join(" ", pieces));
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> dateLike = Arbitraries.strings().withChars("0123456789-/.: ,").ofMaxLength(24);
        return Arbitraries.oneOf(soup, spacedSoup, anything, dateLike);
    }

    private static Arbitrary<LocalDate> between(LocalDate first, LocalDate last) {
        return Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
    }
}
