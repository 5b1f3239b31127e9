package org.faqbot.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** In-memory stores behind a switch: while {@link #down} is set every call throws {@link StoreUnavailableException}. */
public final class FlakyStores {

    public final AtomicBoolean down = new AtomicBoolean();
    final AtomicInteger calls = new AtomicInteger();
    final Stores real = Stores.inMemory();
    public final Stores stores = new Stores(
            proxy(ConversationStore.class, real.conversations()),
            proxy(ProfileStore.class, real.profiles()),
            proxy(QuestionLog.class, real.questions()),
            proxy(ReminderStore.class, real.reminders()),
            proxy(UpdateJournal.class, real.updates()),
            proxy(OutboxStore.class, real.outbox()));

    public boolean available() {
        return !down.get();
    }

    private <T> T proxy(Class<T> type, T target) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            calls.incrementAndGet();
            if (down.get()) {
                throw new StoreUnavailableException("database unavailable, could not " + method.getName() + ": test", null);
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
