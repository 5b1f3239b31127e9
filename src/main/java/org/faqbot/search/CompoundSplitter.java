package org.faqbot.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits Dutch compounds into known parts: {@code gebruikerstoewijzing} into {@code gebruiker} +
 * {@code toewijzing}, {@code licentiesleutel} into {@code licentie} + {@code sleutel}. Dutch writes
 * compounds as one word where English writes two, so without this a question about a
 * "sleutel" misses an answer about a "licentiesleutel".
 *
 * <p>A word is split only when it can be covered completely by dictionary forms of at least
 * {@value #MIN_PART_LENGTH} letters, optionally joined by a linking morpheme ("s", "en"); the cover
 * with the fewest parts wins. Covering the whole word, rather than spotting dictionary words anywhere
 * inside it as Lucene's {@code DictionaryCompoundWordTokenFilter} does, keeps "voordelen" from
 * yielding "delen". The dictionary is the knowledge base's own Dutch vocabulary (so it grows with the
 * knowledge base), each word's stem, and a short hand list of compound heads that rarely stand alone.
 * Immutable and thread-safe.
 */
public final class CompoundSplitter {

    public static final int MIN_PART_LENGTH = 4;

    /** Linking morphemes between compound parts: "gebruiker-s-toewijzing", "pann-en-koek". */
    private static final List<String> LINKS = List.of("", "s", "en");

    private final Map<String, String> stemByForm;

    /**
     * @param stemByForm dictionary forms (lower case, without diacritics) mapped to the stem a part is
     *                   emitted as; forms shorter than {@value #MIN_PART_LENGTH} are ignored
     */
    public CompoundSplitter(Map<String, String> stemByForm) {
        Map<String, String> copy = new HashMap<>();
        stemByForm.forEach((form, stem) -> {
            if (form.length() >= MIN_PART_LENGTH) {
                copy.put(form, stem);
            }
        });
        this.stemByForm = Map.copyOf(copy);
    }

    public static CompoundSplitter empty() {
        return new CompoundSplitter(Map.of());
    }

    int dictionarySize() {
        return stemByForm.size();
    }

    /**
     * The stems of {@code word}'s parts, outermost first, when it is a compound of two or more known
     * parts; empty otherwise. {@code word} is lower case without diacritics.
     */
    public Optional<List<String>> split(String word) {
        if (word.length() < 2 * MIN_PART_LENGTH) {
            return Optional.empty();
        }
        Map<Integer, List<String>> memo = new HashMap<>();
        List<String> best = null;
        // The first part ends before the word does: the word itself is usually in the dictionary too.
        for (int end = word.length() - MIN_PART_LENGTH; end >= MIN_PART_LENGTH; end--) {
            String stem = stemByForm.get(word.substring(0, end));
            if (stem != null) {
                best = shorter(best, withRest(word, end, stem, memo));
            }
        }
        return Optional.ofNullable(best);
    }

    /** The fewest dictionary parts covering {@code word} from {@code start}, or null when none does. */
    private List<String> cover(String word, int start, Map<Integer, List<String>> memo) {
        if (memo.containsKey(start)) {
            return memo.get(start);
        }
        List<String> best = null;
        for (int end = word.length(); end >= start + MIN_PART_LENGTH; end--) {
            String stem = stemByForm.get(word.substring(start, end));
            if (stem != null) {
                best = shorter(best, withRest(word, end, stem, memo));
            }
        }
        memo.put(start, best);
        return best;
    }

    private List<String> withRest(String word, int end, String stem, Map<Integer, List<String>> memo) {
        if (end == word.length()) {
            return List.of(stem);
        }
        List<String> best = null;
        for (String link : LINKS) {
            if (word.startsWith(link, end)) {
                List<String> rest = cover(word, end + link.length(), memo);
                if (rest != null) {
                    List<String> parts = new ArrayList<>(rest.size() + 1);
                    parts.add(stem);
                    parts.addAll(rest);
                    best = shorter(best, parts);
                }
            }
        }
        return best;
    }

    private static List<String> shorter(List<String> a, List<String> b) {
        if (a == null) {
            return b;
        }
        return b != null && b.size() < a.size() ? b : a;
    }
}
