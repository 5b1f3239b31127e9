/**
 * The Telegram adapter: turns telegrambots updates into {@link org.faqbot.dialog.IncomingMessage}s at
 * once ({@code UpdateReader}), and replies into Bot API calls ({@code ReplyRenderer},
 * {@code TelegramSender}); {@link org.faqbot.telegram.TelegramBot} runs it by long polling or webhook.
 * The only package that imports {@code org.telegram}. May import {@code dialog}, {@code kb} (languages,
 * entry keys, the light-Markdown blocks) and {@code store} (the update journal, the outbox). Non-null throughout.
 */
package org.faqbot.telegram;
