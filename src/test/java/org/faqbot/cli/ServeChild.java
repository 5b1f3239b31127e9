package org.faqbot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.faqbot.Main;

/**
 * {@code java -cp <the tests' class path> org.faqbot.Main serve} as a child process, its output in a
 * log file, for tests that stop or kill the bot for real. The child runs small and with the quick
 * compiler only, which starts it about a second sooner on a small machine.
 */
final class ServeChild {

    private ServeChild() {
    }

    /** Starts {@code serve} with {@code env} added to this process's environment, writing to {@code log}. */
    static Process start(Map<String, String> env, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve");
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        return builder.start();
    }

    /** The child's output so far, for failure messages. */
    static String log(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
