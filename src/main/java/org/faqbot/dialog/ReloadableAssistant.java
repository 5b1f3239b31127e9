package org.faqbot.dialog;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.faqbot.kb.Lang;

/**
 * An assistant whose core can be replaced while it runs, for a reloaded knowledge base. A message
 * that started on the old core finishes there; the next one goes to the new core. No message waits.
 */
public final class ReloadableAssistant implements Assistant {

    private final AtomicReference<FaqAssistant> current;

    public ReloadableAssistant(FaqAssistant initial) {
        this.current = new AtomicReference<>(initial);
    }

    /** The core answering now, e.g. to send reminders through. */
    public FaqAssistant current() {
        return current.get();
    }

    public void swap(FaqAssistant next) {
        current.set(next);
    }

    @Override
    public Reply reply(IncomingMessage message) {
        return current.get().reply(message);
    }

    @Override
    public List<Reply> lookup(String query, Optional<Lang> langHint, int max) {
        return current.get().lookup(query, langHint, max);
    }

    @Override
    public Coverage coverage() {
        return current.get().coverage();
    }
}
