package org.faqbot.dialog;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;

/**
 * "And how do I download an invoice?" after an answer about a key's expiry: a whole question behind the "and" that opens
 * it, which points back at nothing and names things the title of the last answer's entry does not. The "and" only strings it
 * on to the conversation, so it is searched alone; read with that entry's words it finds that entry again, confidently.
 * "And what about guests?", "and if it was a month later?", "en de mijne?" and "and how do I renew it?" stay follow-ups:
 * they are no whole question, or point back.
 */
final class OwnQuestion {

    /** An opener that strings a question on, then the question word or verb a whole question starts with. */
    private static final Pattern WHOLE = Pattern.compile(
            "^(?:and|but|also|so|or|en|maar|ook|dus|of) (?:how|what|where|when|who|why|which|can|could|do|does|did|is|are"
            + "|should|may|will|would|must|hoe|wat|waar|wanneer|wie|waarom|welke|hoeveel|kan|kun|kunnen|mag|moet|moeten|wordt"
            + "|worden|zal|zijn)\\b(?! (?:about|if|als|met|van)\\b)");
    /** How many of its own words a question needs to name a topic: one ("cost", "renew") may still be the last one's. */
    private static final int OWN_WORDS = 2;
    /** Words compared by their start, so that "renew" is the topic's "renewal" and "factuur" its "facturen". */
    private static final int STEM = 5;

    private OwnQuestion() {
    }

    /**
     * Whether {@code text} is a whole question of its own after "and", with at least two words that are neither
     * {@code stopWords} nor in {@code topic} (the last answer's entry's title). {@code pointsBack} finds "it", "that", "daar".
     */
    static boolean standsApart(String text, String topic, Set<String> stopWords, Pattern pointsBack) {
        String words = Normalized.words(text);
        if (!WHOLE.matcher(words).find() || pointsBack.matcher(words).find()) {
            return false;
        }
        Set<String> known = new HashSet<>();
        for (String word : Normalized.words(topic).split(" ")) {
            known.add(stem(word));
        }
        long own = Arrays.stream(words.split(" "))
                .filter(w -> w.length() > 2 && !stopWords.contains(w) && w.chars().noneMatch(Character::isDigit))
                .map(OwnQuestion::stem).distinct().filter(w -> !known.contains(w)).count();
        return own >= OWN_WORDS;
    }

    private static String stem(String word) {
        return word.length() > STEM ? word.substring(0, STEM) : word;
    }
}
