package org.faqbot.search;

/**
 * A gloss table line that cannot be read. The message reads {@code file:line: reason}, like a
 * compiler's, quoting the line.
 */
public final class GlossFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * @param file   the table as its reader named it (a path, or a class-path resource)
     * @param line   1-based line number
     * @param reason what is wrong, quoting the offending text
     */
    public GlossFormatException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
