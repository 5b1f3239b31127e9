package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.faqbot.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-question {@code ask --json} ends while the model is still loading in the background. The JVM
 * exiting during ONNX Runtime's native session creation crashed it (SIGSEGV, exit 134) in 3 of 20 such
 * runs; the runs here are back to back so that an exit inside the load is likely.
 */
class QuickExitIT {

    private static final int RUNS = 12;

    @TempDir
    Path dir;

    @Test
    void aQuickAskExitsCleanlyWhileTheModelLoads() throws Exception {
        for (int run = 1; run <= RUNS; run++) {
            Path out = dir.resolve("out-" + run + ".txt");
            Process ask = start(out);
            ask.getOutputStream().write("{\"q\":\"hi\",\"lang\":\"en\"}\n".getBytes(StandardCharsets.UTF_8));
            ask.getOutputStream().close();
            boolean ended = ask.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                ask.destroyForcibly();
            }
            String output = Files.readString(out);
            assertEquals(0, ended ? ask.exitValue() : -1, "run " + run + " of " + RUNS + ":\n" + output);
            assertEquals(true, output.contains("\"text\""), "run " + run + " gave no reply:\n" + output);
        }
    }

    private Process start(Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ask", "--json");
        builder.directory(dir.toFile());
        builder.redirectErrorStream(true);
        builder.redirectOutput(out.toFile());
        return builder.start();
    }
}
