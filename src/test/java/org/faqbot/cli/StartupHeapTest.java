package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each case runs in a JVM of its own, started with the JVM's own defaults as {@code java -jar} starts the bot. */
class StartupHeapTest {

    private static final int MB = 1 << 20;

    @Test
    void afterTheBuildsGarbageTheHeapKeepsLittleMoreThanWhatIsLive() throws Exception {
        String[] figures = child().split(" ");
        long committed = Long.parseLong(figures[0]);
        long used = Long.parseLong(figures[1]);

        // The JVM's default keeps up to 70% free: 3.3 times what is live.
        assertTrue(committed <= used * 3 / 2, () -> "committed " + committed / MB + " MB for " + used / MB + " MB in use");
    }

    @Test
    void aFreeShareGivenAtLaunchIsKept() throws Exception {
        String[] figures = child("-XX:MaxHeapFreeRatio=50").split(" ");

        assertEquals("50", figures[2]);
    }

    /** Runs {@link Child} with {@code options}; its one line of output. */
    private static String child(String... options) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("-Xmx1g"));
        all.addAll(List.of(options));
        return ChildJvm.run(Child.class, all.toArray(String[]::new));
    }

    /** Keeps 32 MB, lets 256 MB grow the heap and become garbage, releases; prints committed and used bytes. */
    static final class Child {

        public static void main(String[] args) {
            List<byte[]> live = allocate(32);
            List<byte[]> garbage = allocate(256);
            garbage.clear();
            StartupHeap.release();
            Runtime runtime = Runtime.getRuntime();
            String maxFree = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption("MaxHeapFreeRatio").getValue();
            System.out.println(runtime.totalMemory() + " " + (runtime.totalMemory() - runtime.freeMemory()) + " " + maxFree + " " + live.size());
        }

        private static List<byte[]> allocate(int megabytes) {
            List<byte[]> arrays = new ArrayList<>();
            for (int i = 0; i < megabytes; i++) {
                arrays.add(new byte[MB]);
            }
            return arrays;
        }
    }
}
