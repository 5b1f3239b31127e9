package org.faqbot.nlu;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits a message into words, numbers, ordinals and single symbols, skipping white space. Works the
 * same for Dutch and English; the vocabularies decide what a word means.
 */
final class Tokenizer {

    /** Ordinal suffixes of both languages; English "1st" in a Dutch message is still an ordinal. */
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th", "e", "ste", "de");

    /** Typographic characters that users type (or phones substitute) for their ASCII counterparts. */
    private static final Map<Integer, String> FOLDED_SYMBOLS = Map.ofEntries(
            Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"), Map.entry(0x2013, "-"),
            Map.entry(0x2014, "-"), Map.entry(0x2212, "-"), Map.entry(0x2018, "'"), Map.entry(0x2019, "'"),
            Map.entry(0x00B4, "'"), Map.entry(0x0060, "'"), Map.entry(0x201C, "\""), Map.entry(0x201D, "\""),
            Map.entry(0x201E, "\""), Map.entry(0xFF0F, "/"), Map.entry(0x2044, "/"));

    private Tokenizer() {
    }

    static Tokens tokenize(String message) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        while (at < message.length()) {
            int codePoint = message.codePointAt(at);
            if (isAsciiDigit(codePoint)) {
                at = readNumber(message, at, tokens);
            } else if (isWordChar(codePoint)) {
                at = readWord(message, at, tokens);
            } else {
                at = readOther(message, at, codePoint, tokens);
            }
        }
        return new Tokens(message, tokens);
    }

    private static int readNumber(String message, int from, List<Token> tokens) {
        int digitsEnd = skip(message, from, true);
        int lettersEnd = skip(message, digitsEnd, false);
        String suffix = message.substring(digitsEnd, lettersEnd).toLowerCase(Locale.ROOT);
        String digits = message.substring(from, digitsEnd);
        if (ORDINAL_SUFFIXES.contains(suffix)) {
            tokens.add(new Token(Token.Kind.ORDINAL, digits, from, lettersEnd));
            return lettersEnd;
        }
        tokens.add(new Token(Token.Kind.NUMBER, digits, from, digitsEnd));
        return digitsEnd;
    }

    private static int readWord(String message, int from, List<Token> tokens) {
        int end = skip(message, from, false);
        String word = Normalizer.normalize(message.substring(from, end).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        tokens.add(new Token(Token.Kind.WORD, word, from, end));
        return end;
    }

    private static int readOther(String message, int at, int codePoint, List<Token> tokens) {
        int end = at + Character.charCount(codePoint);
        if (!isSpace(codePoint)) {
            String symbol = FOLDED_SYMBOLS.getOrDefault(codePoint, message.substring(at, end));
            tokens.add(new Token(Token.Kind.SYMBOL, symbol, at, end));
        }
        return end;
    }

    /** The index after a run of digits ({@code digits}) or of word characters (otherwise) from {@code from}. */
    private static int skip(String message, int from, boolean digits) {
        int at = from;
        while (at < message.length()) {
            int codePoint = message.codePointAt(at);
            if (digits ? !isAsciiDigit(codePoint) : !isWordChar(codePoint)) {
                break;
            }
            at += Character.charCount(codePoint);
        }
        return at;
    }

    private static boolean isAsciiDigit(int codePoint) {
        return codePoint >= '0' && codePoint <= '9';
    }

    /** Letters and combining marks, so a decomposed "één" stays one word. */
    private static boolean isWordChar(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** White space, including no-break and zero-width spaces that chat clients insert. */
    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }
}
