package org.faqbot.cli;

/** What the JVM's heap keeps after start-up. */
final class StartupHeap {

    private StartupHeap() {
    }

    /**
     * Asks for one full collection once the core is built. Building the index of the whole corpus
     * allocates several hundred megabytes that are garbage a moment later, and G1 keeps that heap
     * committed (about 420 MB resident) until a full collection lets it shrink to what is live
     * (about 150 MB). Once, at start, it costs tens of milliseconds.
     */
    static void release() {
        System.gc();
    }
}
