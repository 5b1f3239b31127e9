package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whole messages: dates among other words, several dates, and untidy typing. */
class MessageTest {

    private static final LocalDate WED_16_JUNE_2021 = LocalDate.of(2021, 6, 16);
    private static final LocalDate SECOND_MARCH_2021 = LocalDate.of(2021, 3, 2);
    private static final LocalDate FIRST_DECEMBER_2020 = LocalDate.of(2020, 12, 1);

    @Test
    void twoDatesComeBackInTextOrder() {
        List<DateMention> found = Extraction.mentions("Ingewisseld op 2 maart 2021 en toegewezen op 15-04-2021, mag dat?",
                NL, WED_16_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(List.of(SECOND_MARCH_2021, LocalDate.of(2021, 4, 15)), dates(found));
    }

    @Test
    void absoluteAndRelativeDatesMixInOneMessage() {
        List<DateMention> found = Extraction.mentions("The portal said 2021-09-30 but three days ago it changed to October 1st, 2021?",
                EN, WED_16_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(List.of(LocalDate.of(2021, 9, 30), LocalDate.of(2021, 6, 13), LocalDate.of(2021, 10, 1)), dates(found));
    }

    @Test
    void spanIndexesTheOriginalMessage() {
        String message = "Na  ’s avonds   1   december   2020  ging het mis";

        DateMention found = Extraction.single(message, NL, WED_16_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals("1   december   2020", found.text());
        assertEquals(found.text(), message.substring(found.start(), found.end()));
    }

    static Stream<Arguments> untidy() {
        return Stream.of(
                arguments(NL, "“1 december 2020”", FIRST_DECEMBER_2020),
                arguments(NL, "Op 1 DECEMBER 2020?", FIRST_DECEMBER_2020),
                arguments(NL, "datum:1-12-2020.", FIRST_DECEMBER_2020),
                arguments(NL, "(1–12–2020)", FIRST_DECEMBER_2020),
                arguments(NL, "1—12—2020!!", FIRST_DECEMBER_2020),
                arguments(NL, "Ik heb het 's avonds op 2 maart gedaan", SECOND_MARCH_2021),
                arguments(NL, "nee, bedoel ik: 2 mrt.", SECOND_MARCH_2021),
                arguments(NL, "DRIE DAGEN GELEDEN", LocalDate.of(2021, 6, 13)),
                arguments(EN, "'Dec 1st, 2020'...", FIRST_DECEMBER_2020),
                arguments(EN, "oops - I meant march 2nd", SECOND_MARCH_2021),
                arguments(EN, "renewal:\tMarch\u00a02, 2021", SECOND_MARCH_2021),
                arguments(EN, "two\u2009weeks\u2009ago", LocalDate.of(2021, 6, 2)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("untidy")
    void punctuationQuotesDashesSpacesAndCaseDoNotMatter(Lang lang, String message, LocalDate expected) {
        LocalDate found = Extraction.pastDate(message, lang, WED_16_JUNE_2021);

        assertEquals(expected, found);
    }

    @Test
    void longerMatchWinsOverItsParts() {
        List<DateMention> found = Extraction.mentions("volgende week maandag", NL, WED_16_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(List.of("volgende week maandag"), found.stream().map(DateMention::text).toList());
    }

    private static List<LocalDate> dates(List<DateMention> mentions) {
        return mentions.stream().map(mention -> ((ResolvedDate) mention).date()).toList();
    }
}
