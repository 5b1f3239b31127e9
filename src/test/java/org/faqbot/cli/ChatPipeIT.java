package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.faqbot.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faqbot chat} fed by a pipe, as a script runs it: its output holds the answers and no prompts. */
class ChatPipeIT {

    @TempDir
    Path dir;

    @Test
    void chatOnAPipePrintsNoPrompts() throws Exception {
        Path out = dir.resolve("out.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "chat", "--lang", "en");
        builder.directory(dir.toFile());
        builder.redirectError(dir.resolve("err.txt").toFile());
        builder.redirectOutput(out.toFile());
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        Process chat = builder.start();
        chat.getOutputStream().write("hi\nHow do I renew my benefits?\n".getBytes(StandardCharsets.UTF_8));
        chat.getOutputStream().close();
        boolean ended = chat.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            chat.destroyForcibly();
        }

        String output = Files.readString(out);
        assertEquals(0, ended ? chat.exitValue() : -1, output + Files.readString(dir.resolve("err.txt")));
        assertFalse(output.contains("> "), output);
        assertTrue(output.contains("renew"), output);
    }
}
