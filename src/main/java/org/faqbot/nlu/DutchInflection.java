package org.faqbot.nlu;

import java.util.HashSet;
import java.util.Set;

/**
 * Spots an English stem with a Dutch ending: an infinitive or plural ("renewen", "upgraden", "resetten", "licensen")
 * or a past participle ("geupgraded", "gecanceld", "gedownload"). English never inflects so, so such a word is
 * Dutch evidence although its letters look English. Immutable and thread-safe.
 */
final class DutchInflection {

    /** The shortest stem read for an English verb ("fix"). */
    private static final int MIN_STEM = 3;

    /** English verbs and words whose Dutch inflection is Dutch evidence. */
    private final Set<String> englishStems;

    DutchInflection(Set<String> englishStems) {
        this.englishStems = Set.copyOf(englishStems);
    }

    /** These stems plus {@code more}. */
    DutchInflection plus(Set<String> more) {
        Set<String> stems = new HashSet<>(englishStems);
        stems.addAll(more);
        return new DutchInflection(stems);
    }

    /** Whether {@code word} (folded) is an English stem with a Dutch ending. */
    boolean matches(String word) {
        int length = word.length();
        if (length > MIN_STEM + 2 && word.endsWith("en")) {
            String stem = word.substring(0, length - 2);
            boolean doubled = stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
            return englishStem(stem) || englishStem(word.substring(0, length - 1))
                    || (doubled && englishStem(stem.substring(0, stem.length() - 1)));
        }
        if (length > MIN_STEM + 3 && word.startsWith("ge")) {
            String rest = word.substring(2);
            return englishStem(rest) || englishStem(rest.substring(0, rest.length() - 1))
                    || (rest.endsWith("ed") && englishStem(rest.substring(0, rest.length() - 2)));
        }
        return false;
    }

    private boolean englishStem(String stem) {
        return stem.length() >= MIN_STEM && englishStems.contains(stem);
    }
}
