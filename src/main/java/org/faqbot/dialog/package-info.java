/**
 * The conversation core: one message in, one reply out ({@link org.faqbot.dialog.Assistant}). Decides
 * between an FAQ answer, a date rule, a question back and a fallback, keeps per-conversation state and
 * writes every user-facing sentence from {@code messages_nl/en.properties}. May import {@code kb},
 * {@code search}, {@code nlu}, {@code rules} and {@code store}; never an adapter. Non-null throughout.
 */
package org.faqbot.dialog;
