package org.faqbot.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WholeNumberSettingTest {

    @Test
    void unsetOrBlankGivesTheFallback() {
        assertEquals(7, WholeNumberSetting.read("X", null, 7, 1, 10));
        assertEquals(7, WholeNumberSetting.read("X", "  ", 7, 1, 10));
    }

    @Test
    void aNumberInTheRangeIsTakenWithSpacesAround() {
        assertEquals(1, WholeNumberSetting.read("X", "1", 7, 1, 10));
        assertEquals(10, WholeNumberSetting.read("X", " 10 ", 7, 1, 10));
    }

    @Test
    void aNumberOutOfTheRangeNamesTheSettingTheRangeAndTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WholeNumberSetting.read("FAQBOT_X", "11", 7, 1, 10));
        assertEquals("FAQBOT_X must be a whole number from 1 to 10, was '11'", e.getMessage());
    }

    @Test
    void textThatIsNoWholeNumberSaysTheUnit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WholeNumberSetting.read("FAQBOT_WAIT", "2.5s", 3, 1, 60, "seconds"));
        assertEquals("FAQBOT_WAIT must be a whole number of seconds from 1 to 60, was '2.5s'", e.getMessage());
    }
}
