package org.faqbot.cli;

import java.util.Locale;

/**
 * Whether the heap can hold the core of a changed knowledge-base file beside the core answering, judged before
 * the new one is built. A reload builds the new core while the old one answers, so for a moment the heap holds
 * both; when it cannot, the build runs the heap out, and the {@link OutOfMemoryError} then also hits whatever
 * other thread allocates at that moment (the HTTP dispatcher, a Telegram worker), not only the build. So the
 * reload is refused beforehand: the new core is expected to take what the answering one took when it was built
 * (measured once, as the live heap it added), scaled by the files' sizes, with {@link #MARGIN} for the build's
 * own working data; the heap can give its maximum less what is live after a collection.
 */
final class HeapRoom {

    /** The build's working data beyond the core it leaves, and the files' sizes being only a proxy. */
    static final double MARGIN = 1.3;
    private static final long MB = 1 << 20;

    /** The heap's figures; {@link #JVM} reads this JVM's. */
    interface Heap {
        /** The most the heap may grow to ({@code -Xmx}). */
        long max();

        /** Bytes in use now; right after {@link #collect} what is live. */
        long used();

        void collect();
    }

    static final Heap JVM = new Heap() {
        @Override
        public long max() {
            return Runtime.getRuntime().maxMemory();
        }

        @Override
        public long used() {
            return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        @Override
        public void collect() {
            System.gc();
        }
    };

    /**
     * The verdict on one file.
     *
     * @param needed    heap the new core is expected to need while it is built
     * @param available heap the JVM can still give: its maximum less what is live
     */
    record Estimate(long needed, long available, long max) {

        boolean fits() {
            return needed <= available;
        }

        /** For the log and the dashboard: figures in MB, no file contents. */
        String describe() {
            return String.format(Locale.ROOT, "its index needs about %d MB of heap beside the one answering and the heap"
                    + " has %d MB left of %d MB", needed / MB, available / MB, max / MB);
        }
    }

    private final Heap heap;
    private long coreBytes;
    private long fileBytes;
    private long liveBeforeBuild;

    /**
     * @param coreBytes the heap the answering core added when it was built (a measure at or below zero, e.g.
     *                  when a collection freed more than the build kept, counts as nothing known: every reload fits)
     * @param fileBytes the size of the file it was built from
     */
    HeapRoom(Heap heap, long coreBytes, long fileBytes) {
        this.heap = heap;
        this.coreBytes = coreBytes;
        this.fileBytes = fileBytes;
    }

    /** A room that lets every reload through: nothing measured, or an operator's {@code FAQBOT_KB_RELOAD=force}. */
    static HeapRoom unchecked() {
        return new HeapRoom(JVM, 0, 0);
    }

    /**
     * Measures the heap a core adds: call {@link Measure#done} once it is built. One collection before (at start
     * the heap is still small, so it takes a few milliseconds); the one after is {@link StartupHeap#release}'s.
     */
    static Measure measure(Heap heap) {
        heap.collect();
        long before = heap.used();
        return (fileBytes) -> new HeapRoom(heap, heap.used() - before, fileBytes);
    }

    /** The measure started by {@link #measure}; {@code done} right after the start-up collection. */
    interface Measure {
        HeapRoom done(long fileBytes);
    }

    /** Judges a file of {@code newFileBytes}; collects first, to see what is live. */
    Estimate judge(long newFileBytes) {
        if (coreBytes <= 0 || fileBytes <= 0) {
            return new Estimate(0, heap.max(), heap.max());
        }
        heap.collect();
        liveBeforeBuild = heap.used();
        long needed = (long) (coreBytes * ((double) newFileBytes / fileBytes) * MARGIN);
        return new Estimate(needed, heap.max() - liveBeforeBuild, heap.max());
    }

    /**
     * A core for {@code newFileBytes} answers now and the heap was collected ({@link StartupHeap#release}): its
     * size is what is live now less what was live before, plus the old core, which is garbage now. When that
     * cannot be read (the old core still referenced, nothing judged before), the old core's figure is scaled.
     */
    void loaded(long newFileBytes) {
        long scaled = fileBytes <= 0 ? 0 : (long) (coreBytes * ((double) newFileBytes / fileBytes));
        long measured = liveBeforeBuild <= 0 ? 0 : heap.used() - liveBeforeBuild + coreBytes;
        coreBytes = measured > 0 ? measured : scaled;
        fileBytes = newFileBytes;
        liveBeforeBuild = 0;
    }

    long coreBytes() {
        return coreBytes;
    }
}
