package org.faqbot.search;

/**
 * An English rendering of a Dutch question, word by word, for the English-trained encoder: the dense
 * side encodes it beside the Dutch text. Returns "" when it has nothing to add.
 */
@FunctionalInterface
public interface QueryGloss {

    String english(String dutch);

    QueryGloss NONE = dutch -> "";
}
