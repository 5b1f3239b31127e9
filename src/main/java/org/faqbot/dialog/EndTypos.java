package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.RuleBook;

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
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Real words, in both languages, one letter from an end cue. */
    private static final Set<String> BLOCKERS = Set.of(
            "empires", "stepped", "shopped", "stooped", "topped", "stopper", "slopped", "swopped",
            "verkoopt", "verloop", "verkopen", "verloren", "verliet", "verlies", "vervult", "verval", "vervalst", "gestort",
            "gestapt", "gestipt");

    private final List<String> cues;

    private EndTypos(List<String> cues) {
        this.cues = List.copyOf(cues);
    }

    /** The end cues of every rule of {@code book}, both languages. */
    static EndTypos of(RuleBook book) {
        return new EndTypos(book.rules().stream()
                .flatMap(rule -> EndCues.bothLanguages(rule.spec().end()::cues))
                .filter(cue -> cue.length() >= MIN_CUE_LETTERS && WORD.matcher(cue).matches())
                .distinct().toList());
    }

    /** {@code text} with each misspelt end word replaced by the cue it misspells; the text itself when it has none. */
    String corrected(String text) {
        Matcher words = WORD.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (words.find()) {
            Optional<String> cue = cueOf(Normalized.of(words.group()));
            if (cue.isPresent()) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, words.start()).append(cue.get());
                copied = words.end();
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
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

    /** Whether {@code a} becomes {@code b} by one insertion, deletion, substitution or swap of neighbours. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        String restA = a.substring(start);
        String restB = b.substring(start);
        if (a.length() != b.length()) {
            return restA.length() > restB.length() ? restA.substring(1).equals(restB) : restB.substring(1).equals(restA);
        }
        boolean substituted = restA.substring(1).equals(restB.substring(1));
        boolean swapped = restA.length() >= 2 && restA.charAt(0) == restB.charAt(1) && restA.charAt(1) == restB.charAt(0)
                && restA.substring(2).equals(restB.substring(2));
        return substituted || swapped;
    }
}
