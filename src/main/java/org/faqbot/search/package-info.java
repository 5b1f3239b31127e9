/**
 * Finding the entry that answers a question in Dutch or English: {@link org.faqbot.search.FaqIndex} holds
 * the in-memory Lucene index with its analyzers (stemming, synonyms, compounds, typos) and scores candidates
 * into confidences ({@link org.faqbot.search.SearchResult}), tuned by {@link org.faqbot.search.SearchSettings}.
 * May import {@code kb}; never {@code ingest} or an adapter. All parameters and results are non-null unless
 * a method says otherwise.
 */
package org.faqbot.search;
