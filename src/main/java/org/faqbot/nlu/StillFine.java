package org.faqbot.nlu;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Still ok?", "nog goed?", "werkt hij nog?" at the end of a clause: chat writers' way of asking whether a thing is
 * still valid. Alone, "ok" or "fine" answers or thanks, so only after "still" / "nog" (or as "werkt ... nog") do
 * these words ask; the rules' cues know "valid" / "geldig", so a clause that asks this way is weighed as if it said
 * that ({@link #asValid}).
 */
public final class StillFine {

    /** Words that, after "still" or "nog", ask whether a thing is valid; "good", "goed" are states of their own already. */
    static final Set<String> WORDS = Set.of("ok", "okay", "oke", "oké", "okey", "fine", "prima", "good", "goed", "alright");

    // Folded text (Normalized): "oké" is "oke" there. The clause must end after the word, so "still ok to redeem?" asks
    // something else; "werkt (hij) nog" says the thing still works, the Dutch "nog geldig".
    private static final Pattern STILL_FINE = Pattern.compile(
            "\\b(?:still|nog(?: steeds)?|nog altijd) (?:ok|okay|oke|okey|fine|prima|good|goed|alright)(?=\\s*(?:[?!.,;]|$))");
    private static final Pattern STILL_WORKS = Pattern.compile(
            "\\bwerkt(?: (?:ie|hij|die|het|ze|deze))? nog(?: steeds| wel)?(?=\\s*(?:[?!.,;]|$))");

    private StillFine() {
    }

    /**
     * {@code normalized} with each clause-final "still ok" / "nog prima" / "werkt hij nog" said as "still valid" /
     * "nog geldig", for weighing the rules' cues; the text is not for offsets.
     */
    public static String asValid(String normalized) {
        if (!normalized.contains("nog") && !normalized.contains("still")) {
            // Both patterns need one of these words, and most messages have neither.
            return normalized;
        }
        String valid = STILL_FINE.matcher(normalized).replaceAll(m -> m.group().startsWith("still") ? "still valid" : "nog geldig");
        return STILL_WORKS.matcher(valid).replaceAll("nog geldig");
    }

    /** Whether a clause's words end in "werkt (hij) nog": the thing still works, asked with a question mark. */
    static boolean stillWorks(List<String> words) {
        int n = words.size();
        return n >= 2 && "nog".equals(words.get(n - 1))
                && ("werkt".equals(words.get(n - 2)) || n >= 3 && "werkt".equals(words.get(n - 3)));
    }
}
