package org.faqbot.nlu;

/**
 * One token of a message. {@code text} is normalised: words lower-case (NFC), numbers and ordinals as
 * their ASCII digits ("1st" gives "1"), symbols with typographic dashes and quotes folded to ASCII.
 * {@code start} (inclusive) and {@code end} (exclusive) index the original message.
 */
record Token(Kind kind, String text, int start, int end) {

    /** The kinds of token the {@link Tokenizer} makes. */
    enum Kind {
        /** Letters, possibly with combining marks: "december", "één". */
        WORD,
        /** ASCII digits: "2020", "05". */
        NUMBER,
        /** Digits with an ordinal suffix in either language: "1st", "3rd", "1e", "1ste", "2de". */
        ORDINAL,
        /** Any other single visible character: "-", "/", ".", ",", "€", "%". */
        SYMBOL
    }

    /** Longest digit string read as a value; longer numbers are never days, months, years or counts. */
    private static final int MAX_VALUE_DIGITS = 9;

    boolean is(Kind wanted) {
        return kind == wanted;
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** Whether this is a number or ordinal of {@code minDigits} to {@code maxDigits} digits. */
    boolean isDigits(int minDigits, int maxDigits) {
        return (kind == Kind.NUMBER || kind == Kind.ORDINAL)
                && text.length() >= minDigits && text.length() <= maxDigits;
    }

    /** The value of a number or ordinal token of at most nine digits; -1 for anything else. */
    int value() {
        return isDigits(1, MAX_VALUE_DIGITS) ? Integer.parseInt(text) : -1;
    }
}
