package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which kinds of number an answer names, and which a question asks for. */
class AnswerKindsTest {

    private static void assertNamed(String text, boolean count, boolean span) {
        assertArrayEquals(new boolean[] {count, span}, AnswerKinds.named(text), text);
    }

    @Test
    void spansOfTimeInEitherLanguage() {
        assertNamed("you can use the key for 90 days after the expiry date.", false, true);
        assertNamed("je hebt daarna nog drie maanden de tijd.", false, true);
        assertNamed("renewal opens one more year later", false, true);
        assertNamed("a week after the notice", false, true);
    }

    @Test
    void aDigitOnlyInsideASpanIsNoCount() {
        assertNamed("within 30 days of the notice", false, true);
        assertNamed("within 30 days you get 5 licenses", true, true);
    }

    @Test
    void countsAndPrices() {
        assertNamed("the offer costs € 45 per seat", true, false);
        assertNamed("up to 25 users", true, false);
        assertNamed("a 10 percent discount", true, false);
        assertNamed("paid in usd", true, false);
    }

    @Test
    void wordsThatOnlyLookLikeAmountsAreNot() {
        assertNamed("the acr_usd column holds revenue", false, false);
        assertNamed("thirty-something partners", false, false);
        assertNamed("the days of the week", false, false);
        assertNamed("30\ndays: a line break is not one space", true, false);
    }

    @Test
    void questionsOfAmount() {
        assertEquals(AnswerKinds.Amount.SPAN, AnswerKinds.asks("How many days do I have left?"));
        assertEquals(AnswerKinds.Amount.COUNT, AnswerKinds.asks("Hoeveel licenties krijgen we?"));
        assertEquals(AnswerKinds.Amount.COUNT, AnswerKinds.asks("What does the Action Pack cost?"));
        assertEquals(AnswerKinds.Amount.NONE, AnswerKinds.asks("How do I renew my benefits?"));
    }
}
