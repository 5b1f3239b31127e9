/**
 * The Telegram adapter: turns telegrambots updates into {@link org.faqbot.dialog.IncomingMessage}s and
 * replies into Bot API calls. The only package that imports {@code org.telegram}.
 */
package org.faqbot.telegram;
