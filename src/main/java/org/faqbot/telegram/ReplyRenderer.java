package org.faqbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.dialog.Choice;
import org.faqbot.dialog.Messages;
import org.faqbot.dialog.Reply;
import org.faqbot.dialog.ReplyType;
import org.faqbot.kb.EntryKeys;
import org.faqbot.kb.Lang;

/**
 * Turns a {@link Reply} into the Telegram messages that show it: the answer as HTML with a source
 * link line after it, split to fit Telegram's limit, and the reply's choices (plus 👍/👎 for FAQ
 * answers) as buttons under the last part.
 */
final class ReplyRenderer {

    private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://([^/?#:@]+)");

    private final Messages messages;
    private final MarkdownHtml markdown;
    private final HtmlSplitter splitter;

    ReplyRenderer(Messages messages, MarkdownHtml markdown, HtmlSplitter splitter) {
        this.messages = messages;
        this.markdown = markdown;
        this.splitter = splitter;
    }

    static ReplyRenderer standard(Messages messages) {
        return new ReplyRenderer(messages, new MarkdownHtml(), new HtmlSplitter(HtmlSplitter.TELEGRAM_LIMIT));
    }

    List<OutgoingMessage> render(Reply reply) {
        List<String> parts = splitter.split(html(reply));
        if (parts.isEmpty()) {
            parts = List.of(TelegramHtml.escape("…"));
        }
        List<OutgoingMessage> out = new ArrayList<>();
        for (int i = 0; i < parts.size() - 1; i++) {
            out.add(OutgoingMessage.text(parts.get(i)));
        }
        out.add(new OutgoingMessage(parts.get(parts.size() - 1), buttons(reply)));
        return out;
    }

    /** The whole answer as one HTML text, source line included, before splitting. */
    String html(Reply reply) {
        String body = markdown.toHtml(reply.text(), reply.lang());
        return reply.sourceUrl().map(url -> body + "\n\n" + sourceLine(url, reply.lang())).orElse(body);
    }

    private String sourceLine(String url, Lang lang) {
        return TelegramHtml.escape(messages.get(lang, "telegram.source")) + " <a href=\""
                + TelegramHtml.escapeAttribute(url) + "\">" + TelegramHtml.escape(linkText(url)) + "</a>";
    }

    /** The host of a source page ("learn.microsoft.com"), or the URL as given when it has none. */
    private static String linkText(String url) {
        Matcher host = HOST.matcher(url);
        return host.find() ? host.group(1) : url;
    }

    private List<List<Choice>> buttons(Reply reply) {
        List<List<Choice>> rows = new ArrayList<>();
        for (Choice choice : reply.choices()) {
            rows.add(List.of(choice));
        }
        if (reply.type() == ReplyType.FAQ && reply.faqId().isPresent()) {
            String key = EntryKeys.of(reply.faqId().get());
            rows.add(List.of(
                    new Choice(messages.get(reply.lang(), "telegram.feedback.up"), "/feedback up " + key),
                    new Choice(messages.get(reply.lang(), "telegram.feedback.down"), "/feedback down " + key)));
        }
        return rows;
    }
}
