package org.faqbot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.store.Stores;

/** Builds the conversation core that {@code serve} puts on Telegram. */
final class CoreFactory {

    private CoreFactory() {
    }

    /**
     * The standard core over the knowledge base from {@code FAQBOT_KB} or the one in the jar.
     *
     * @throws UncheckedIOException when the knowledge base cannot be read; the message names it
     */
    static FaqAssistant assistant(Stores stores, Map<String, String> env) {
        try {
            return FaqAssistant.create(KbSource.load(Optional.empty(), env), stores, Clock.systemDefaultZone());
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
