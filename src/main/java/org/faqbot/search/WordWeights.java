package org.faqbot.search;

/**
 * The weights of a question's content words, in order, and which of them no docs page and no entry
 * uses: everyday words ("yesterday", "wasmachine") or typos beyond repair. Such words are told apart
 * from unmatched docs words because they say less about which docs topic the question is after.
 */
record WordWeights(double[] weights, boolean[] unknown) {

    double total() {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        return total;
    }
}
