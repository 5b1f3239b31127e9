package org.faqbot.dialog;

/**
 * The run of letters around a position of a text: the whole word a cue or a date's verb was found in, so that a
 * check reads "ingewisseld" rather than the "wissel" it matched.
 *
 * @param from the word's first index
 * @param to   the index after its last letter
 */
record WordAt(int from, int to) {

    static WordAt in(String text, int at) {
        int from = at;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        int to = at;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return new WordAt(from, to);
    }

    String of(String text) {
        return text.substring(from, to);
    }
}
