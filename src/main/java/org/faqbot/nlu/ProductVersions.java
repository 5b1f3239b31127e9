package org.faqbot.nlu;

/**
 * Spots a number that belongs to the capitalised name before it ("Windows 10", "Office 365",
 * "Visual Studio 2019"), so that "Windows 10 May 2020 Update" is not read as 10 May and "Office 365
 * licenses" is not a count of 365. A capitalised word that opens a sentence, or that is a word of the
 * date grammar ("On", "Op", a weekday), does not make a product name.
 */
final class ProductVersions {

    private static final int MIN_NAME_LETTERS = 2;

    private ProductVersions() {
    }

    /** Whether the number at {@code index} follows a capitalised name that is not a sentence opener. */
    static boolean isVersion(Tokens tokens, Vocabulary words, int index) {
        int name = index - 1;
        if (!tokens.isCapitalised(name) || tokens.get(name).text().length() < MIN_NAME_LETTERS) {
            return false;
        }
        return !opensSentence(tokens, name) && !isDateWord(tokens, words, name);
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
}
