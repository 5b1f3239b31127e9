package org.faqbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;

/**
 * Measures, for the few entries the index retrieved, how much of the question each one covers: work
 * proportional to the candidates and the question's terms, never to the knowledge base.
 */
final class CandidateScorer {

    /** What a word found in each field is worth, relative to a find in the entry's own question. */
    private static final double QUESTION_CREDIT = 1.0;
    private static final double ANSWER_CREDIT = 0.6;
    private static final double CONTEXT_CREDIT = 0.45;
    /** A find in the other language's text: "renewal" in a Dutch question found in the English text. */
    private static final double OTHER_LANGUAGE_CREDIT = 0.9;

    /**
     * How much a missed word that no docs page uses ("goedemiddag", "yesterday") counts against an
     * entry, relative to a missed docs word: chatty words say less about the topic than "PMC" does.
     * Calibrated on the dev and held-out cases together.
     */
    static final double UNKNOWN_SHARE = 0.7;
    private final FaqEntry[] entryByDoc;
    private final QuestionTerms questionTerms;
    private final TermWeights termWeights;

    CandidateScorer(FaqEntry[] entryByDoc, QuestionTerms questionTerms, TermWeights termWeights) {
        this.entryByDoc = entryByDoc;
        this.questionTerms = questionTerms;
        this.termWeights = termWeights;
    }

    /** The candidates of {@code hits}, in the order of {@code hits}. */
    List<Candidate> score(ScoreDoc[] hits, List<QueryWord> words, WordWeights weights, Lang lang, TermLookup lookup)
            throws IOException {
        int[] docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).sorted().toArray();
        double[][] credits = credits(docs, words, lang, lookup);
        double totalWeight = weights.total();
        List<Set<String>> queryTerms = List.of(queryTerms(words, Lang.NL), queryTerms(words, Lang.EN));
        List<Candidate> candidates = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            double[] credit = credits[Arrays.binarySearch(docs, hit.doc)];
            double covered = 0;
            double missedKnown = 0;
            double missedUnknown = 0;
            for (int w = 0; w < words.size(); w++) {
                double weight = weights.weights()[w];
                covered += weight * credit[w];
                if (weights.unknown()[w]) {
                    missedUnknown += weight * (1 - credit[w]);
                } else {
                    missedKnown += weight * (1 - credit[w]);
                }
            }
            double coverage = covered / (covered + missedKnown + UNKNOWN_SHARE * missedUnknown);
            candidates.add(new Candidate(hit.doc, entryByDoc[hit.doc], hit.score, coverage,
                    questionCoverage(hit.doc, lang, queryTerms), credit, covered, missedKnown, missedUnknown));
        }
        return candidates;
    }

    /** credits[i][w]: the best find of word w in document docs[i], 0 when it is not there. */
    private static double[][] credits(int[] docs, List<QueryWord> words, Lang lang, TermLookup lookup) throws IOException {
        double[][] credits = new double[docs.length][words.size()];
        for (int w = 0; w < words.size(); w++) {
            for (Lang fieldLang : Lang.values()) {
                double langCredit = fieldLang == lang ? 1 : OTHER_LANGUAGE_CREDIT;
                for (String field : IndexFields.textFields(fieldLang)) {
                    double fieldCredit = langCredit * fieldCredit(field);
                    for (var term : words.get(w).terms(fieldLang).entrySet()) {
                        // One postings probe per term and field: most terms are in none of the candidates' fields.
                        int[] holding = lookup.docs(field, term.getKey());
                        if (holding.length > 0) {
                            double credit = fieldCredit * term.getValue().credit;
                            for (int i = 0; i < docs.length; i++) {
                                if (Arrays.binarySearch(holding, docs[i]) >= 0) {
                                    credits[i][w] = Math.max(credits[i][w], credit);
                                }
                            }
                        }
                    }
                }
            }
        }
        return credits;
    }

    private static double fieldCredit(String field) {
        if (field.equals(IndexFields.QUESTION_NL) || field.equals(IndexFields.QUESTION_EN)) {
            return QUESTION_CREDIT;
        }
        return field.equals(IndexFields.ANSWER_NL) || field.equals(IndexFields.ANSWER_EN) ? ANSWER_CREDIT : CONTEXT_CREDIT;
    }

    private double questionCoverage(int doc, Lang lang, List<Set<String>> queryTerms) {
        double own = questionTerms.coverage(doc, lang, queryTerms.get(lang.ordinal()));
        double other = questionTerms.coverage(doc, lang.other(), queryTerms.get(lang.other().ordinal()));
        return Math.max(own, OTHER_LANGUAGE_CREDIT * other);
    }

    private static Set<String> queryTerms(List<QueryWord> words, Lang lang) {
        Set<String> terms = new HashSet<>();
        words.forEach(word -> terms.addAll(word.terms(lang).keySet()));
        return terms;
    }
}
