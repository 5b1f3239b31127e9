package org.faqbot.telegram;

import org.faqbot.dialog.Messages;
import org.faqbot.kb.Lang;

/**
 * Renders a reply's light Markdown as Telegram HTML. Every piece of text is escaped, the user's own
 * words included.
 */
final class MarkdownHtml {

    private final Messages messages;

    MarkdownHtml(Messages messages) {
        this.messages = messages;
    }

    /** The HTML for {@code markdown}; labels such as callout titles are in {@code lang}. */
    String toHtml(String markdown, Lang lang) {
        // Interim: the text as written, escaped, until kb.LightMarkdown's block model is on main.
        return TelegramHtml.escape(markdown.strip());
    }

    Messages messages() {
        return messages;
    }
}
