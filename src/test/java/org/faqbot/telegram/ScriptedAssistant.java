package org.faqbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.Choice;
import org.faqbot.dialog.Coverage;
import org.faqbot.dialog.IncomingMessage;
import org.faqbot.dialog.Reply;
import org.faqbot.dialog.ReplyType;
import org.faqbot.dialog.Suggestion;
import org.faqbot.kb.EntryKeys;
import org.faqbot.kb.Lang;

/**
 * A stand-in core with fixed answers, for testing the channel without the knowledge base: "/start"
 * offers choices, "/faq ..." answers an FAQ entry, "long" gives a 10,000-character answer, "boom"
 * throws, "block" waits until released or interrupted, anything else is echoed. Records what it got; says it covers
 * the Benefits FAQ unless told otherwise.
 */
final class ScriptedAssistant implements Assistant {

    static final String ENTRY = "benefits-faq#q-how-do-i-renew-my-benefits";
    static final String KEY = EntryKeys.of(ENTRY);
    static final String SOURCE = "https://learn.microsoft.com/en-us/partner-center/benefits-faq#renew";

    final Queue<IncomingMessage> received = new ConcurrentLinkedQueue<>();
    final CountDownLatch release = new CountDownLatch(1);
    /** What this core says it covers; a test sets the documentation's to see the channel's texts follow. */
    volatile Coverage coverage = Coverage.BENEFITS;

    @Override
    public Reply reply(IncomingMessage message) {
        received.add(message);
        Lang lang = message.langHint().orElse(Lang.EN);
        String text = message.text();
        if (text.equals("/start")) {
            return Reply.builder(lang, ReplyType.SMALLTALK, "Hello! Ask me about **partner benefits**, for example:")
                    .choices(List.of(new Choice("How do I renew my benefits?", "/faq " + KEY),
                            new Choice("Until when is my key valid?", "/date 2024-03-12")))
                    .build();
        }
        if (text.startsWith("/faq")) {
            return faq(lang, "Renew your benefits in Partner Center under **Benefits** > *Renew*.");
        }
        if (text.startsWith("/feedback")) {
            return Reply.text(lang, ReplyType.SMALLTALK, lang == Lang.NL ? "Dank voor je feedback!" : "Thanks for your feedback!");
        }
        if (text.equals("long")) {
            return faq(lang, longAnswer());
        }
        if (text.equals("boom")) {
            throw new IllegalStateException("the core failed on purpose");
        }
        if (text.equals("block")) {
            awaitRelease();
        }
        return Reply.text(lang, ReplyType.FALLBACK, "You wrote: " + text);
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while answering", e);
        }
    }

    static Reply faq(Lang lang, String text) {
        return Reply.builder(lang, ReplyType.FAQ, text)
                .faqId(ENTRY)
                .confidence(0.9)
                .suggestions(List.of(new Suggestion(ENTRY, "How do I renew my benefits?", 0.9)))
                .sourceUrl(SOURCE)
                .build();
    }

    /** Twenty paragraphs of 499 characters: 10,000 characters with the breaks. */
    static String longAnswer() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String words = ("Paragraph " + i + " of a long answer about benefits. ").repeat(20);
            paragraphs.add(words.substring(0, 499));
        }
        return String.join("\n\n", paragraphs);
    }

    @Override
    public List<Reply> lookup(String query, Optional<Lang> langHint, int max) {
        Lang lang = langHint.orElse(Lang.EN);
        return query.contains("renew") ? List.of(faq(lang, "Renew your benefits in Partner Center & <b>now</b>.")) : List.of();
    }

    @Override
    public Coverage coverage() {
        return coverage;
    }
}
