package org.faqbot.nlu;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Phrases of one or more words, each with a value: "december" to 12, "day before yesterday" to -2.
 * Matching is case-insensitive and takes the longest phrase that starts at a token.
 */
final class PhraseTable<V> {

    private final Map<List<String>, V> phrases;
    /** The first word of every phrase, so most tokens are turned away without building a key. */
    private final Set<String> firstWords;
    private final int longestWords;

    private PhraseTable(Map<List<String>, V> phrases) {
        this.phrases = Map.copyOf(phrases);
        this.firstWords = phrases.keySet().stream().map(words -> words.get(0)).collect(Collectors.toUnmodifiableSet());
        this.longestWords = phrases.keySet().stream().mapToInt(List::size).max().orElse(0);
    }

    /** A table from phrases (words separated by spaces) to values. */
    static <V> PhraseTable<V> of(Map<String, V> phrases) {
        Map<List<String>, V> byWords = new HashMap<>();
        phrases.forEach((phrase, value) -> byWords.put(words(phrase), value));
        return new PhraseTable<>(byWords);
    }

    private static List<String> words(String phrase) {
        String folded = Normalizer.normalize(phrase.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        return Arrays.asList(folded.split("\\s+"));
    }

    /** The longest phrase whose words are the word tokens from {@code index} on. */
    Optional<Piece<V>> match(Tokens tokens, int index) {
        if (!tokens.isWord(index) || !firstWords.contains(tokens.get(index).text())) {
            return Optional.empty();
        }
        for (int length = Math.min(longestWords, tokens.size() - index); length > 0; length--) {
            V value = phrases.get(wordsAt(tokens, index, length));
            if (value != null) {
                return Optional.of(new Piece<>(value, index + length));
            }
        }
        return Optional.empty();
    }

    /** Whether a phrase of this table starts at {@code index}. */
    boolean matches(Tokens tokens, int index) {
        return match(tokens, index).isPresent();
    }

    /** Whether a one-word phrase equals {@code word} (lower case). */
    boolean containsWord(String word) {
        return phrases.containsKey(List.of(word));
    }

    Optional<V> get(String word) {
        return Optional.ofNullable(phrases.get(List.of(word)));
    }

    private static List<String> wordsAt(Tokens tokens, int index, int length) {
        String[] words = new String[length];
        for (int i = 0; i < length; i++) {
            if (!tokens.isWord(index + i)) {
                return List.of();
            }
            words[i] = tokens.get(index + i).text();
        }
        return Arrays.asList(words);
    }
}
