package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.faqbot.rules.RuleBook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** End words misspelt by one letter are spelt right; real words one letter from them are left alone. */
class EndTyposTest {

    private final EndTypos typos = EndTypos.of(RuleBook.standard());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "has it expird?|has it expired?",
        "Has my key exipred already?|Has my key expired already?",
        "is hij al verlopn?|is hij al verlopen?",
        "dus hij is verloppen?|dus hij is verlopen?",
        "wanneer verlooopt mijn sleutel?|wanneer verloopt mijn sleutel?"})
    void endWordMisspeltByOneLetterIsSpeltRight(String typed, String read) {
        assertEquals(read, typos.corrected(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kan ik mijn key verkopen?", "ik ben mijn sleutel verloren", "I stepped away and it stopped",
        "het verloop van de verlengperiode", "my key expired on 1 March", "does it end soon?"})
    void realWordsAndRightSpellingsStayAsTheyAre(String typed) {
        assertEquals(typed, typos.corrected(typed));
    }
}
