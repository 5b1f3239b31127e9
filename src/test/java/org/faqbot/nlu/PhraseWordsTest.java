package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cheap looks that let small talk skip its patterns, and {@link SmallTalk#withoutFiller} read the same with them. */
class PhraseWordsTest {

    private static final Set<String> WORDS = Set.of("nou", "dan", "then", "please");

    @Test
    void dutchFirstAndLastWordsAreLookedUpOnlyInPhrasesOfTwoOrMoreWords() {
        assertTrue(PhraseWords.firstIsOneOf("nou ja", WORDS));
        assertTrue(PhraseWords.lastIsOneOf("hoe laat dan", WORDS));
        assertFalse(PhraseWords.firstIsOneOf("nou", WORDS));
        assertFalse(PhraseWords.lastIsOneOf("dan", WORDS));
        assertFalse(PhraseWords.lastIsOneOf("een dankbrief", WORDS));
    }

    @Test
    void englishFirstAndLastWordsAreLookedUpOnlyInPhrasesOfTwoOrMoreWords() {
        assertTrue(PhraseWords.lastIsOneOf("help me please", WORDS));
        assertFalse(PhraseWords.lastIsOneOf("please", WORDS));
        assertFalse(PhraseWords.lastIsOneOf("and thenceforth", WORDS));
        assertFalse(PhraseWords.firstIsOneOf("pleased to meet", WORDS));
    }

    @Test
    void dutchStretchedWordIsSeenAtAWordsEndOnly() {
        assertTrue(PhraseWords.mayBeStretched("hallooo daar"));
        assertTrue(PhraseWords.mayBeStretched("goedemorgen allemaall"));
        assertFalse(PhraseWords.mayBeStretched("goedemorgen allemaal"));
        assertFalse(PhraseWords.mayBeStretched("een voorbeeld"));
    }

    @Test
    void englishStretchedWordIsSeenAtAWordsEndOnly() {
        assertTrue(PhraseWords.mayBeStretched("heyy there"));
        assertFalse(PhraseWords.mayBeStretched("good afternoon"));
        assertFalse(PhraseWords.mayBeStretched(""));
    }

    @Test
    void dutchFillerAndTrailingWordsComeOffAsThePatternsTookThem() {
        assertEquals("ok", SmallTalk.withoutFiller("ok dan"));
        assertEquals("bedankt", SmallTalk.withoutFiller("nou bedankt toch alsjeblieft"));
        assertEquals("dan", SmallTalk.withoutFiller("dan"));
        assertEquals("wie ben jij", SmallTalk.withoutFiller("maar wie ben jij eigenlijk nou"));
    }

    @Test
    void englishFillerAndTrailingWordsComeOffAsThePatternsTookThem() {
        assertEquals("thanks", SmallTalk.withoutFiller("okay thanks then please"));
        assertEquals("please", SmallTalk.withoutFiller("please"));
        assertEquals("what are you", SmallTalk.withoutFiller("so what are you anyway bot"));
        assertEquals("talk to a robot", SmallTalk.withoutFiller("talk to a robot"));
    }
}
