/**
 * Turning Microsoft's bilingual docs pages into what the bot answers from and searches with:
 * {@link org.faqbot.ingest.Ingest} reads the pages (front matter, span pairs, sections, docs Markdown) into
 * entries and reports what it made and what it refused; {@link org.faqbot.ingest.EntryEncoding} computes the
 * entries' dense vectors, incrementally; {@link org.faqbot.ingest.GlossTrainer} learns the Dutch-to-English
 * gloss table from the pages' sentence pairs (IBM Model 1). May import {@code kb} and {@code search} (the
 * encoder and the word splitting the search uses); never an adapter. Non-null unless a method says otherwise.
 */
package org.faqbot.ingest;
