/**
 * Turning the bilingual docs pages into what the search needs. So far: the gloss table, learnt from the
 * pages' sentence pairs with IBM Model 1 ({@link org.faqbot.ingest.GlossTrainer}). May import {@code kb}
 * and {@code search}; never an adapter. Non-null throughout.
 */
package org.faqbot.ingest;
