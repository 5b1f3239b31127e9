package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.rules.RuleBook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The short words a date question hangs on, misspelt (eighth round M9): question words ("untill", "wen", "wanner") and the
 * rules' things and cues ("kee", "sleutl" is left to the longer cues' reading) are read as the words, unless the typo is a
 * real word of the knowledge base or the rules.
 */
class ShortWordTyposTest {

    private final EndTypos typos = EndTypos.of(RuleBook.standard(), DetectorVocabulary.allWords(TestAssistants.benefitsFaq(),
            RuleBook.standard()));
    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "untill wen is the kee usable|until when is the key usable",
        "whenn does the code stop working?|when does the code stop working?",
        "tot wanner werkt de sleutel?|tot wanneer werkt de sleutel?",
        "wanneeer is mijn code niet meer geldig|wanneer is mijn code niet meer geldig",
        "wehn does my kye expire|when does my key expire"})
    void shortWordsMisspeltByOneLetterAreSpeltRight(String typed, String read) {
        assertEquals(read, typos.corrected(typed));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"het werkt wel, dank je", "what was the answer again", "hoi, hoe gaat het", "is this key valid",
        "kan ik hem volgende week nog gebruiken", "the core of the code", "wheat is no question"})
    void realWordsStayAsTheyAre(String typed) {
        assertEquals(typed, typos.corrected(typed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"untill wen can we use the kee|EN", "how long does my kee stay valid|EN",
        "tot wanner kunnen we de sleutel gebruiken|NL"})
    void aQuestionWithMisspeltShortWordsGetsTheKeysRule(String text, Lang lang) {
        Reply reply = bot.reply(IncomingMessage.of("c9", text).withLangHint(Optional.of(lang)));

        assertNotEquals(ReplyType.FALLBACK, reply.type(), reply.text());
        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
    }
}
