package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.junit.jupiter.api.Test;

class EndCuesTest {

    @Test
    void aShortCueIsAWholeWordOnly() {
        assertEquals(List.of(), EndCues.positions(Normalized.of("what is the deadline of my key?"), "dead", Lang.EN));
        assertEquals(List.of(), EndCues.positions(Normalized.of("dat is doodgewoon mijn sleutel"), "dood", Lang.NL));
    }

    @Test
    void aShortCueAsAWordIsFound() {
        assertEquals(List.of(10), EndCues.positions(Normalized.of("is my key dead?"), "dead", Lang.EN));
        assertEquals(List.of(10), EndCues.positions(Normalized.of("is hij al dood"), "dood", Lang.NL));
    }
}
