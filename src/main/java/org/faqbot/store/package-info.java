/**
 * Persisted state: conversations, profiles, feedback, unanswered questions, reminders, received
 * Telegram updates and the Telegram messages waiting for Telegram to come back, behind interfaces with
 * in-memory and JDBC (H2, PostgreSQL) implementations.
 * {@link org.faqbot.store.Database} opens the JDBC stores from {@link org.faqbot.store.StoreSettings};
 * {@link org.faqbot.store.ResilientStores} keeps them usable while the database is away;
 * {@link org.faqbot.store.QuestionReport} aggregates the question log for the maintainers. JDBC stores
 * keep instants to the microsecond. May import {@code kb} for {@link org.faqbot.kb.Lang}, and JDBC,
 * HikariCP, Flyway, Jackson and SLF4J; nothing else of faqbot. Non-null throughout.
 */
package org.faqbot.store;
