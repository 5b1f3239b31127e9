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

    /** A payout table's "1 business day", "3-5 werkdagen": a span of time that says which days it counts. */
    @Test
    void spansThatSayWhichDaysTheyCount() {
        assertNamed("| paypal | 1 business day |", false, true);
        assertNamed("wire transfers take about ten working days", false, true);
        assertNamed("| paypal | 1 werkdag |", false, true);
        assertNamed("reken op 5 werk dagen", false, true);
        assertNamed("binnen 30 kalenderdagen", false, true);
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
        assertEquals(AnswerKinds.Amount.OPEN, AnswerKinds.asks("How do I renew my benefits?"));
    }

    @Test
    void openQuestionsAskForMoreThanAVerdict() {
        assertEquals(AnswerKinds.Amount.OPEN, AnswerKinds.asks("so how do we switch on the new sign-in check for our staff"));
        assertEquals(AnswerKinds.Amount.OPEN, AnswerKinds.asks("waarom staat er een bedrag op de rekening dat ik niet ken?"));
        assertEquals(AnswerKinds.Amount.OPEN, AnswerKinds.asks("my colleague needs access, which permission does she need"));
        assertEquals(AnswerKinds.Amount.NONE, AnswerKinds.asks("Can I find out which resellers already use it?"));
        assertEquals(AnswerKinds.Amount.NONE, AnswerKinds.asks("mag ik zien wie er toegang heeft?"));
        assertEquals(AnswerKinds.Amount.NONE, AnswerKinds.asks("the portal is down since this morning"));
    }

    @Test
    void anAnswerThatOpensWithAVerdict() {
        assertEquals(true, AnswerKinds.verdict("No. Existing agreements stay as they are."));
        assertEquals(true, AnswerKinds.verdict("**Ja**, dat kan in het portaal."));
        assertEquals(true, AnswerKinds.verdict("Nee"));
        assertEquals(false, AnswerKinds.verdict("Nobody needs to act before the deadline."));
        assertEquals(false, AnswerKinds.verdict("No partner can change this. Ask support."));
    }

    @Test
    void aVerdictEntryLacksWhatAnOpenQuestionAsks() {
        org.faqbot.kb.FaqEntry verdict = entry("No. Existing agreements stay as they are.");
        org.faqbot.kb.FaqEntry steps = entry("Go to Settings and select Security.");
        boolean[][] named = AnswerKinds.named(new org.faqbot.kb.FaqEntry[] {verdict, steps});

        assertEquals(true, AnswerKinds.lacks(AnswerKinds.Amount.OPEN, named, 0));
        assertEquals(false, AnswerKinds.lacks(AnswerKinds.Amount.OPEN, named, 1));
        assertEquals(false, AnswerKinds.lacks(AnswerKinds.Amount.NONE, named, 0));
    }

    private static org.faqbot.kb.FaqEntry entry(String answer) {
        org.faqbot.kb.Bilingual title = org.faqbot.kb.Bilingual.of("Pagina", "Page");
        return new org.faqbot.kb.FaqEntry("page#" + answer.length(), org.faqbot.kb.EntryKind.QA, "page", title, java.util.List.of(),
                org.faqbot.kb.Bilingual.of("Vraag?", "Question?"), org.faqbot.kb.Bilingual.of(answer, answer),
                org.faqbot.kb.Bilingual.of("https://example.org/nl/page", "https://example.org/page"));
    }
}
