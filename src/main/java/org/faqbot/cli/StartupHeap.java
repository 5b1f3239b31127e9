package org.faqbot.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;

/** What the JVM's heap keeps after start-up. */
final class StartupHeap {

    /** After a full collection the heap keeps at most this share free, and gives the rest back. */
    static final int MAX_FREE_PERCENT = 20;
    /** ... and grows at a full collection only when less than this share is free. */
    static final int MIN_FREE_PERCENT = 10;

    private StartupHeap() {
    }

    /**
     * Asks for one full collection once the core is built, after which the heap keeps little more than
     * what is live. Building the index of the whole corpus allocates several hundred megabytes that are
     * garbage a moment later; G1 keeps that heap committed until a full collection, and then still keeps
     * up to {@code MaxHeapFreeRatio} (70%) of it free: with the corpus's 110 MB live that was the whole
     * 400 MB of the initial heap on a 24 GB machine, resident. With at most 20% free the heap gives back
     * all but about 140 MB. Once, at start, it costs tens of milliseconds; the heap grows again when the
     * replies need it.
     */
    static void release() {
        keepLittleFree();
        System.gc();
    }

    /**
     * Lowers the free-heap shares to {@link #MIN_FREE_PERCENT} and {@link #MAX_FREE_PERCENT} where the launch
     * left them at the JVM's defaults (an explicit {@code -XX:MaxHeapFreeRatio} is kept); both can be changed
     * in a running HotSpot JVM. On a JVM without them nothing changes.
     */
    static void keepLittleFree() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotspot == null || !isDefault(hotspot, "MinHeapFreeRatio") || !isDefault(hotspot, "MaxHeapFreeRatio")) {
                return;
            }
            // The minimum first: the JVM refuses a maximum below the minimum in force.
            hotspot.setVMOption("MinHeapFreeRatio", Integer.toString(MIN_FREE_PERCENT));
            hotspot.setVMOption("MaxHeapFreeRatio", Integer.toString(MAX_FREE_PERCENT));
        } catch (RuntimeException | LinkageError e) {
            // another JVM, or a runtime image without jdk.management: the collection alone still runs
        }
    }

    private static boolean isDefault(HotSpotDiagnosticMXBean hotspot, String option) {
        return hotspot.getVMOption(option).getOrigin() == VMOption.Origin.DEFAULT;
    }
}
