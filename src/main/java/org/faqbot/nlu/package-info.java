/**
 * Understanding a message: its language, the dates and numbers in it (absolute, relative, Dutch and
 * English), greetings and other small talk, and which date rule it asks about. May import {@code kb}
 * (for {@link org.faqbot.kb.Lang}); never an adapter. Non-null throughout.
 */
package org.faqbot.nlu;
