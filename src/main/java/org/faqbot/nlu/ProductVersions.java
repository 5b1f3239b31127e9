package org.faqbot.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Spots a number that belongs to the name before it ("Windows 10", "Office 365", "Visual Studio
 * 2019"), so that "Windows 10 May 2020 Update" is not read as 10 May and "Office 365 licenses" is not
 * a count of 365. A name is a known product name ({@code product-names.txt}); for counts also any
 * capitalised word that does not open a sentence and is not a word of the date grammar ("On", "Op", a
 * weekday). Dates only trust the list, since a missed date costs more than a missed count ("Hoi, Per 1
 * januari").
 */
final class ProductVersions {

    private static final Set<String> KNOWN_NAMES = load("product-names.txt");
    private static final int MIN_NAME_LETTERS = 2;

    private ProductVersions() {
    }

    /** Whether the number at {@code index} follows a known product name, in any case ("windows 10"). */
    static boolean followsKnownName(Tokens tokens, int index) {
        return tokens.isWord(index - 1) && KNOWN_NAMES.contains(tokens.get(index - 1).text());
    }

    /** Whether the number at {@code index} follows a known product name or looks like it follows a name. */
    static boolean followsName(Tokens tokens, Vocabulary words, int index) {
        int name = index - 1;
        if (followsKnownName(tokens, index)) {
            return true;
        }
        return tokens.isCapitalised(name) && tokens.get(name).text().length() >= MIN_NAME_LETTERS
                && !opensSentence(tokens, name) && !isDateWord(tokens, words, name);
    }

    private static boolean opensSentence(Tokens tokens, int index) {
        return !tokens.has(index - 1) || tokens.isSymbol(index - 1, ".") || tokens.isSymbol(index - 1, "!")
                || tokens.isSymbol(index - 1, "?") || tokens.isSymbol(index - 1, "\"") || tokens.isSymbol(index - 1, ":");
    }

    private static boolean isDateWord(Tokens tokens, Vocabulary words, int index) {
        return words.on.matches(tokens, index) || words.the.matches(tokens, index) || words.months.matches(tokens, index)
                || words.weekdays.matches(tokens, index) || words.weekdayAbbreviations.matches(tokens, index)
                || words.in.matches(tokens, index);
    }

    /** Lower-case names, one a line; blank lines and {@code #} comments skipped. */
    private static Set<String> load(String file) {
        try (InputStream in = ProductVersions.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Product name list missing from the classpath: " + file);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read product name list " + file, e);
        }
    }
}
