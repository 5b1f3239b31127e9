package org.faqbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class WebTextsTest {

    private final WebTexts texts = WebTexts.load();

    @Test
    void bothLanguagesHaveTheSameKeysInTheSameOrder() {
        assertEquals(texts.keys(Lang.EN), texts.keys(Lang.NL));
    }

    @Test
    void placeholdersAreFilledLiterally() {
        assertEquals("Je stelt je vragen erg snel achter elkaar. Wacht 7 seconden en probeer het dan opnieuw.",
                texts.get(Lang.NL, "error.rate", 7));
    }

    @Test
    void anExplicitLanguageWinsOverTheBrowsers() {
        assertEquals(Lang.NL, WebTexts.pick(Optional.of("nl"), Optional.of("en-GB,en;q=0.9")));
    }

    @Test
    void theBrowsersFirstKnownLanguageIsUsed() {
        assertEquals(Lang.NL, WebTexts.pick(Optional.empty(), Optional.of("de-DE,nl;q=0.8,en;q=0.5")));
    }

    @Test
    void englishWhenNothingIsKnown() {
        assertEquals(Lang.EN, WebTexts.pick(Optional.of("fr"), Optional.empty()));
    }
}
