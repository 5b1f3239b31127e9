package org.faqbot.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.search.DutchGlosses;
import org.faqbot.search.EncoderLoader;
import org.faqbot.search.QueryGloss;
import org.faqbot.store.Stores;

/** Builds the conversation core for a command from its options and the environment. */
final class BotFactory {

    private BotFactory() {
    }

    /** An assistant with in-memory stores, for the console, the JSON command line and evaluation. */
    static FaqAssistant consoleAssistant(CommonOptions options, Map<String, String> env) throws Exception {
        // Before the knowledge base is read: the model's second of loading overlaps all of the rest.
        EncoderLoader.start();
        KnowledgeBase kb = KbSource.load(options.kb(), env);
        FaqAssistant assistant = FaqAssistant.create(kb, Stores.inMemory(), clock(options.today()));
        StartupHeap.release();
        return assistant;
    }

    /** How Dutch questions are glossed into English for the English-trained encoder. */
    static QueryGloss gloss() {
        return DutchGlosses.standard();
    }

    /**
     * The system clock, or one moved so that its date is {@code today}; the time of day still runs, so a
     * pending question still expires after 15 minutes.
     */
    static Clock clock(Optional<LocalDate> today) {
        Clock system = Clock.systemDefaultZone();
        if (today.isEmpty()) {
            return system;
        }
        ZoneId zone = system.getZone();
        LocalDate now = LocalDate.now(system);
        return Clock.offset(system, Duration.between(now.atStartOfDay(zone), today.get().atStartOfDay(zone)));
    }
}
