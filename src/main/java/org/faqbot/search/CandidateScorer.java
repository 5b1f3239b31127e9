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
    static final double ANSWER_CREDIT = 0.6;
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
            boolean otherLanguages = otherLanguagesWord(words.get(w), lang, lookup);
            for (Lang fieldLang : Lang.values()) {
                double langCredit = fieldLang == lang || otherLanguages ? 1 : OTHER_LANGUAGE_CREDIT;
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

    /**
     * Whether {@code word} as typed is a word of the other language than the question's: more entries hold it in that
     * language's text than hold it in the question's own ("experience" in a Dutch question). Found in the other
     * language's text, such a word is found as written, as fully as in the question's own language: an entry whose Dutch
     * text kept the English words is not a better answer than one whose Dutch text translated them.
     */
    private static boolean otherLanguagesWord(QueryWord word, Lang lang, TermLookup lookup) {
        return documents(word, lang.other(), lookup) > documents(word, lang, lookup);
    }

    /**
     * The language whose words the question's content words are: the other language when none of them is more the
     * question's own language's than the other's and one is more the other's (a Dutch question of English terms, "wat is
     * de new commerce experience?"), else {@code lang}.
     */
    static Lang wordsLanguage(List<QueryWord> words, Lang lang, TermLookup lookup) {
        boolean anyOther = false;
        for (QueryWord word : words) {
            int own = documents(word, lang, lookup);
            int other = documents(word, lang.other(), lookup);
            if (own > other) {
                return lang;
            }
            anyOther |= other > own;
        }
        return anyOther ? lang.other() : lang;
    }

    /** The most entries that hold the word itself (not a synonym or part) in one of {@code lang}'s text fields. */
    private static int documents(QueryWord word, Lang lang, TermLookup lookup) {
        int most = 0;
        for (var term : word.terms(lang).entrySet()) {
            if (term.getValue() == QueryWord.Source.WORD) {
                for (String field : IndexFields.textFields(lang)) {
                    most = Math.max(most, lookup.docFreq(field, term.getKey()));
                }
            }
        }
        return most;
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
