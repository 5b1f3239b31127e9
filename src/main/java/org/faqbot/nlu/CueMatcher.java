package org.faqbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.faqbot.kb.Lang;

/**
 * Finds lower-case cues in {@link Normalized} text. A cue must start at a word start; in Dutch it may
 * also sit inside a word, because Dutch writes compounds as one word ("licentiesleutel" holds
 * "sleutel", "gebruikerstoewijzing" holds "toewijzing"), while in English "key" must not match
 * "monkey". A cue with a gap ("opnieuw … toewijz") is found when its parts stand in that order in one clause:
 * Dutch puts words between an adverb and its verb ("opnieuw aan een collega toewijzen"). The rules' words may
 * also be found misspelt ({@link #containsAnyNear}; see {@link CueTypos}).
 */
public final class CueMatcher {

    /** What stands between the parts of a cue with a gap. */
    public static final String GAP = " … ";
    private static final int MIN_INNER_CUE = 5;
    private static final String CLAUSE_MARKS = ".,;:!?";
    /**
     * The parts of each cue with a gap, cut once: the cues are the rules' and the readers' own words, a few hundred, and
     * cutting them again for every message was a thirtieth of a reply. Keyed by cue, never by message.
     */
    private static final Map<String, List<String>> PARTS = new ConcurrentHashMap<>();
    private static final int MAX_KEPT_CUES = 2_000;

    private CueMatcher() {
    }

    public static boolean contains(String normalized, String cue, Lang lang) {
        if (cue.contains(GAP)) {
            return gapFind(normalized, parts(cue), lang);
        }
        // Asked for every cue of every intent per message: stops at the first find and builds no list.
        String word = wordOf(cue);
        for (int at = normalized.indexOf(word); at >= 0; at = normalized.indexOf(word, at + 1)) {
            if (acceptable(normalized, cue, at, lang) && endsWord(normalized, cue, word, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cue that ends in a space ("vs ") is a whole word: found before the space it names and also before punctuation that
     * ends a word or at the text's end ("activate VS?"), where no space follows.
     */
    private static String wordOf(String cue) {
        return cue.length() > 1 && cue.endsWith(" ") && !cue.isBlank() ? cue.substring(0, cue.length() - 1) : cue;
    }

    private static boolean endsWord(String text, String cue, String word, int at) {
        if (word.length() == cue.length()) {
            return true;
        }
        int after = at + word.length();
        // A hyphen, dot or slash joins the word to more ("vs-abonnement", "vs."): cues of their own name those.
        return after >= text.length() || text.charAt(after) == ' '
                || !Character.isLetterOrDigit(text.charAt(after)) && "-./".indexOf(text.charAt(after)) < 0;
    }

    /** The offsets at which {@code cue} occurs, in text order. */
    public static List<Integer> positions(String normalized, String cue, Lang lang) {
        List<Integer> found = new ArrayList<>();
        if (cue.contains(GAP)) {
            gapSpans(normalized, cue, lang).forEach(span -> found.add(span[0]));
            return found;
        }
        String word = wordOf(cue);
        for (int at = normalized.indexOf(word); at >= 0; at = normalized.indexOf(word, at + 1)) {
            if (acceptable(normalized, cue, at, lang) && endsWord(normalized, cue, word, at)) {
                found.add(at);
            }
        }
        return found;
    }

    /**
     * True when one of {@code cues} occurs as {@link #contains} finds it or, failing that for all, a word of the text
     * misspells one by a letter ("benfits" for "benefit"): for the rules' things and verbs, which chat writers mistype.
     * The exact finds come first, and the text's words are found once for all the misspellings.
     */
    public static boolean containsAnyNear(String normalized, List<String> cues, Lang lang) {
        for (String cue : cues) {
            if (contains(normalized, cue, lang)) {
                return true;
            }
        }
        CueTypos.Words words = null;
        for (String cue : cues) {
            if (CueTypos.correctable(cue)) {
                words = words == null ? CueTypos.Words.of(normalized) : words;
                if (!CueTypos.spans(words, cue, lang).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The spans (start and end) at which {@code cue} occurs, in text order. */
    public static List<int[]> spans(String normalized, String cue, Lang lang) {
        if (cue.contains(GAP)) {
            return gapSpans(normalized, cue, lang);
        }
        List<int[]> found = new ArrayList<>();
        String word = wordOf(cue);
        for (int at = normalized.indexOf(word); at >= 0; at = normalized.indexOf(word, at + 1)) {
            if (acceptable(normalized, cue, at, lang) && endsWord(normalized, cue, word, at)) {
                found.add(new int[] {at, Math.min(at + cue.length(), normalized.length())});
            }
        }
        return found;
    }

    /** Each first part's find with the nearest finds of the next parts after it in the same clause, start to end. */
    private static List<int[]> gapSpans(String normalized, String cue, Lang lang) {
        List<String> parts = parts(cue);
        List<int[]> found = new ArrayList<>();
        if (normalized.indexOf(parts.get(0)) < 0) {
            return found;
        }
        for (int start : positions(normalized, parts.get(0), lang)) {
            int end = start + parts.get(0).length();
            for (int i = 1; i < parts.size() && end >= 0; i++) {
                end = nextInClause(normalized, parts.get(i), end, lang);
            }
            if (end >= 0) {
                found.add(new int[] {start, end});
            }
        }
        return found;
    }

    /** Whether {@link #gapSpans} finds any span, without building them: the first part's first find that has all the others. */
    private static boolean gapFind(String normalized, List<String> parts, Lang lang) {
        String first = parts.get(0);
        for (int at = normalized.indexOf(first); at >= 0; at = normalized.indexOf(first, at + 1)) {
            if (!acceptable(normalized, first, at, lang)) {
                continue;
            }
            int end = at + first.length();
            for (int i = 1; i < parts.size() && end >= 0; i++) {
                end = nextInClause(normalized, parts.get(i), end, lang);
            }
            if (end >= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> parts(String cue) {
        List<String> parts = PARTS.get(cue);
        if (parts == null) {
            parts = cut(cue);
            // A caller may look for a message's own words as cues; those are not kept.
            if (PARTS.size() < MAX_KEPT_CUES) {
                PARTS.put(cue, parts);
            }
        }
        return parts;
    }

    /** The parts of a cue with gaps; cut by hand, as {@code String.split} compiles a pattern for a separator of three characters. */
    private static List<String> cut(String cue) {
        List<String> parts = new ArrayList<>(2);
        int from = 0;
        for (int gap = cue.indexOf(GAP); gap >= 0; gap = cue.indexOf(GAP, from)) {
            parts.add(cue.substring(from, gap));
            from = gap + GAP.length();
        }
        parts.add(cue.substring(from));
        return List.copyOf(parts);
    }

    /** The end of the first find of {@code part} at or after {@code from} before the clause ends; -1 for none. */
    private static int nextInClause(String normalized, String part, int from, Lang lang) {
        for (int at = normalized.indexOf(part, from); at >= 0; at = normalized.indexOf(part, at + 1)) {
            if (acceptable(normalized, part, at, lang)) {
                return endsClause(normalized, from, at) ? -1 : at + part.length();
            }
        }
        return -1;
    }

    private static boolean endsClause(String normalized, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_MARKS.indexOf(normalized.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptable(String text, String cue, int at, Lang lang) {
        boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
        return wordStart || (lang == Lang.NL && cue.length() >= MIN_INNER_CUE && Character.isLetter(cue.charAt(0)));
    }
}
