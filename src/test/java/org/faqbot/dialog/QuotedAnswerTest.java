package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bot's earlier answer quoted back ("&gt; ..." lines, text in quotes after "you said" / "je zei") is not the user's
 * statement: its dates are not their facts, and their own words around it are answered. Worded here, not taken from the
 * evaluation cases.
 */
class QuotedAnswerTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String text) {
        return bot.reply(IncomingMessage.of("q1", text));
    }

    @Test
    void aQuotedLineIsNotTheUsersDateInEnglish() {
        say("We activated the product key on 5 March 2022, how long will it work?");
        Reply reply = say("> You redeemed the product key on 5 March 2022, so you can use it until 5 March 2023.\n"
                + "that is not right, I redeemed it in 2024");

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 5)), reply.date(), reply.text());
    }

    @Test
    void aQuotedLineIsNotTheUsersDateInDutch() {
        say("ik heb mijn productcode op 5 maart 2022 ingewisseld, hoe lang werkt hij?");
        Reply reply = say("> Je hebt de productcode op 5 maart 2022 ingewisseld, dus je kunt hem gebruiken tot en met 5 maart 2023.\n"
                + "dat klopt niet, ik heb hem in 2024 ingewisseld");

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 5)), reply.date(), reply.text());
    }

    @Test
    void whatTheBotSaidInQuotesIsNoRedemptionDateInEnglish() {
        say("We activated the product key on 5 March 2022, how long will it work?");
        Reply reply = say("you said \"you can use it until 5 March 2023\" - does that include 5 March?");

        assertEquals(Optional.of(LocalDate.of(2023, 3, 5)), reply.date(), reply.text());
        assertFalse(reply.text().contains("on 5 March 2026"), reply.text());
    }

    @Test
    void whatTheBotSaidInQuotesIsNoRedemptionDateInDutch() {
        say("ik heb mijn productcode op 5 maart 2022 ingewisseld, hoe lang werkt hij?");
        Reply reply = say("de bot zei \"je kunt hem gebruiken tot en met 5 maart 2023\" - dat klopt niet, ik heb hem in 2024 ingewisseld");

        assertEquals(Optional.of(LocalDate.of(2025, 3, 5)), reply.date(), reply.text());
    }
}
