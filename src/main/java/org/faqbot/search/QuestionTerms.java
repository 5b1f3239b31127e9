package org.faqbot.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;

/**
 * Each entry's question as index terms with their weights (inverse document frequency), per language:
 * tells how much of an entry's own question a user's question covers. "Azure?" covers little of "How
 * does adding, extending/renewing licenses work on Azure", so a lone generic word makes a weak match
 * even where it is the only word asked. Built once; immutable and thread-safe.
 */
final class QuestionTerms {

    private final Map<Lang, String[][]> terms = new EnumMap<>(Lang.class);
    private final Map<Lang, double[][]> weights = new EnumMap<>(Lang.class);

    private QuestionTerms() {
    }

    /** The question terms of every document of {@code leaf}, whose entries are {@code entryByDoc}. */
    static QuestionTerms of(FaqEntry[] entryByDoc, Analysis analysis, Postings postings, TermWeights termWeights) throws IOException {
        QuestionTerms result = new QuestionTerms();
        TermLookup lookup = new TermLookup(postings);
        for (Lang lang : Lang.values()) {
            String[][] termsByDoc = new String[entryByDoc.length][];
            double[][] weightsByDoc = new double[entryByDoc.length][];
            for (int doc = 0; doc < entryByDoc.length; doc++) {
                Set<String> questionTerms = Analysis.terms(analysis.index().get(lang), entryByDoc[doc].question().get(lang));
                termsByDoc[doc] = questionTerms.toArray(String[]::new);
                weightsByDoc[doc] = new double[termsByDoc[doc].length];
                for (int i = 0; i < termsByDoc[doc].length; i++) {
                    weightsByDoc[doc][i] = termWeights.weight(termWeights.docFreq(lang, termsByDoc[doc][i], lookup));
                }
            }
            result.terms.put(lang, termsByDoc);
            result.weights.put(lang, weightsByDoc);
        }
        return result;
    }

    /** The weighted share in [0,1] of document {@code doc}'s {@code lang} question terms in {@code queryTerms}. */
    double coverage(int doc, Lang lang, Set<String> queryTerms) {
        String[] docTerms = terms.get(lang)[doc];
        double[] docWeights = weights.get(lang)[doc];
        double covered = 0;
        double total = 0;
        for (int i = 0; i < docTerms.length; i++) {
            total += docWeights[i];
            if (queryTerms.contains(docTerms[i])) {
                covered += docWeights[i];
            }
        }
        return total == 0 ? 0 : covered / total;
    }
}
