package org.faqbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Month names misspelt by one letter: one letter left out, added or changed, or two neighbouring
 * letters swapped ("decmber", "febuary", "septmber", "decmeber"). Only names of at least
 * {@value #MIN_LETTERS} letters are corrected: shorter names ("mei", "juni", "may") are one letter from too
 * many everyday words. A misspelling has that length too, or one letter less when a letter of a five-letter name
 * is left out ("mrch", "aprl"): such a four-letter word is one letter from no other name, and those that are real
 * words ("arch", "maar") are blocked. A real word that happens to be one letter from a month ("match", "maar",
 * "kaart") is listed as a blocker and never corrected; a word one letter from two months is not guessed.
 */
final class MonthTypos {

    /** The shortest month name that is corrected. */
    static final int MIN_LETTERS = 5;
    /** The shortest misspelling: a five-letter name with a letter left out ("mrch"). */
    private static final int MIN_TYPO_LETTERS = MIN_LETTERS - 1;

    private final Map<String, Integer> names;
    /**
     * The names by length, for the lengths a one-letter typo can have: every word of five or more letters
     * of every message is checked (the date matchers' gate), so this is a loop over a few names, not a stream.
     */
    private final List<List<Map.Entry<String, Integer>>> namesByLength;
    private final Set<String> blockers;

    private MonthTypos(Map<String, Integer> names, Set<String> blockers) {
        // Hash collections: every long word of every text read for dates is looked up, and Map.copyOf's probing was slower.
        this.names = Collections.unmodifiableMap(new HashMap<>(names));
        this.blockers = Collections.unmodifiableSet(new HashSet<>(blockers));
        int longest = names.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<List<Map.Entry<String, Integer>>> byLength = new ArrayList<>();
        for (int length = 0; length <= longest + 1; length++) {
            byLength.add(new ArrayList<>());
        }
        names.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> byLength.get(entry.getKey().length()).add(entry));
        this.namesByLength = byLength.stream().map(List::copyOf).toList();
    }

    /**
     * @param monthByName every month form of the language, lower case, with its month number
     * @param blockers    real words one letter from a month name, lower case
     */
    static MonthTypos of(Map<String, Integer> monthByName, Collection<String> blockers) {
        Map<String, Integer> longNames = monthByName.entrySet().stream()
                .filter(entry -> entry.getKey().length() >= MIN_LETTERS)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new MonthTypos(longNames, Set.copyOf(blockers));
    }

    /**
     * The month that lower-case {@code word} misspells; empty for a correct name (the vocabulary reads
     * those), a blocked word, or a word one letter from two different months.
     */
    Optional<Integer> monthOf(String word) {
        if (word.length() < MIN_TYPO_LETTERS || names.containsKey(word) || blockers.contains(word)) {
            return Optional.empty();
        }
        Integer month = null;
        for (int length = word.length() - 1; length <= word.length() + 1 && length < namesByLength.size(); length++) {
            for (Map.Entry<String, Integer> name : namesByLength.get(length)) {
                if (oneEditApart(word, name.getKey())) {
                    if (month != null && !month.equals(name.getValue())) {
                        return Optional.empty();
                    }
                    month = name.getValue();
                }
            }
        }
        return Optional.ofNullable(month);
    }

    /** Whether {@code a} becomes {@code b} by one insertion, deletion, substitution or swap of neighbours. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int first = 0;
        while (first < a.length() && first < b.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        // Compared in place: every long word of every message is compared with several month names.
        if (a.length() != b.length()) {
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            return longer.regionMatches(first + 1, shorter, first, shorter.length() - first);
        }
        boolean substituted = a.regionMatches(first + 1, b, first + 1, a.length() - first - 1);
        boolean swapped = first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first) && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
        return substituted || swapped;
    }
}
