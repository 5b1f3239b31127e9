package org.faqbot.search;

/** A candidate and the confidence in [0,1] that it answers the question. */
record ScoredCandidate(Candidate candidate, double confidence) {
}
