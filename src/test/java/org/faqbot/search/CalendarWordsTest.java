package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"vrijdag", "zaterdags", "woensdagmiddag", "morgenochtend", "overmorgen", "maart", "tomorrow",
            "saturday", "evening", "weekends"})
    void daysMonthsAndPartsOfADayInEitherLanguageAreCalendarWords(String word) {
        assertTrue(CalendarWords.contains(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"paspoort", "passport", "membership", "maandkaart", "dagje"})
    void otherWordsAreNot(String word) {
        assertFalse(CalendarWords.contains(word));
    }
}
