/**
 * Persisted state: conversations, profiles, feedback, unanswered questions, reminders and received
 * Telegram updates, behind interfaces with in-memory and JDBC (H2, PostgreSQL) implementations. May
 * import {@code kb} for {@link org.faqbot.kb.Lang}; nothing else of faqbot. Non-null throughout.
 */
package org.faqbot.store;
