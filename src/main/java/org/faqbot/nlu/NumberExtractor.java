package org.faqbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.faqbot.kb.Lang;

/**
 * Finds counts in a Dutch or English message: a number followed by the noun it counts, such as "10
 * licenties", "1,200 licenses" (English grouping) or "1.200 licenties" (Dutch), "five licenses", "één
 * abonnement". Not counted: articles ("a license", "een licentie": too often just an article), product
 * versions ("Office 365 licenses"), money ("€ 1.200"), percentages, decimals, times, numbers in dates
 * or other glued groups ("1-12-2020", "10:30") and numbers before a month name ("3 maart").
 * Durations are counts too ("12 months"). Immutable and thread-safe; never throws for any message.
 */
public final class NumberExtractor {

    private static final Set<String> CURRENCIES = Set.of("€", "$", "£");
    private static final int MAX_DIGITS = 9;

    /** Counts in {@code message}, in text order. */
    public List<CountMention> extract(String message, Lang lang) {
        Tokens tokens = Tokenizer.tokenize(Objects.requireNonNull(message, "message"));
        Vocabulary words = Vocabulary.of(lang);
        List<CountMention> counts = new ArrayList<>();
        for (int index = 0; index < tokens.size(); index++) {
            int from = index;
            number(tokens, words, from).flatMap(number -> withNoun(tokens, words, from, number)).ifPresent(counts::add);
        }
        return List.copyOf(counts);
    }

    private static Optional<Piece<Integer>> number(Tokens tokens, Vocabulary words, int index) {
        if (tokens.get(index).is(Token.Kind.NUMBER)) {
            return digits(tokens, words, index);
        }
        if (words.articles.matches(tokens, index)) {
            return Optional.empty();
        }
        return words.numbers.match(tokens, index);
    }

    /** Digits, possibly in groups of three ("1.200"), standing alone and not money or a version. */
    private static Optional<Piece<Integer>> digits(Tokens tokens, Vocabulary words, int index) {
        int end = groupsEnd(tokens, words.numberGrouping, index);
        String digits = tokens.text(index, end).replace(words.numberGrouping, "");
        boolean usable = digits.length() <= MAX_DIGITS && !tokens.gluedBefore(index) && !tokens.gluedAfter(end - 1)
                && !isMoney(tokens, index) && !ProductVersions.followsName(tokens, words, index);
        return usable ? Optional.of(new Piece<>(Integer.parseInt(digits), end)) : Optional.empty();
    }

    /** The index after "1", "1.200" or "1.200.000", with the language's grouping symbol. */
    private static int groupsEnd(Tokens tokens, String grouping, int index) {
        if (!tokens.get(index).isDigits(1, 3)) {
            return index + 1;
        }
        int end = index + 1;
        while (tokens.isSymbol(end, grouping) && tokens.touchesPrevious(end) && tokens.touchesPrevious(end + 1)
                && tokens.get(end + 1).is(Token.Kind.NUMBER) && tokens.get(end + 1).isDigits(3, 3)) {
            end += 2;
        }
        return end;
    }

    private static boolean isMoney(Tokens tokens, int index) {
        return index > 0 && tokens.get(index - 1).is(Token.Kind.SYMBOL) && CURRENCIES.contains(tokens.get(index - 1).text());
    }

    /** The count with the noun right after the number, if that word can be a counted noun. */
    private static Optional<CountMention> withNoun(Tokens tokens, Vocabulary words, int from, Piece<Integer> number) {
        int noun = number.end();
        boolean isNoun = tokens.isWord(noun) && !tokens.touchesPrevious(noun)
                && !words.functionWords.matches(tokens, noun) && !words.months.matches(tokens, noun);
        if (!isNoun) {
            return Optional.empty();
        }
        return Optional.of(new CountMention(tokens.text(from, noun + 1), tokens.start(from), tokens.end(noun + 1),
                number.value(), tokens.text(noun, noun + 1)));
    }
}
