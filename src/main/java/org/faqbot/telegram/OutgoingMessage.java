package org.faqbot.telegram;

import java.util.List;
import java.util.Objects;
import org.faqbot.dialog.Choice;

/**
 * One Telegram message the bot will send: HTML text within Telegram's limit and the buttons under it,
 * row by row.
 *
 * @param html    the text in Telegram's HTML parse mode, well-formed on its own
 * @param buttons rows of buttons; each button's payload becomes its callback_data
 */
record OutgoingMessage(String html, List<List<Choice>> buttons) {

    OutgoingMessage {
        Objects.requireNonNull(html, "html");
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    static OutgoingMessage text(String html) {
        return new OutgoingMessage(html, List.of());
    }
}
