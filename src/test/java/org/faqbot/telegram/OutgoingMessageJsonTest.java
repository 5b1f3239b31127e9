package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faqbot.dialog.Choice;
import org.junit.jupiter.api.Test;

class OutgoingMessageJsonTest {

    @Test
    void aMessageWithButtonsComesBackAsItWasWritten() {
        OutgoingMessage message = new OutgoingMessage("<b>Verlengen</b> \"nu\" & één\n<a href=\"https://x.org/?a=1&amp;b=2\">x</a>",
                List.of(List.of(new Choice("3 april 2021", "/date 2021-04-03")),
                        List.of(new Choice("👍", "/feedback up k1"), new Choice("👎", "/feedback down k1"))));

        OutgoingMessage read = OutgoingMessageJson.read(OutgoingMessageJson.write(message));

        assertEquals(message, read);
    }

    @Test
    void aMessageWithoutButtonsComesBackWithoutButtons() {
        OutgoingMessage message = OutgoingMessage.text("hello");

        assertEquals(message, OutgoingMessageJson.read(OutgoingMessageJson.write(message)));
    }

    @Test
    void somethingElseIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutgoingMessageJson.read("{\"text\": 1}"));

        assertTrue(e.getMessage().startsWith("unreadable queued message: a queued message without \"html\""), e.getMessage());
    }
}
