package org.faqbot.search;

import org.faqbot.kb.Lang;

/**
 * The weights of a question's content words, in order, and which of them no docs page and no entry
 * uses: everyday words ("yesterday", "wasmachine") or typos beyond repair. Such words are told apart
 * from unmatched docs words because they say less about which docs topic the question is after.
 *
 * @param knownAs how the docs know each word: as written or by a synonym ({@link QueryWord.Source#WORD}), only
 *                by its compound parts, or only as a typo one or two edits away; null for an unknown word
 */
record WordWeights(double[] weights, boolean[] unknown, QueryWord.Source[] knownAs) {

    /**
     * Which words may name a thing of the question's own: the unknown ones, those the docs know only as a typo
     * two edits away (a whole word that far from the docs' is as likely a word of its own: "passport" and the
     * corpus's "password"), and in an English question those known only by compound parts, which are Dutch
     * parts ("passport": "pas" and "port") where an English word is written whole.
     */
    boolean[] strange(Lang lang) {
        boolean[] strange = new boolean[unknown.length];
        for (int w = 0; w < strange.length; w++) {
            strange[w] = unknown[w] || knownAs[w] == QueryWord.Source.FUZZY_TWO_EDITS
                    || lang == Lang.EN && knownAs[w] == QueryWord.Source.COMPOUND_PART;
        }
        return strange;
    }

    /** Which words no docs page uses as written: the unknown ones and those it knows only as a typo of another word. */
    boolean[] notAsWritten() {
        boolean[] not = new boolean[unknown.length];
        for (int w = 0; w < not.length; w++) {
            not[w] = unknown[w] || knownAs[w] == QueryWord.Source.FUZZY_ONE_EDIT || knownAs[w] == QueryWord.Source.FUZZY_TWO_EDITS;
        }
        return not;
    }

    double total() {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        return total;
    }
}
