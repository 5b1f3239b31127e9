package org.faqbot.ingest;

/**
 * One line of a source page on its way through the ingest.
 *
 * @param number the 1-based line number in the file (of the first line, for text joined from several)
 * @param text   the line's text; after {@link SpanPairReader}, bilingual pairs stand in as placeholders
 * @param code   a code line or fence, taken as is and never searched for spans or markup
 */
record SourceLine(int number, String text, boolean code) {

    boolean isBlank() {
        return !code && text.isBlank();
    }

    SourceLine withText(String newText) {
        return new SourceLine(number, newText, code);
    }
}
