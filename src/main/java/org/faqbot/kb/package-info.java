/**
 * The knowledge base: ingest of Microsoft's bilingual docs pages into entries ({@link org.faqbot.kb.FaqEntry}),
 * their JSON file, and the Lucene index that finds the entry answering a question in Dutch or English.
 * Entry points: {@link org.faqbot.kb.Ingest} (pages to a knowledge base), {@link org.faqbot.kb.KnowledgeBaseJson}
 * (the file) and {@link org.faqbot.kb.LightMarkdown} (the answers' format and its block model, for renderers);
 * the page-reading classes behind {@code Ingest} are package-private.
 * Imports nothing of faqbot's other packages. All parameters and results are non-null unless a method
 * says otherwise; lookups return {@link java.util.Optional}.
 */
package org.faqbot.kb;
