package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.faqbot.store.Database;
import org.faqbot.store.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core over a real (H2) database: what a conversation needs survives a restart of the bot. */
class PersistentConversationTest {

    @TempDir
    Path dataDir;

    private final TestClock clock = TestClock.at("2021-02-03");

    private Reply sayAfterStart(String text) {
        StoreSettings settings = StoreSettings.fromEnv(Map.of("FAQBOT_DATA_DIR", dataDir.toString()));
        try (Database database = Database.open(settings, clock)) {
            FaqAssistant bot = TestAssistants.standard(clock, database.stores());
            return bot.reply(IncomingMessage.of("tg:7", text));
        }
    }

    @Test
    void restartInTheMiddleOfSlotFillingContinuesTheConversation() {
        sayAfterStart("What's the last day I can redeem my product keys?");

        Reply reply = sayAfterStart("My benefit expiry date is March 31.");

        assertEquals(Optional.of("redeem_deadline"), reply.intent());
        assertEquals(Optional.of(LocalDate.of(2021, 3, 31)), reply.date());
    }

    @Test
    void rememberedDateSurvivesARestart() {
        sayAfterStart("remember that our benefits expire on 31 March 2021");

        Reply reply = sayAfterStart("How many days do I have left?");

        assertEquals(Optional.of(LocalDate.of(2021, 3, 31)), reply.date());
    }
}
