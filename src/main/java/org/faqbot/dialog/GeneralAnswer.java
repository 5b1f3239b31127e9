package org.faqbot.dialog;

import java.util.Optional;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.RuleBook;
import org.faqbot.search.Hit;
import org.faqbot.search.SearchResult;

/**
 * Answers a personal date question for which the bot has no date at all ("until when can I use my key?"): with
 * the FAQ's answer in general and an offer to work out the user's own date when the FAQ answers the question,
 * otherwise with the question for the date and the rule's FAQ sentence.
 */
final class GeneralAnswer {

    /** How far down the search results a rule's source entry may be and still answer a question about the rule. */
    private static final int SOURCE_RANK_LIMIT = 3;
    /** What recognising the rule adds to the source entry's search confidence. */
    private static final double INTENT_CREDIT = 0.3;

    private final RuleBook book;
    private final RuleReplies replies;
    private final FaqResponder faq;
    private final Texts texts;

    GeneralAnswer(RuleBook book, RuleReplies replies, FaqResponder faq, Texts texts) {
        this.book = book;
        this.replies = replies;
        this.faq = faq;
        this.texts = texts;
    }

    /** The general answer with the offer, or the question back; the caller keeps the rule question open. */
    Reply answer(Turn turn, DateRule rule, SearchResult search) {
        Optional<Hit> answer = generalAnswer(rule, search);
        if (answer.isEmpty()) {
            return replies.ask(rule, turn.lang, Optional.of(replies.generalRule(rule, turn.lang)));
        }
        Hit hit = answer.get();
        Reply general = faq.answer(hit.entry(), turn.lang, hit.confidence(), hit.alsoIn());
        String offer = texts.get(turn.lang, "rule.offer", book.factOf(rule).ask().get(turn.lang));
        return Reply.builder(turn.lang, ReplyType.FAQ, general.text() + "\n\n" + offer)
                .faqId(hit.entry().id())
                .confidence(hit.confidence())
                .sourceUrl(general.sourceUrl().orElse(null))
                .intent(rule.id())
                .build();
    }

    /**
     * The entry that answers a date question in general: the rule's own source entry when the search
     * ranks it among its first few (the rule's cues are evidence for it that words alone do not give),
     * else the search's confident answer; empty when neither.
     */
    private Optional<Hit> generalAnswer(DateRule rule, SearchResult search) {
        Optional<Hit> source = search.top(SOURCE_RANK_LIMIT).stream()
                .filter(hit -> hit.entry().id().equals(rule.spec().source()))
                .findFirst()
                .map(hit -> new Hit(hit.entry(), Math.min(1, hit.confidence() + INTENT_CREDIT), hit.alsoIn()));
        return source.isPresent() ? source : faq.confident(search);
    }
}
