/**
 * The process as a whole: what ends it when a part of it can no longer run ({@link org.faqbot.process.FatalErrors}).
 * Imports nothing of the bot's own; {@code cli} and {@code telegram} use it.
 */
package org.faqbot.process;
