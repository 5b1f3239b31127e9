package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.FlakyStores;
import org.faqbot.store.ResilientStores;
import org.junit.jupiter.api.Test;

/** The core over degrading stores whose database goes away and comes back, as {@code serve} runs it. */
class DegradedStoresTest {

    private final TestClock clock = TestClock.at("2021-11-02");
    private final FlakyStores database = new FlakyStores();
    private final ResilientStores stores = ResilientStores.wrap(database.stores, database::available, Clock.systemUTC());
    private final FaqAssistant bot = TestAssistants.standard(clock, stores.stores());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tg:9", "tg:u9", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void faqQuestionsAreAnsweredWhileTheDatabaseIsAway() {
        database.down.set(true);

        Reply reply = say("How do I renew my benefits?");

        assertEquals(ReplyType.FAQ, reply.type());
        assertEquals(Optional.of("benefits-faq#q-how-do-i-renew-my-benefits"), reply.faqId());
    }

    @Test
    void questionThatNeedsARememberedDateSaysTheMemoryIsUnreachable() {
        say("remember that our benefits expire on 30 November 2021");
        database.down.set(true);

        Reply reply = say("how many days do I have left?");

        assertTrue(reply.text().contains("can't reach the dates you asked me to remember"), reply.text());
    }

    @Test
    void rememberedDateIsUsedAgainOnceTheDatabaseIsBack() {
        say("remember that our benefits expire on 30 November 2021");
        database.down.set(true);
        say("how many days do I have left?");
        database.down.set(false);
        stores.available();

        Reply reply = say("how many days do I have left?");

        assertEquals(Optional.of(LocalDate.of(2021, 11, 30)), reply.date());
    }
}
