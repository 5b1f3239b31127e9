package org.faqbot.search;

import org.faqbot.kb.FaqEntry;

/**
 * An entry the index retrieved for a question, with the evidence its confidence is made of.
 *
 * @param doc              the Lucene document number
 * @param entry            the entry
 * @param score            the BM25 score of the whole question
 * @param coverage         the idf-weighted share of the question's content words found in the entry,
 *                         each word counted by where and how it was found (question field over answer,
 *                         own language over the other, exact over synonym, part or typo)
 * @param questionCoverage the idf-weighted share of the entry's own question found in the question
 * @param wordCredits      per content word of the question, how well the entry has it, in [0,1]
 * @param matchedWeight    the sum of the words' weights times their credits: how much specific
 *                         evidence the entry matched, in absolute terms (a lone "Azure" is little)
 * @param missedKnown      the weight of the question's docs words the entry lacks: a sign that the
 *                         question is about another docs topic ("PMC", "competency")
 * @param missedUnknown    the weight of the words no docs page uses that the entry lacks: everyday
 *                         words, weaker evidence against the entry than missed docs words
 */
record Candidate(int doc, FaqEntry entry, double score, double coverage, double questionCoverage, double[] wordCredits,
        double matchedWeight, double missedKnown, double missedUnknown) {
}
