package org.faqbot.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faqbot.kb.Lang;

/**
 * Words of a message that are a rule's cue misspelt by one letter ("benfits", "redem", "inwiselen"): one letter left
 * out, added or changed, or two neighbours swapped ({@link MonthTypos#oneEditApart}, the month names' test), after an
 * inflection the cue itself would take ("benfits" is "benefit" and "s"). As with months and the search's typos, only
 * longer cues are corrected: a short one ("key", "valid") is one letter from too many words. The first two letters must
 * be as typed ("unable" is no "usable"), and real words one letter from a cue are listed and never corrected.
 */
public final class CueTypos {

    /** The shortest cue, and misspelling, that is corrected. */
    static final int MIN_LETTERS = 6;
    private static final int SAME_START = 2;
    private static final Map<Lang, List<String>> ENDINGS = Map.of(
            Lang.EN, List.of("s", "es", "d", "ed", "ing"),
            Lang.NL, List.of("en", "n", "s", "e", "t"));
    private static final int LONGEST_ENDING = 3;
    /** Words one letter from a cue of rules.json ("verloren" from "verlopen", "weken" from "werken"). */
    private static final Set<String> REAL_WORDS = Set.of(
            "verloren", "verkopen", "verkoopt", "verlies", "verliest", "verliezen", "verlenen", "verlening", "vervangen",
            "weken", "werden", "werkers", "gebruiker", "gebruikers", "beginnen", "aangenomen", "besteden", "bestemde",
            "gezochte", "leading", "express", "stated", "issue", "issues", "issuer", "staats");

    private CueTypos() {
    }

    /**
     * The words that open a question for a date, a way or a span ("when", "until", "hoe", "wanneer"), whose misspellings
     * ("untill", "wen") the dialog reads as the words ({@code EndTypos}): without them a question reads as a statement.
     */
    public static Set<String> questionWords() {
        return QuestionWords.WH_WORDS;
    }

    /** Whether {@code cue} is long enough, and one word, to be looked for misspelt. */
    static boolean correctable(String cue) {
        if (cue.length() < MIN_LETTERS) {
            return false;
        }
        for (int i = 0; i < cue.length(); i++) {
            if (!Character.isLetter(cue.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The spans of the words of {@link Normalized} text that misspell the {@link #correctable} {@code cue}, over words
     * found once for all the cues looked for in that text.
     */
    static List<int[]> spans(Words words, String cue, Lang lang) {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < words.count(); i++) {
            int at = words.starts[i];
            int length = words.ends[i] - at;
            // Cheap tests before the word is cut out: a misspelling starts as the cue does and is at most one letter
            // and the longest ending longer or one letter shorter.
            if (length < MIN_LETTERS - 1 || length < cue.length() - 1 || length > cue.length() + 1 + LONGEST_ENDING
                    || !words.text.regionMatches(at, cue, 0, SAME_START)) {
                continue;
            }
            if (misspells(words.text.substring(at, words.ends[i]), cue, lang)) {
                found.add(new int[] {at, words.ends[i]});
            }
        }
        return found;
    }

    private static boolean misspells(String word, String cue, Lang lang) {
        // Its length and first letters were checked by the caller. The edits first: few words are one edit from the cue,
        // and the look-up of a real word hashed every word cut out for every cue.
        return oneEditFrom(word, cue, lang) && !word.startsWith(cue) && !REAL_WORDS.contains(word);
    }

    /** Whether {@code word}, or it without one of {@code lang}'s endings, is one edit from {@code cue}. */
    private static boolean oneEditFrom(String word, String cue, Lang lang) {
        if (MonthTypos.oneEditApart(word, cue)) {
            return true;
        }
        for (String ending : ENDINGS.get(lang)) {
            int stem = word.length() - ending.length();
            if (stem >= MIN_LETTERS - 1 && word.endsWith(ending) && MonthTypos.oneEditApart(word.substring(0, stem), cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The letter runs of a normalized text, found once: a message is looked at for some forty cues, and cutting every
     * word out of it for each was a tenth of a reply that needed no encoder.
     */
    static final class Words {
        private final String text;
        private final int[] starts;
        private final int[] ends;
        private final int count;

        private Words(String text, int[] starts, int[] ends, int count) {
            this.text = text;
            this.starts = starts;
            this.ends = ends;
            this.count = count;
        }

        static Words of(String normalized) {
            int[] starts = new int[8];
            int[] ends = new int[8];
            int count = 0;
            int at = 0;
            while (at < normalized.length()) {
                if (!Character.isLetter(normalized.charAt(at))) {
                    at++;
                    continue;
                }
                int end = at;
                while (end < normalized.length() && Character.isLetter(normalized.charAt(end))) {
                    end++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = at;
                ends[count++] = end;
                at = end;
            }
            return new Words(normalized, starts, ends, count);
        }

        int count() {
            return count;
        }
    }
}
