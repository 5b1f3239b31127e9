package org.faqbot.dialog;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs store calls so that a database that is down degrades the bot instead of stopping it: a failed
 * read gives the fallback value, a failed write is logged and skipped. FAQ answers never need the
 * store, so they keep working.
 */
final class SafeStores {

    private static final Logger LOG = LoggerFactory.getLogger(SafeStores.class);

    private SafeStores() {
    }

    static <T> T read(String what, Supplier<T> call, T fallback) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            LOG.warn("store unavailable while reading {}: {}", what, e.toString());
            return fallback;
        }
    }

    static boolean write(String what, Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("store unavailable while writing {}: {}", what, e.toString());
            return false;
        }
    }
}
