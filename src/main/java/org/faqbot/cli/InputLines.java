package org.faqbot.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The lines of standard input for {@code chat} and the JSON sessions, read as bytes so that what is
 * not a line of text is said to be so instead of being answered: a line that is not UTF-8 or holds
 * control characters (binary input), and a line over {@link #MAX_LINE_BYTES}, whose rest is skipped
 * unread into memory (a file without line breaks would otherwise be read whole). Lines end as for
 * {@link java.io.BufferedReader#readLine}: at LF, CRLF or CR. A byte order mark at the start of a line is
 * dropped: Windows editors write one before the first line, and files joined with {@code cat} carry theirs
 * into the middle (at the start of a line it is no text).
 */
final class InputLines {

    /** The longest line read, as the HTTP API's longest body: 64 KB. */
    static final int MAX_LINE_BYTES = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;

    InputLines(InputStream in) {
        this.in = new BufferedInputStream(in);
    }

    /**
     * One line of input: its text, or what is wrong with it.
     *
     * @param text    the line without its line end; "" when it has a problem
     * @param problem why the line cannot be read as text, e.g. that it is over 65536 bytes
     */
    record Line(String text, Optional<LineProblem> problem) {
    }

    /** The next line, or empty at the end of the input. */
    Optional<Line> next() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long length = 0;
        int b = in.read();
        if (b == -1) {
            return Optional.empty();
        }
        for (; b != -1 && b != '\n' && b != '\r'; b = in.read()) {
            if (length++ < MAX_LINE_BYTES + 1) {
                bytes.write(b);
            }
        }
        if (b == '\r') {
            skipLineFeed();
        }
        byte[] line = withoutBom(bytes.toByteArray());
        if (line.length > MAX_LINE_BYTES) {
            return Optional.of(problem(LineProblem.lineTooLong(MAX_LINE_BYTES)));
        }
        return Optional.of(decode(line));
    }

    private static Line problem(LineProblem why) {
        return new Line("", Optional.of(why));
    }

    /** After a carriage return: a line feed is part of the same line end (CRLF). */
    private void skipLineFeed() throws IOException {
        in.mark(1);
        if (in.read() != '\n') {
            in.reset();
        }
    }

    private static byte[] withoutBom(byte[] line) {
        boolean bom = line.length >= 3 && line[0] == BOM[0] && line[1] == BOM[1] && line[2] == BOM[2];
        return bom ? java.util.Arrays.copyOfRange(line, 3, line.length) : line;
    }

    private static Line decode(byte[] line) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line))
                    .toString();
        } catch (CharacterCodingException e) {
            return problem(LineProblem.notUtf8());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                return problem(LineProblem.controlCharacter(c, i + 1));
            }
        }
        return new Line(text, Optional.empty());
    }
}
