package org.faqbot.nlu;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Phrases of one or more words, each with a value: "december" to 12, "day before yesterday" to -2.
 * Matching is case-insensitive and takes the longest phrase that starts at a token.
 */
final class PhraseTable<V> {

    private final Map<List<String>, V> phrases;
    /** The first word of every phrase, so most tokens are turned away without building a key. */
    private final Set<String> firstWords;
    private final int longestWords;
    /**
     * The first two or more words of every phrase longer than that: words are gathered after a first word only as long
     * as some phrase goes on with them ("in" starts dates and much else, and every token after it was looked up at each
     * length of the gathered words).
     */
    private final Set<List<String>> longerStarts;
    /**
     * The first word of every phrase of two or more words, and the one-word phrases by their word: a word that starts
     * no longer phrase (most months, weekdays, units) is matched with one look-up, without building keys of lists.
     */
    private final Set<String> longerFirstWords;
    private final Map<String, V> oneWordPhrases;

    private PhraseTable(Map<List<String>, V> phrases) {
        // Hash sets and maps rather than Set.copyOf and Map.copyOf: a table is asked about every word of every text a reply
        // reads for dates (some 850 look-ups), and the immutable collections' probing took two to three times as long.
        this.phrases = Collections.unmodifiableMap(new HashMap<>(phrases));
        this.firstWords = hashSet(phrases.keySet().stream().map(words -> words.get(0)));
        this.longestWords = phrases.keySet().stream().mapToInt(List::size).max().orElse(0);
        this.longerStarts = hashSet(phrases.keySet().stream()
                .flatMap(words -> IntStream.range(2, words.size()).mapToObj(n -> List.copyOf(words.subList(0, n)))));
        this.longerFirstWords = hashSet(phrases.keySet().stream().filter(words -> words.size() > 1).map(words -> words.get(0)));
        Map<String, V> oneWord = new HashMap<>();
        phrases.forEach((words, value) -> {
            if (words.size() == 1) {
                oneWord.put(words.get(0), value);
            }
        });
        this.oneWordPhrases = Collections.unmodifiableMap(oneWord);
    }

    private static <T> Set<T> hashSet(Stream<T> values) {
        Set<T> set = values.collect(Collectors.toCollection(HashSet::new));
        return Collections.unmodifiableSet(set);
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

    /**
     * The longest phrase whose words are the word tokens from {@code index} on. The words of a phrase may
     * also be joined by a hyphen written without spaces, as English writes its compound numbers
     * ("twenty-one", "thirty-first").
     */
    Optional<Piece<V>> match(Tokens tokens, int index) {
        if (!tokens.isWord(index) || !firstWords.contains(tokens.get(index).text())) {
            return Optional.empty();
        }
        if (!longerFirstWords.contains(tokens.get(index).text())) {
            return Optional.of(new Piece<>(oneWordPhrases.get(tokens.get(index).text()), index + 1));
        }
        return longest(new ArrayList<>(longestWords), new int[longestWords], tokens, index);
    }

    /**
     * The longest phrase of more than one word whose first word is {@code first}, which is no word token ("2e" in "2e
     * kerstdag", an ordinal written in digits), and whose other words are the word tokens from {@code index} on.
     */
    Optional<Piece<V>> matchAfter(String first, Tokens tokens, int index) {
        if (!firstWords.contains(first) || longestWords < 2) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(longestWords);
        int[] ends = new int[longestWords];
        words.add(first);
        ends[0] = index;
        return longest(words, ends, tokens, index).filter(piece -> piece.end() > index);
    }

    private Optional<Piece<V>> longest(List<String> words, int[] ends, Tokens tokens, int index) {
        for (int at = index; words.size() < longestWords && tokens.isWord(at); at = nextWord(tokens, at)) {
            if (words.size() >= 2 && !longerStarts.contains(words)) {
                break;
            }
            words.add(tokens.get(at).text());
            ends[words.size() - 1] = at + 1;
        }
        for (int length = words.size(); length > 0; length--) {
            V value = phrases.get(words.subList(0, length));
            if (value != null) {
                return Optional.of(new Piece<>(value, ends[length - 1]));
            }
        }
        return Optional.empty();
    }

    /**
     * The index of the word after the word at {@code at}: the next token, or the one after a hyphen or an apostrophe
     * that glues them. The apostrophe only before an "s", so that a phrase may hold an English possessive as a word "s"
     * ("new year s day" for "New Year's Day"); a shorter phrase still matches the word before it ("today's").
     */
    private static int nextWord(Tokens tokens, int at) {
        boolean glued = tokens.touchesPrevious(at + 1) && tokens.touchesPrevious(at + 2);
        boolean hyphen = glued && tokens.isSymbol(at + 1, "-");
        boolean possessive = glued && tokens.isSymbol(at + 1, "'") && tokens.isWord(at + 2) && tokens.get(at + 2).text().equals("s");
        return hyphen || possessive ? at + 2 : at + 1;
    }

    /** Whether a phrase of this table starts at {@code index}. */
    boolean matches(Tokens tokens, int index) {
        return match(tokens, index).isPresent();
    }

    /** The first word of every phrase: a word outside them starts none. */
    Set<String> firstWords() {
        return firstWords;
    }

    /** Whether a one-word phrase equals {@code word} (lower case). */
    boolean containsWord(String word) {
        return phrases.containsKey(List.of(word));
    }

    Optional<V> get(String word) {
        return Optional.ofNullable(phrases.get(List.of(word)));
    }
}
