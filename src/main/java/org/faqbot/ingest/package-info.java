/**
 * Ingest of Microsoft's bilingual docs pages into knowledge-base entries: {@link org.faqbot.ingest.Ingest}
 * reads the pages (front matter, span pairs, sections, docs Markdown) and reports what it made and what it
 * refused; the page-reading classes behind it are package-private. May import {@code kb}; never {@code search}
 * or an adapter. All parameters and results are non-null unless a method says otherwise.
 */
package org.faqbot.ingest;
