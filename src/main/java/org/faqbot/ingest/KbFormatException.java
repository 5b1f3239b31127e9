package org.faqbot.ingest;

/**
 * A source page that is not in the bilingual docs format. The message reads {@code file:line: reason},
 * like a compiler's, so editors and terminals can jump to the spot.
 */
final class KbFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * @param file   the page as the user named it (relative when they gave a relative path)
     * @param line   1-based line number
     * @param reason what is wrong, quoting the offending text
     */
    KbFormatException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    String file() {
        return file;
    }

    int line() {
        return line;
    }
}
