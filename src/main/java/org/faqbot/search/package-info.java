/**
 * Finding the entry that answers a question in Dutch or English: {@link org.faqbot.search.FaqIndex} holds
 * the in-memory Lucene index (text fields with their analyzers for stemming, synonyms, compounds and typos,
 * and the entries' vectors for Lucene's HNSW search), the lexical scoring, the dense half ({@link
 * org.faqbot.search.BertEncoder}, with {@link org.faqbot.search.DutchGloss} glossing Dutch questions for the
 * English-trained model) and the {@link org.faqbot.search.FusionModel} that turns both kinds of evidence into
 * one calibrated confidence. May import {@code kb}; never {@code ingest} or an adapter. Non-null unless a
 * method says otherwise.
 */
package org.faqbot.search;
