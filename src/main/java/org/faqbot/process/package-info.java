/**
 * The process as a whole: what ends it when a part of it can no longer run ({@link org.faqbot.process.FatalErrors}),
 * and how every part reads a number from the environment ({@link org.faqbot.process.WholeNumberSetting}).
 * Imports nothing of the bot's own, so that the core and the adapters may all use it.
 */
package org.faqbot.process;
