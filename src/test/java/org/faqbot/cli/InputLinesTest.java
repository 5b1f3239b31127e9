package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputLinesTest {

    private static List<String> read(byte[] input) throws IOException {
        InputLines lines = new InputLines(new ByteArrayInputStream(input));
        List<String> read = new ArrayList<>();
        for (Optional<InputLines.Line> line = lines.next(); line.isPresent(); line = lines.next()) {
            read.add(line.get().problem().map(p -> "! " + p.english()).orElse(line.get().text()));
        }
        return read;
    }

    private static List<String> read(String input) throws IOException {
        return read(input.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void linesEndAtLfCrlfAndCrAsReadLineEndsThem() throws IOException {
        assertEquals(List.of("a", "b", "", "c", "d"), read("a\nb\r\n\nc\rd"));
    }

    @Test
    void byteOrderMarkAtTheStartOfALineIsDropped() throws IOException {
        assertEquals(List.of("{\"q\": \"hi\"}", "x", "a\uFEFFb"), read("\uFEFF{\"q\": \"hi\"}\n\uFEFFx\na\uFEFFb\n"));
    }

    @Test
    void lineThatIsNotUtf8IsAProblem() throws IOException {
        assertEquals(List.of("! the line is not UTF-8 text", "next"), read(new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n', 'n', 'e', 'x', 't'}));
    }

    @Test
    void binaryLineIsAProblemThatNamesTheCharacter() throws IOException {
        assertEquals(List.of("! the line holds control character U+0000 at column 3: is this text?"), read("ab\u0000cd\n"));
    }

    @Test
    void tabIsText() throws IOException {
        assertEquals(List.of("a\tb"), read("a\tb"));
    }

    @Test
    void overlongLineIsAProblemAndTheNextLineIsReadAsUsual() throws IOException {
        String tooLong = "x".repeat(InputLines.MAX_LINE_BYTES + 1);

        assertEquals(List.of("! the line is over 65536 bytes; lines longer than that are not read", "next"),
                read(tooLong + "\nnext\n"));
    }

    @Test
    void lineOfExactlyTheLimitIsRead() throws IOException {
        String longest = "x".repeat(InputLines.MAX_LINE_BYTES);

        assertEquals(List.of(longest), read(longest + "\n"));
    }

    @Test
    void noInputIsNoLine() throws IOException {
        assertEquals(List.of(), read(""));
    }
}
