package org.faqbot.search;

/**
 * An English rendering of a Dutch question, word by word, for the English-trained side of the search.
 * Returns "" when it has nothing to add.
 */
@FunctionalInterface
public interface QueryGloss {

    /** The question's English topic words: what the English lexical search looks for. */
    String english(String dutch);

    /**
     * The question in English as the encoder reads it: by default the topic words; a gloss that can keep
     * the question's word order and function words gives them here.
     */
    default String sentence(String dutch) {
        return english(dutch);
    }

    QueryGloss NONE = dutch -> "";
}
