package org.faqbot.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    /** The longest dictionary form: no part is longer, so a long word costs time in proportion to its length. */
    private final int longestForm;
    /** The first {@value #MIN_PART_LENGTH} letters of every form: most starts in a long word begin none, and cost one look-up. */
    private final Set<String> openings;
    /** Words that parts cover but that are no compounds: names and English terms ({@link WholeWords}). */
    private final Set<String> whole;

    /**
     * @param stemByForm dictionary forms (lower case, without diacritics) mapped to the stem a part is
     *                   emitted as; forms shorter than {@value #MIN_PART_LENGTH} are ignored
     */
    public CompoundSplitter(Map<String, String> stemByForm) {
        this(stemByForm, Set.of());
    }

    /**
     * @param stemByForm as above
     * @param whole      words (and stems) never split, though parts cover them
     */
    public CompoundSplitter(Map<String, String> stemByForm, Set<String> whole) {
        this.whole = Set.copyOf(whole);
        Map<String, String> copy = new HashMap<>();
        stemByForm.forEach((form, stem) -> {
            if (form.length() >= MIN_PART_LENGTH) {
                copy.put(form, stem);
            }
        });
        this.stemByForm = Map.copyOf(copy);
        this.longestForm = copy.keySet().stream().mapToInt(String::length).max().orElse(0);
        // A HashSet: every start of every word split is looked up, and the immutable set's probing was slower.
        Set<String> starts = new java.util.HashSet<>();
        copy.keySet().forEach(form -> starts.add(form.substring(0, MIN_PART_LENGTH)));
        this.openings = java.util.Collections.unmodifiableSet(starts);
    }

    public static CompoundSplitter empty() {
        return new CompoundSplitter(Map.of());
    }

    int dictionarySize() {
        return stemByForm.size();
    }

    /**
     * The stems of {@code word}'s parts, outermost first, when it is a compound of two or more known
     * parts; empty otherwise. {@code word} is lower case without diacritics. Takes time linear in the
     * word's length: no part is longer than the longest dictionary form.
     */
    public Optional<List<String>> split(String word) {
        if (word.length() < 2 * MIN_PART_LENGTH || whole.contains(word)) {
            return Optional.empty();
        }
        boolean[] reachable = reachable(word);
        if (!reachable[word.length()]) {
            return Optional.empty();
        }
        Covers covers = new Covers(word);
        for (int start = word.length() - 1; start > 0; start--) {
            if (reachable[start]) {
                cover(covers, start, word.length());
            }
        }
        // The first part ends before the word does: the word itself is usually in the dictionary too.
        cover(covers, 0, word.length() - MIN_PART_LENGTH);
        return covers.parts[0] == 0 ? Optional.empty() : Optional.of(covers.stems(stemByForm));
    }

    /**
     * The starts a chain of dictionary parts and links from the word's beginning reaches; the word is a
     * compound when its end is one. Most words are none, and most starts of a compound are never reached,
     * so this pass from the front spares the covers of the starts that cannot matter.
     */
    private boolean[] reachable(String word) {
        int length = word.length();
        boolean[] reached = new boolean[length + 1];
        reached[0] = true;
        for (int start = 0; start < length; start++) {
            if (!reached[start] || start + MIN_PART_LENGTH > length || !openings.contains(word.substring(start, start + MIN_PART_LENGTH))) {
                continue;
            }
            int lastEnd = start == 0 ? length - MIN_PART_LENGTH : length;
            for (int end = start + MIN_PART_LENGTH; end <= Math.min(lastEnd, start + longestForm); end++) {
                if (!stemByForm.containsKey(word.substring(start, end))) {
                    continue;
                }
                for (String link : LINKS) {
                    int next = end + link.length();
                    if (word.startsWith(link, end) && (next < length || link.isEmpty())) {
                        reached[next] = true;
                    }
                }
            }
        }
        return reached;
    }

    /**
     * The fewest dictionary parts covering {@code word} from {@code start}, the first of them ending at
     * {@code lastEnd} at most, recorded in {@code covers}. Among covers of as few parts the one with the
     * longest first part wins, then the link in {@link #LINKS}' order: the covers each later start has
     * are already recorded.
     */
    private void cover(Covers covers, int start, int lastEnd) {
        String word = covers.word;
        if (start + MIN_PART_LENGTH > word.length() || !openings.contains(word.substring(start, start + MIN_PART_LENGTH))) {
            return;
        }
        for (int end = Math.min(lastEnd, start + longestForm); end >= start + MIN_PART_LENGTH; end--) {
            if (!stemByForm.containsKey(word.substring(start, end))) {
                continue;
            }
            if (end == word.length()) {
                covers.offer(start, end, end, 1);
                continue;
            }
            for (String link : LINKS) {
                int next = end + link.length();
                if (word.startsWith(link, end) && covers.parts[next] > 0) {
                    covers.offer(start, end, next, covers.parts[next] + 1);
                }
            }
        }
    }

    /**
     * For each start in a word, the fewest parts that cover the rest of it (0: none does), where the first
     * of them ends and where the next one starts. Arrays rather than lists of parts: a long word of many
     * short parts would otherwise copy each start's list into the one before it.
     */
    private static final class Covers {
        final String word;
        final int[] parts;
        final int[] partEnd;
        final int[] nextStart;

        Covers(String word) {
            this.word = word;
            this.parts = new int[word.length() + 1];
            this.partEnd = new int[word.length() + 1];
            this.nextStart = new int[word.length() + 1];
        }

        /** Takes the cover unless {@code start} has one of as few parts already. */
        void offer(int start, int end, int next, int count) {
            if (parts[start] == 0 || count < parts[start]) {
                parts[start] = count;
                partEnd[start] = end;
                nextStart[start] = next;
            }
        }

        List<String> stems(Map<String, String> stemByForm) {
            List<String> stems = new ArrayList<>(parts[0]);
            for (int start = 0; start < word.length(); start = nextStart[start]) {
                stems.add(stemByForm.get(word.substring(start, partEnd[start])));
            }
            return stems;
        }
    }
}
