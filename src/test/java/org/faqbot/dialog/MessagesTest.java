package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    /** The Telegram menu (telegram.BotCommands.NAMES); /help must explain every command the menu offers. */
    private static final List<String> MENU = List.of("start", "help", "topics", "lang", "cancel", "remember", "mydata",
            "forget", "reminders");

    @Test
    void helpListsEveryMenuCommandInBothLanguages() {
        for (Lang lang : Lang.values()) {
            String help = messages.get(lang, "help.text");
            for (String command : MENU) {
                assertTrue(help.contains("- /" + command + " ") || help.contains("- /" + command + ":"),
                        lang + " help misses /" + command + ": " + help);
            }
        }
    }
}
