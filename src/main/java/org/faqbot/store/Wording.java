package org.faqbot.store;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Folds question texts so that near-identical wordings compare equal, for the maintainers' report. */
final class Wording {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Wording() {
    }

    /**
     * The text without case, accents, punctuation and extra spaces: {@code "Hoe  lang is mijn sleutel
     * géldig?!"} becomes {@code "hoe lang is mijn sleutel geldig"}. Dutch diaeresis goes too
     * ({@code "beëindigen"} → {@code "beeindigen"}), as users type it either way.
     */
    static String normalise(String text) {
        String withoutMarks = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The distinct words of a normalised text. */
    static Set<String> tokens(String normalised) {
        return normalised.isEmpty() ? Set.of() : Set.copyOf(List.of(normalised.split(" ")));
    }

    /** Shared words divided by all words, from 0 (none shared) to 1 (the same words); 0 for two empty sets. */
    static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / union.size();
    }
}
