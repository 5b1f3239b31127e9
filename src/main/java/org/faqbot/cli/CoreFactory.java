package org.faqbot.cli;

import org.faqbot.dialog.Assistant;
import org.faqbot.store.Stores;

/** Builds the conversation core the commands talk to. */
final class CoreFactory {

    private CoreFactory() {
    }

    static Assistant assistant(Stores stores) {
        throw new UnsupportedOperationException("the conversation core (dialog.FaqAssistant) is not on this branch yet");
    }
}
