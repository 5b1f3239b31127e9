package org.faqbot.telegram;

import java.time.Clock;
import java.util.Map;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.Messages;
import org.faqbot.store.InMemoryOutboxStore;
import org.faqbot.store.InMemoryUpdateJournal;
import org.faqbot.store.OutboxStore;
import org.faqbot.store.UpdateJournal;
import org.faqbot.telegram.fake.FakeBotApi;

/** A fake Bot API and a bot polling it, for end-to-end tests; closing stops both. */
final class RunningBot implements AutoCloseable {

    final FakeBotApi fake;
    UpdateJournal journal;
    OutboxStore outbox;
    Clock clock = Clock.systemUTC();
    TelegramBot bot;

    private RunningBot(FakeBotApi fake, UpdateJournal journal, OutboxStore outbox) {
        this.fake = fake;
        this.journal = journal;
        this.outbox = outbox;
    }

    static RunningBot start(Assistant assistant) {
        return start(assistant, Map.of());
    }

    static RunningBot start(Assistant assistant, Map<String, String> settings) {
        return start(assistant, settings, new InMemoryUpdateJournal());
    }

    static RunningBot start(Assistant assistant, Map<String, String> settings, UpdateJournal journal) {
        return start(assistant, settings, journal, new InMemoryOutboxStore(), Clock.systemUTC());
    }

    static RunningBot start(Assistant assistant, Map<String, String> settings, UpdateJournal journal, OutboxStore outbox,
                            Clock clock) {
        RunningBot running = new RunningBot(FakeBotApi.start(), journal, outbox);
        running.clock = clock;
        running.bot = running.startBot(assistant, settings);
        return running;
    }

    /** Starts another bot on the same fake, journal and outbox (after a stop or crash of the first). */
    TelegramBot startBot(Assistant assistant, Map<String, String> settings) {
        return TelegramBot.start(TelegramSettings.fromEnv(fake.env(settings)), assistant, journal, outbox, new Messages(),
                clock);
    }

    @Override
    public void close() {
        try {
            if (bot != null) {
                bot.abort();
            }
        } finally {
            fake.close();
        }
    }
}
