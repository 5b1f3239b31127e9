package org.faqbot.nlu;

import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every day of 2000 to 2040 written every supported way, and every count from 0 to 20, parse back. */
class DateRoundTripTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2040, 12, 31);
    private static final LocalDate TODAY = LocalDate.of(2021, 6, 16);
    private static final int MAX_REPORTED = 5;

    @ParameterizedTest
    @EnumSource(WrittenDate.class)
    void everyDayFrom2000To2040WrittenInASentenceParsesBackToItself(WrittenDate written) {
        List<String> failures = new ArrayList<>();

        for (LocalDate date = FIRST_DAY; !date.isAfter(LAST_DAY); date = date.plusDays(1)) {
            String message = sentence(written.lang, written.write(date));
            List<DateMention> found = Extraction.mentions(message, written.lang, TODAY, YearlessPolicy.MOST_RECENT_PAST);
            if (!parsesBack(found, written, date) && failures.size() < MAX_REPORTED) {
                failures.add(message + " -> " + found);
            }
        }

        assertEquals(List.of(), failures);
    }

    private static boolean parsesBack(List<DateMention> found, WrittenDate written, LocalDate date) {
        if (found.size() != 1) {
            return false;
        }
        if (written.isAmbiguous(date)) {
            return found.get(0) instanceof AmbiguousDate && ((AmbiguousDate) found.get(0)).readings().get(1).equals(date);
        }
        return found.get(0) instanceof ResolvedDate && ((ResolvedDate) found.get(0)).date().equals(date);
    }

    static String sentence(Lang lang, String date) {
        return lang == NL
                ? "Ik heb de productcode op " + date + " ingewisseld, tot wanneer geldt die?"
                : "We redeemed the key on " + date + ". How long is it valid?";
    }

    static Stream<Arguments> countsAgo() {
        return IntStream.rangeClosed(0, 20).boxed().flatMap(n -> Stream.of(
                arguments(n + " dagen geleden", NL, n, ChronoUnit.DAYS),
                arguments(NumberWordsTest.DUTCH[n] + " dagen geleden", NL, n, ChronoUnit.DAYS),
                arguments(n + " weken geleden", NL, n, ChronoUnit.WEEKS),
                arguments(NumberWordsTest.DUTCH[n] + " weken geleden", NL, n, ChronoUnit.WEEKS),
                arguments(n + " days ago", Lang.EN, n, ChronoUnit.DAYS),
                arguments(NumberWordsTest.ENGLISH[n] + " days ago", Lang.EN, n, ChronoUnit.DAYS),
                arguments(n + " weeks ago", Lang.EN, n, ChronoUnit.WEEKS),
                arguments(NumberWordsTest.ENGLISH[n] + " weeks ago", Lang.EN, n, ChronoUnit.WEEKS)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("countsAgo")
    void countAgoInDigitsOrWordsIsTodayMinusThatMany(String phrase, Lang lang, int count, ChronoUnit unit) {
        ResolvedDate found = Extraction.resolved(sentence(lang, phrase), lang, TODAY, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(TODAY.minus(count, unit), found.date());
        assertTrue(found.relative());
    }
}
