package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapRoomTest {

    private static final long MB = 1 << 20;

    /** A heap with fixed figures; {@code used} is what is live after each collection. */
    static final class FixedHeap implements HeapRoom.Heap {
        final long max;
        long used;
        int collections;

        FixedHeap(long maxMb, long usedMb) {
            this.max = maxMb * MB;
            this.used = usedMb * MB;
        }

        @Override
        public long max() {
            return max;
        }

        @Override
        public long used() {
            return used;
        }

        @Override
        public void collect() {
            collections++;
        }
    }

    @Test
    void aSecondCoreOfTheSameSizeDoesNotFitInAHeapBoundForOne() {
        // The corpus under -Xmx180m: a core of about 100 MB, 120 MB live.
        HeapRoom room = new HeapRoom(new FixedHeap(180, 120), 100 * MB, 10 * MB);

        HeapRoom.Estimate estimate = room.judge(10 * MB);

        assertFalse(estimate.fits());
        assertEquals("its index needs about 130 MB of heap beside the one answering and the heap has 60 MB left of 180 MB",
                estimate.describe());
    }

    @Test
    void theSameFileFitsInABiggerHeap() {
        HeapRoom room = new HeapRoom(new FixedHeap(400, 120), 100 * MB, 10 * MB);

        assertTrue(room.judge(10 * MB).fits());
    }

    @Test
    void aSmallerFileFitsWhereTheSameSizeDidNot() {
        HeapRoom room = new HeapRoom(new FixedHeap(180, 120), 100 * MB, 10 * MB);

        assertTrue(room.judge(4 * MB).fits());
    }

    @Test
    void whatIsLiveIsReadAfterACollection() {
        FixedHeap heap = new FixedHeap(180, 120);
        HeapRoom room = new HeapRoom(heap, 100 * MB, 10 * MB);

        room.judge(10 * MB);

        assertEquals(1, heap.collections);
    }

    @Test
    void aLoadedCoreIsMeasuredAgainstWhatWasLiveBeforeItsBuild() {
        FixedHeap heap = new FixedHeap(400, 120);
        HeapRoom room = new HeapRoom(heap, 100 * MB, 10 * MB);
        room.judge(20 * MB);
        heap.used = 170 * MB; // the old core (100 MB) is garbage, the new one live

        room.loaded(20 * MB);

        assertEquals(150 * MB, room.coreBytes());
    }

    @Test
    void nothingMeasuredLetsEveryReloadThrough() {
        HeapRoom room = new HeapRoom(new FixedHeap(180, 170), 0, 10 * MB);

        assertTrue(room.judge(1000 * MB).fits());
    }

    /** This JVM's own figures, in a JVM of its own with a 128 MB heap. */
    @Test
    void aRealHeapRefusesACoreThreeTimesTheOneItHolds() throws Exception {
        String[] verdicts = child().split(" ");

        assertEquals("true", verdicts[0], "the same size fits beside a 40 MB core in 128 MB");
        assertEquals("false", verdicts[1], "three times the size does not");
    }

    private static String child() throws IOException, InterruptedException {
        return ChildJvm.run(Child.class, "-Xmx128m");
    }

    /** Builds a 40 MB "core" from a 1 MB "file", then judges files of 1 and 3 MB. */
    static final class Child {

        public static void main(String[] args) {
            HeapRoom.Measure measure = HeapRoom.measure(HeapRoom.JVM);
            List<byte[]> core = new ArrayList<>();
            for (int i = 0; i < 40 * 16; i++) {
                core.add(new byte[(int) MB / 16]); // smaller than half a G1 region: not humongous
            }
            System.gc();
            HeapRoom room = measure.done(MB);
            System.out.println(room.judge(MB).fits() + " " + room.judge(3 * MB).fits() + " " + room.coreBytes() / MB + " " + core.size());
        }
    }
}
