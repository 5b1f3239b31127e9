package org.faqbot.ingest;

/** Small text helpers for messages. */
final class Texts {

    /** Longest piece of source text quoted in a message; enough to find the spot, short enough to read. */
    private static final int QUOTE_LENGTH = 60;

    private Texts() {
    }

    /** The text, cut to {@value #QUOTE_LENGTH} characters with "..." when longer, on one line. */
    static String abbreviate(String text) {
        String line = text.replace("\n", "\\n");
        return line.length() <= QUOTE_LENGTH ? line : line.substring(0, QUOTE_LENGTH) + "...";
    }
}
