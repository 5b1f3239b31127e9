/**
 * Understanding a message: its language, the dates and numbers in it (absolute, relative, Dutch and
 * English), greetings and other small talk, markup and code pasted into it ({@link org.faqbot.nlu.Markup}), and
 * which date rule it asks about. Entry points for dates
 * and numbers: {@link org.faqbot.nlu.DateExtractor} and {@link org.faqbot.nlu.NumberExtractor}; their
 * words per language live in {@code vocabulary_nl.properties} and {@code vocabulary_en.properties}.
 * May import {@code kb} (for {@link org.faqbot.kb.Lang}); never an adapter. Non-null throughout.
 */
package org.faqbot.nlu;
