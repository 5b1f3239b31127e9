package org.faqbot.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faqbot.kb.Lang;

/**
 * Weighs the content words of a question by how specific they are ({@link TermWeights}), and first
 * expands a word neither the index nor the background knows to the index terms it may be a typo of.
 * A word is as specific as its own term; failing that, as its best-known synonym, its most specific
 * compound part, or its typo correction.
 */
final class WordWeigher {

    private final TermWeights termWeights;
    private final FuzzyExpansion fuzzy;

    WordWeigher(TermWeights termWeights, FuzzyExpansion fuzzy) {
        this.termWeights = termWeights;
        this.fuzzy = fuzzy;
    }

    /**
     * The weight of each word, in order; expands misspelt words in place. The words of a phrase share
     * the weight of its most specific word, so "Visual Studio" weighs as one concept, not two.
     */
    WordWeights weigh(List<QueryWord> words, TermLookup lookup) throws IOException {
        double[] weights = new double[words.size()];
        boolean[] unknown = new boolean[words.size()];
        QueryWord.Source[] knownAs = new QueryWord.Source[words.size()];
        Map<QueryWord, double[]> phrases = new HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            Known known = docFreq(words.get(w), lookup);
            double docFreq = known.docFreq();
            unknown[w] = docFreq == 0;
            knownAs[w] = docFreq == 0 ? null : known.as();
            weights[w] = termWeights.weight(docFreq);
            double[] maxAndSize = phrases.computeIfAbsent(words.get(w).phraseHead(), k -> new double[2]);
            maxAndSize[0] = Math.max(maxAndSize[0], weights[w]);
            maxAndSize[1]++;
        }
        for (int w = 0; w < words.size(); w++) {
            double[] maxAndSize = phrases.get(words.get(w).phraseHead());
            weights[w] = maxAndSize[0] / maxAndSize[1];
        }
        return new WordWeights(weights, unknown, knownAs);
    }

    /** How many documents use a word, by the first way the docs know it: as written, a synonym, its parts, a typo. */
    private Known docFreq(QueryWord word, TermLookup lookup) throws IOException {
        // A verb joined with its particle means the joined verb, whose terms it holds as synonyms: "nodig ... uit" weighed
        // as the light "nodig" (needed), a quarter of the weight of "invite" in the same question in English.
        double joined = word.isJoinedVerb() ? maxDocFreq(word, lookup, QueryWord.Source.SYNONYM) : 0;
        if (joined > 0) {
            return new Known(joined, QueryWord.Source.WORD);
        }
        double own = maxDocFreq(word, lookup, QueryWord.Source.WORD);
        if (own > 0) {
            return new Known(own, QueryWord.Source.WORD);
        }
        double synonym = maxDocFreq(word, lookup, QueryWord.Source.SYNONYM);
        if (synonym > 0) {
            return new Known(synonym, QueryWord.Source.WORD);
        }
        double part = minPartDocFreq(word, lookup);
        if (part > 0 || !isUnknown(word, lookup)) {
            return new Known(part, QueryWord.Source.COMPOUND_PART);
        }
        fuzzy.expand(word);
        double typo = maxDocFreq(word, lookup, QueryWord.Source.FUZZY_ONE_EDIT, QueryWord.Source.FUZZY_TWO_EDITS);
        boolean oneEdit = maxDocFreq(word, lookup, QueryWord.Source.FUZZY_ONE_EDIT) > 0;
        return new Known(typo, oneEdit ? QueryWord.Source.FUZZY_ONE_EDIT : QueryWord.Source.FUZZY_TWO_EDITS);
    }

    /** A word's document frequency and how the docs know it. */
    private record Known(double docFreq, QueryWord.Source as) {
    }

    /**
     * The number of concepts among {@code words}: phrases count once, light words ("lukt", "meant")
     * not at all. A question of one concept ("Visual Studio?") names a topic rather than asks.
     */
    int concepts(List<QueryWord> words) {
        java.util.Set<QueryWord> heads = new java.util.HashSet<>();
        for (QueryWord word : words) {
            if (!isLight(word)) {
                heads.add(word.phraseHead());
            }
        }
        return heads.size();
    }

    private boolean isLight(QueryWord word) {
        if (word.isJoinedVerb()) {
            return false;
        }
        for (Lang lang : Lang.values()) {
            for (Map.Entry<String, QueryWord.Source> term : word.terms(lang).entrySet()) {
                if (term.getValue() == QueryWord.Source.WORD && termWeights.isLight(lang, term.getKey())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Neither the index nor the background has any of the word's own terms, synonyms or parts. */
    private boolean isUnknown(QueryWord word, TermLookup lookup) throws IOException {
        for (Lang lang : Lang.values()) {
            for (Map.Entry<String, QueryWord.Source> term : word.terms(lang).entrySet()) {
                if (termWeights.knows(lang, term.getKey()) || inIndex(lang, term.getKey(), lookup)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean inIndex(Lang lang, String term, TermLookup lookup) throws IOException {
        for (String field : IndexFields.textFields(lang)) {
            if (lookup.docFreq(field, term) > 0) {
                return true;
            }
        }
        return false;
    }

    private double maxDocFreq(QueryWord word, TermLookup lookup, QueryWord.Source... sources) throws IOException {
        double max = 0;
        for (Lang lang : Lang.values()) {
            for (Map.Entry<String, QueryWord.Source> term : word.terms(lang).entrySet()) {
                if (isOneOf(term.getValue(), sources)) {
                    max = Math.max(max, termWeights.docFreq(lang, term.getKey(), lookup));
                }
            }
        }
        return max;
    }

    private static boolean isOneOf(QueryWord.Source source, QueryWord.Source[] sources) {
        for (QueryWord.Source s : sources) {
            if (s == source) {
                return true;
            }
        }
        return false;
    }

    /** The rarest known part: a compound is at least as specific as its most specific part. */
    private double minPartDocFreq(QueryWord word, TermLookup lookup) throws IOException {
        double min = 0;
        for (Lang lang : Lang.values()) {
            for (Map.Entry<String, QueryWord.Source> term : word.terms(lang).entrySet()) {
                if (term.getValue() == QueryWord.Source.COMPOUND_PART) {
                    double docFreq = termWeights.docFreq(lang, term.getKey(), lookup);
                    min = docFreq > 0 && (min == 0 || docFreq < min) ? docFreq : min;
                }
            }
        }
        return min;
    }
}
