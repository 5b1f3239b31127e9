package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MonthTyposTest {

    private final MonthTypos typos = MonthTypos.of(Map.of("december", 12, "dec", 12, "march", 3, "mar", 3, "mei", 5), List.of("match"));

    @Test
    void oneLetterLeftOutAddedChangedOrSwappedIsOneEdit() {
        assertTrue(MonthTypos.oneEditApart("decmber", "december"));
        assertTrue(MonthTypos.oneEditApart("deccember", "december"));
        assertTrue(MonthTypos.oneEditApart("decenber", "december"));
        assertTrue(MonthTypos.oneEditApart("decmeber", "december"));
    }

    @Test
    void twoEditsAreTooMany() {
        assertFalse(MonthTypos.oneEditApart("dcmbr", "december"));
        assertFalse(MonthTypos.oneEditApart("decmebre", "december"));
    }

    @Test
    void misspeltLongNameGivesItsMonth() {
        assertEquals(Optional.of(12), typos.monthOf("decmber"));
    }

    @Test
    void blockedRealWordIsNoMonth() {
        assertEquals(Optional.empty(), typos.monthOf("match"));
    }

    @Test
    void shortWordIsNeverCorrected() {
        assertEquals(Optional.empty(), typos.monthOf("mij"));
        assertEquals(Optional.empty(), typos.monthOf("mrc"));
    }

    @Test
    void fiveLetterNameWithALetterLeftOutGivesItsMonth() {
        assertEquals(Optional.of(3), typos.monthOf("mrch"));
        assertEquals(Optional.of(3), typos.monthOf("marh"));
    }

    @Test
    void fourLetterWordOneLetterFromTwoMonthsIsNotGuessed() {
        // Made-up names: "juie" is "junie" and "julie" with a letter left out, so neither month is guessed.
        MonthTypos clashing = MonthTypos.of(Map.of("junie", 6, "julie", 7), List.of());
        assertEquals(Optional.empty(), clashing.monthOf("juie"));
        assertEquals(Optional.of(6), clashing.monthOf("jnie"));
    }

    @Test
    void correctNameIsLeftToTheVocabulary() {
        assertEquals(Optional.empty(), typos.monthOf("december"));
    }
}
