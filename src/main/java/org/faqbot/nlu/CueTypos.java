package org.faqbot.nlu;

import java.util.ArrayList;
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
final class CueTypos {

    /** The shortest cue, and misspelling, that is corrected. */
    static final int MIN_LETTERS = 6;
    private static final int SAME_START = 2;
    private static final Map<Lang, List<String>> ENDINGS = Map.of(
            Lang.EN, List.of("s", "es", "d", "ed", "ing"),
            Lang.NL, List.of("en", "n", "s", "e", "t"));
    /** Words one letter from a cue of rules.json ("verloren" from "verlopen", "weken" from "werken"). */
    private static final Set<String> REAL_WORDS = Set.of(
            "verloren", "verkopen", "verkoopt", "verlies", "verliest", "verliezen", "verlenen", "verlening", "vervangen",
            "weken", "werden", "werkers", "gebruiker", "gebruikers", "beginnen", "aangenomen", "besteden", "bestemde",
            "gezochte", "leading", "express", "stated", "issue", "issues", "issuer", "staats");

    private CueTypos() {
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

    /** The spans of the words of {@link Normalized} text that misspell the {@link #correctable} {@code cue}. */
    static List<int[]> spans(String normalized, String cue, Lang lang) {
        List<int[]> found = new ArrayList<>();
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
            if (misspells(normalized.substring(at, end), cue, lang)) {
                found.add(new int[] {at, end});
            }
            at = end;
        }
        return found;
    }

    private static boolean misspells(String word, String cue, Lang lang) {
        if (word.length() < MIN_LETTERS - 1 || word.startsWith(cue) || !word.regionMatches(0, cue, 0, SAME_START)
                || REAL_WORDS.contains(word)) {
            return false;
        }
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
}
