package org.faqbot.dialog;

import java.util.Optional;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.RuleBook;
import org.faqbot.search.Hit;
import org.faqbot.search.SearchResult;

/**
 * Answers a date question for which the bot has no date at all, personal ("until when can I use my key?") or general
 * ("how long is a product key valid?"): the FAQ's answer in general with an offer to work out the user's own date. The
 * answer is the rule's source entry when the search ranks it, otherwise (for a personal question) an entry the search
 * is sure of, otherwise the rule's FAQ sentence quoted: an answer with an invitation in both languages, never a bare
 * question back, which a question asked on its own could not answer.
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

    /**
     * The general answer of a personal question with the offer; the caller keeps the rule question open. When the search
     * ranks the rule's source entry and that entry is about a wider thing, the rule's own sentence answers: "when does my
     * key expire?" asks for the key's rule, and "What does Benefit Expiry Date mean" reads as another answer, with the
     * key's year in its third paragraph. An entry that opens with the rule ("When can I renew my membership?") answers.
     */
    Reply answer(Turn turn, DateRule rule, SearchResult search) {
        Optional<Hit> source = sourceHit(rule, search);
        if (source.isPresent() && !replies.opensWithRule(rule, source.get().entry(), turn.lang)) {
            return quoted(turn, rule, search, offer(turn, rule));
        }
        return withOffer(turn, rule, search, source.or(() -> faq.confident(search)));
    }

    /**
     * The general answer of a general question with the offer: the source entry or the rule's sentence, never another
     * entry, since the message asks what the rule says; the caller keeps the rule question open.
     */
    Reply answerInGeneral(Turn turn, DateRule rule, SearchResult search) {
        return withOffer(turn, rule, search, sourceHit(rule, search));
    }

    private Reply withOffer(Turn turn, DateRule rule, SearchResult search, Optional<Hit> answer) {
        String offer = offer(turn, rule);
        if (answer.isEmpty()) {
            return quoted(turn, rule, search, offer);
        }
        Hit hit = answer.get();
        Reply general = faq.answer(hit.entry(), turn.lang, hit.confidence(), hit.alsoIn());
        return Reply.builder(turn.lang, ReplyType.FAQ, general.text() + "\n\n" + offer)
                .faqId(hit.entry().id())
                .confidence(hit.confidence())
                .sourceUrl(general.sourceUrl().orElse(null))
                .intent(rule.id())
                .build();
    }

    /** The offer to work out the user's own date, with the question for the rule's fact. */
    private String offer(Turn turn, DateRule rule) {
        String ask = book.factOf(rule).ask().get(turn.lang);
        // "I redeemed the key in March": the question back names the month it read, so that only the day is missing.
        return MonthOfFact.stated(turn, book.factOf(rule), texts)
                .map(month -> texts.get(turn.lang, "rule.offer.month", month, ask))
                .orElseGet(() -> texts.get(turn.lang, "rule.offer", ask));
    }

    /** The rule's FAQ sentence, quoted from its source entry, with the offer. */
    private Reply quoted(Turn turn, DateRule rule, SearchResult search, String offer) {
        String source = rule.spec().source();
        double searched = search.hits().stream().filter(hit -> hit.entry().id().equals(source)).mapToDouble(Hit::confidence).findFirst().orElse(0);
        return Reply.builder(turn.lang, ReplyType.FAQ, replies.generalRule(rule, turn.lang) + "\n\n" + offer)
                .faqId(source)
                .confidence(Math.min(1, searched + INTENT_CREDIT))
                .sourceUrl(faq.entry(source).map(entry -> entry.sourceUrl().get(turn.lang)).orElse(null))
                .intent(rule.id())
                .build();
    }

    /**
     * The rule's own source entry when the search ranks it among its first few (the rule's cues are evidence for it
     * that words alone do not give), with that evidence added to its confidence.
     */
    private static Optional<Hit> sourceHit(DateRule rule, SearchResult search) {
        return search.top(SOURCE_RANK_LIMIT).stream()
                .filter(hit -> hit.entry().id().equals(rule.spec().source()))
                .findFirst()
                .map(hit -> new Hit(hit.entry(), Math.min(1, hit.confidence() + INTENT_CREDIT), hit.alsoIn()));
    }
}
