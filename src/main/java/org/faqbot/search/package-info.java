/**
 * Finding the answer to a question. So far: the Dutch-to-English gloss ({@link org.faqbot.search.DutchGloss})
 * that lets an English-trained encoder read Dutch questions, and its table ({@link org.faqbot.search.GlossTable},
 * {@code faq-data/gloss-nl-en.tsv}). May import {@code kb}; never an adapter. Non-null throughout; lookups
 * return {@link java.util.Optional}.
 */
package org.faqbot.search;
