package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TreeSet;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    void dutchAndEnglishFilesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(messages.keys(Lang.EN)), new TreeSet<>(messages.keys(Lang.NL)));
    }

    @Test
    void placeholdersAreReplacedLiterallyEvenNextToApostrophes() {
        String text = messages.get(Lang.NL, "date.invalid.no_such_month", "13-13-2021");

        assertEquals("\"13-13-2021\" kan ik niet als datum lezen: zo'n maand bestaat niet. Wil je de datum controleren?", text);
    }
}
