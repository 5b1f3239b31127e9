package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Child.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out;
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
