package org.faqbot.telegram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.faqbot.dialog.Reply;
import org.faqbot.dialog.Suggestion;
import org.faqbot.kb.EntryKeys;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;

/**
 * Inline-mode results: one article per FAQ reply, titled with the entry's question, described by the
 * answer's first line after it, and sending the answer (HTML, first part only when long) when picked.
 */
final class InlineAnswers {

    /** How long a title or description may get before it is cut with "…". */
    private static final int MAX_TITLE = 100;
    private static final int MAX_DESCRIPTION = 140;

    private final ReplyRenderer renderer;
    private final HtmlSplitter splitter = new HtmlSplitter(HtmlSplitter.TELEGRAM_LIMIT);

    InlineAnswers(ReplyRenderer renderer) {
        this.renderer = renderer;
    }

    List<InlineQueryResult> articles(List<Reply> replies) {
        List<InlineQueryResult> results = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Reply reply : replies) {
            String id = reply.faqId().map(EntryKeys::of).orElse("r" + results.size());
            List<String> parts = splitter.split(renderer.html(reply));
            if (parts.isEmpty() || !ids.add(id)) {
                continue;
            }
            results.add(article(id, reply, parts.get(0)));
        }
        return results;
    }

    private static InlineQueryResultArticle article(String id, Reply reply, String html) {
        List<String> lines = TelegramHtml.toPlainText(html).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String title = title(reply, lines);
        String description = lines.stream().filter(line -> !line.equals(title)).findFirst().orElse("");
        return InlineQueryResultArticle.builder()
                .id(id)
                .title(cut(title, MAX_TITLE))
                .description(cut(description, MAX_DESCRIPTION))
                .inputMessageContent(InputTextMessageContent.builder()
                        .messageText(html)
                        .parseMode(ParseMode.HTML)
                        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                        .build())
                .build();
    }

    /**
     * The entry's question when the reply names it among its suggestions, else the answer's first line
     * (the core starts an FAQ answer with its question in bold).
     */
    private static String title(Reply reply, List<String> lines) {
        for (Suggestion s : reply.suggestions()) {
            if (reply.faqId().isPresent() && s.entryId().equals(reply.faqId().get()) && !s.question().isBlank()) {
                return s.question();
            }
        }
        return lines.isEmpty() ? "…" : lines.get(0);
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
