package org.faqbot.nlu;

import java.util.List;
import java.util.Set;

/** The tokens of one message, with the message itself to cut matched spans from. */
final class Tokens {

    /** Symbols that glue numbers into one thing: dates, decimals, times, versions, ranges. */
    private static final Set<String> NUMBER_GLUE = Set.of(".", ",", ":", "/", "-");

    private final String message;
    private final List<Token> tokens;

    Tokens(String message, List<Token> tokens) {
        this.message = message;
        this.tokens = List.copyOf(tokens);
    }

    int size() {
        return tokens.size();
    }

    boolean has(int index) {
        return index >= 0 && index < tokens.size();
    }

    Token get(int index) {
        return tokens.get(index);
    }

    boolean isWord(int index) {
        return has(index) && get(index).is(Token.Kind.WORD);
    }

    boolean isSymbol(int index, String symbol) {
        return has(index) && get(index).isSymbol(symbol);
    }

    /** Whether token {@code index} touches the token before it, with no space between. */
    boolean touchesPrevious(int index) {
        return has(index) && has(index - 1) && get(index - 1).end() == get(index).start();
    }

    /** Whether the word at {@code index} was written with a capital first letter. */
    boolean isCapitalised(int index) {
        return isWord(index) && Character.isUpperCase(message.codePointAt(get(index).start()));
    }

    /**
     * Whether the number at {@code index} stands on its own, not glued to letters or to other numbers
     * by a separator: the 5 in "1,5", "10:5", "v5" or "5GB" does not.
     */
    boolean standsAlone(int index) {
        return !gluedBefore(index) && !gluedAfter(index);
    }

    /** Whether token {@code index} is stuck to what comes before it: a letter, a digit, or "1," in "1,5". */
    boolean gluedBefore(int index) {
        if (!touchesPrevious(index)) {
            return false;
        }
        Token before = get(index - 1);
        return !before.is(Token.Kind.SYMBOL)
                || NUMBER_GLUE.contains(before.text()) && touchesPrevious(index - 1) && isDigits(index - 2);
    }

    /** Whether token {@code index} is stuck to what follows it: a letter, a digit, or ",5" in "1,5". */
    boolean gluedAfter(int index) {
        if (!touchesPrevious(index + 1)) {
            return false;
        }
        Token after = get(index + 1);
        return !after.is(Token.Kind.SYMBOL)
                || NUMBER_GLUE.contains(after.text()) && touchesPrevious(index + 2) && isDigits(index + 2);
    }

    private boolean isDigits(int index) {
        return has(index) && get(index).isDigits(1, Integer.MAX_VALUE);
    }

    /** The message text of tokens {@code from} (inclusive) to {@code to} (exclusive). */
    String text(int from, int to) {
        return message.substring(start(from), end(to));
    }

    int start(int from) {
        return get(from).start();
    }

    int end(int to) {
        return get(to - 1).end();
    }
}
