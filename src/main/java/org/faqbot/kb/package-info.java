/**
 * The knowledge base as data: its entries ({@link org.faqbot.kb.FaqEntry}, {@link org.faqbot.kb.KnowledgeBase}),
 * their JSON file ({@link org.faqbot.kb.KnowledgeBaseJson}) and the light-Markdown format answers are written in
 * ({@link org.faqbot.kb.LightMarkdown}, with its block model for renderers). Imports nothing of faqbot's other
 * packages. All parameters and results are non-null unless a method says otherwise; lookups return
 * {@link java.util.Optional}.
 */
package org.faqbot.kb;
