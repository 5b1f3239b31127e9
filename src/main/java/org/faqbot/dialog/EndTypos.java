package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.CueTypos;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.RuleBook;
import org.faqbot.search.WordLists;

/**
 * The end words of the rules' things ({@link org.faqbot.rules.RuleEnd}'s cues: "expired", "verlopen", "vervalt")
 * misspelt by one letter, one left out, added or changed, or two neighbours swapped ("has it expird?", "is hij al
 * verlopn?", "exipred"), spelt right again before a question is read, so that the end is read as if written so.
 * Only one-word cues of at least {@value #MIN_CUE_LETTERS} letters are corrected, into words of at least
 * {@value #MIN_WORD_LETTERS}: shorter ones ("ends", "dies") are one letter from too many words. Real words one
 * letter from a cue ("verkopen", "verloren", "stepped") are blockers and never corrected, as months' are
 * ({@code org.faqbot.nlu.MonthTypos}).
 */
final class EndTypos {

    static final int MIN_CUE_LETTERS = 7;
    static final int MIN_WORD_LETTERS = 6;
    static final int MIN_SHORT_LETTERS = 3;
    /** The longest word read as a short word misspelt: "wanneer" and a letter. */
    private static final int LONGEST_SHORT_TYPO = 8;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A preposition among the question words that asks nothing by itself: "pet" is no "per". */
    private static final Set<String> NOT_ASKING = Set.of("per");
    private static final List<String> FUNCTION_WORD_LISTS = List.of("stopwords-nl.txt", "stopwords-en.txt", "light-words-nl.txt",
            "light-words-en.txt");
    /** Real words, in both languages, one letter from an end cue or a short word ("ken" from "key", "were" from "where"). */
    private static final Set<String> BLOCKERS = Set.of("ken", "kei", "keg", "kes", "were", "wil", "wit", "whom", "hoi", "wet",
            "wel", "empires", "stepped", "shopped", "stooped", "topped", "stopper", "slopped", "swopped",
            "verkoopt", "verloop", "verkopen", "verloren", "verliet", "verlies", "vervult", "verval", "vervalst", "gestort",
            "gestapt", "gestipt");

    private final List<String> cues;
    /**
     * The short words a date question hangs on: the question words ("until", "when", "hoe") and the words of the rules'
     * things and cues ("key", "valid", "sleutel"), corrected from {@value #MIN_SHORT_LETTERS} letters ("untill", "wen",
     * "kee") where the typo is no word of {@link #known}.
     */
    private final List<String> shortWords;
    /** The words of the knowledge base and the rule book: a real word ("wel", "was") is never a short word misspelt. */
    private final Set<String> known;

    private EndTypos(List<String> cues, List<String> shortWords, Set<String> known) {
        this.cues = List.copyOf(cues);
        this.shortWords = List.copyOf(shortWords);
        this.known = Set.copyOf(known);
    }

    /** The end cues of every rule of {@code book}, both languages. */
    static EndTypos of(RuleBook book) {
        return new EndTypos(endCues(book), List.of(), Set.of());
    }

    /**
     * The end cues, and the short words of a date question: the question words and the one-word things, objects and
     * cues of every rule of {@code book}, both languages, misspelt in words that {@code known} does not have.
     */
    static EndTypos of(RuleBook book, Set<String> known) {
        Set<String> shortWords = new LinkedHashSet<>();
        // The things only: the rules' verbs and objects ("work", "renew") are one letter from too many words ("word").
        book.rules().forEach(rule -> EndCues.bothLanguages(rule.spec().end()::things).forEach(shortWords::add));
        // Longer things are read misspelt where they are matched (CueTypos); the question words are short words at any length.
        shortWords.removeIf(word -> word.length() >= MIN_WORD_LETTERS);
        shortWords.addAll(CueTypos.questionWords());
        shortWords.removeIf(word -> word.length() < MIN_SHORT_LETTERS || !WORD.matcher(word).matches() || NOT_ASKING.contains(word));
        Set<String> real = new HashSet<>(known);
        real.addAll(shortWords);
        // The function words of both languages, which a small knowledge base's text may not have ("wel", "was").
        for (String list : FUNCTION_WORD_LISTS) {
            real.addAll(WordLists.load(list));
        }
        return new EndTypos(endCues(book), List.copyOf(shortWords), real);
    }

    private static List<String> endCues(RuleBook book) {
        return book.rules().stream()
                .flatMap(rule -> EndCues.bothLanguages(rule.spec().end()::cues))
                .filter(cue -> cue.length() >= MIN_CUE_LETTERS && WORD.matcher(cue).matches())
                .distinct().toList();
    }

    /** {@code text} with each misspelt end word replaced by the cue it misspells; the text itself when it has none. */
    String corrected(String text) {
        Matcher words = WORD.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (words.find()) {
            String word = Normalized.of(words.group());
            // "to Tom on 20 Oct": a capitalised word inside a sentence is a name, not "tot" misspelt.
            boolean name = Character.isUpperCase(words.group().charAt(0)) && !sentenceStart(text, words.start());
            Optional<String> cue = cueOf(word).or(() -> name ? Optional.empty() : shortWordOf(word));
            if (cue.isPresent()) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, words.start()).append(cue.get());
                copied = words.end();
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Whether the word at {@code at} starts the text or a sentence (after ".", "!", "?" or a line's end). */
    private static boolean sentenceStart(String text, int at) {
        int before = at - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t' || text.charAt(before) == '"')) {
            before--;
        }
        return before < 0 || ".!?\n\r:".indexOf(text.charAt(before)) >= 0;
    }

    /** The one cue lower-case {@code word} misspells; empty for a cue, a blocker or a word one letter from two cues. */
    private Optional<String> cueOf(String word) {
        if (word.length() < MIN_WORD_LETTERS || cues.contains(word) || BLOCKERS.contains(word)) {
            return Optional.empty();
        }
        List<String> near = new ArrayList<>();
        for (String cue : cues) {
            if (oneEditApart(word, cue)) {
                near.add(cue);
            }
        }
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }

    /**
     * The one short word lower-case {@code word} misspells, starting with the same letter ("untill" until, "wen" when,
     * "kee" key); empty for a word of the knowledge base or the rules, or one letter from two short words ("hou": how,
     * hoe). A word one letter longer may misspell a short word too: "untill" is "until" with a letter doubled.
     */
    private Optional<String> shortWordOf(String word) {
        if (shortWords.isEmpty() || word.length() < MIN_SHORT_LETTERS || word.length() > LONGEST_SHORT_TYPO || known.contains(word)
                || BLOCKERS.contains(word)) {
            return Optional.empty();
        }
        List<String> near = shortWords.stream().filter(w -> w.charAt(0) == word.charAt(0) && shortTypo(word, w)).toList();
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }

    /**
     * Whether {@code typed} misspells the short word {@code word} in the ways typing does and real words seldom are: a
     * letter left out ("wen", "wanner"), one doubled ("untill"), two neighbours swapped ("wehn"), or the last letter
     * changed ("kee"). A letter changed inside ("week" is no "welk") or added ("wheat" is no "what") is a word of its own
     * too often.
     */
    private static boolean shortTypo(String typed, String word) {
        if (!oneEditApart(typed, word)) {
            return false;
        }
        if (typed.length() < word.length()) {
            return true;
        }
        if (typed.length() > word.length()) {
            for (int i = 1; i < typed.length(); i++) {
                if (typed.charAt(i) == typed.charAt(i - 1) && (typed.substring(0, i) + typed.substring(i + 1)).equals(word)) {
                    return true;
                }
            }
            return false;
        }
        // One edit at the same length is a swap (two letters differ) or one letter changed.
        int last = word.length() - 1;
        return differences(typed, word) == 2 || typed.substring(0, last).equals(word.substring(0, last));
    }

    private static int differences(String a, String b) {
        int count = 0;
        for (int i = 0; i < a.length(); i++) {
            count += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return count;
    }

    /** Whether {@code a} becomes {@code b} by one insertion, deletion, substitution or swap of neighbours. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        // The rests compared in place: every word of every question is compared with each cue, and cutting them out was
        // most of the time.
        if (a.length() != b.length()) {
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            return longer.regionMatches(start + 1, shorter, start, shorter.length() - start);
        }
        boolean substituted = a.regionMatches(start + 1, b, start + 1, a.length() - start - 1);
        boolean swapped = start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
                && a.regionMatches(start + 2, b, start + 2, a.length() - start - 2);
        return substituted || swapped;
    }
}
