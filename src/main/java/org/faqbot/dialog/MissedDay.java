package org.faqbot.dialog;

import java.util.Optional;
import java.util.regex.Pattern;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.RuleBook;

/**
 * "What if I miss it?", "wat als ik te laat ben?" after a rule's answer or its question for the date: what happens once
 * the rule's last day has passed. The rule book says that for each "until" rule ({@code passed}: renew, redeem a new
 * key); the FAQ search, given only "miss" or "te laat", finds the entry the rule comes from again, which never says it.
 */
final class MissedDay {

    /** A short question about missing the day: the user, not a thing, misses it or is late. */
    private static final Pattern ASKS = Pattern.compile(
            "^(?:(?:and|but|so|ok|okay|hmm|en|maar|dus|oke|ok) )*"
            + "(?:what (?:if|happens if|happens when|then if|if ever)|and if|wat (?:als|gebeurt er als|dan als|nu als)|en als|stel dat)"
            + " (?:(?:i'm|im|we're|i am|we are|i was|we were) (?:too |a bit |a little )?late"
            + "|(?:i|we|ik|wij|we|je) (?:(?:miss|forget|overlook)(?: (?:it|that|the date|the deadline|that date|that day|the day))?"
            + "|(?:'m|am|are|was|were|'re) (?:too |a bit |a little )?late"
            + "|(?:don't|do not|dont|can't|cannot|cant) make it(?: in time)?"
            + "|(?:te laat|net te laat)(?: ben| zijn| was| waren| kom| komen)?"
            + "|(?:het|die|dat|de datum|die datum|de deadline|die dag) (?:mis|missen|vergeet|vergeten|niet haal|niet halen)"
            + "|(?:mis|vergeet)(?: (?:het|die|dat|hem))?"
            + "|(?:ben|zijn|was|waren) (?:te laat|net te laat)))"
            + "(?: (?:then|dan|though|eigenlijk|toch))?\\s*\\??$");

    private final RuleBook book;
    private final KnowledgeBase kb;
    private final Texts texts;

    MissedDay(RuleBook book, KnowledgeBase kb, Texts texts) {
        this.book = book;
        this.kb = kb;
        this.texts = texts;
    }

    static boolean asks(String text) {
        String folded = Normalized.of(text).replace('\u2019', '\'').replaceAll("[,.!;:]", " ").replaceAll("\\s+", " ").strip();
        return ASKS.matcher(folded).matches();
    }

    /**
     * What the open rule says happens after its last day, if {@code text} asks that and the rule says it; a "from" rule
     * has no last day to miss and says nothing.
     */
    Optional<Reply> reply(String text, Lang lang, String ruleId) {
        if (!asks(text)) {
            return Optional.empty();
        }
        Optional<DateRule> rule = book.rule(ruleId);
        Optional<String> passed = rule.map(r -> r.spec().texts().passed().get(lang)).filter(p -> !p.isBlank());
        if (passed.isEmpty()) {
            return Optional.empty();
        }
        Reply.Builder reply = Reply.builder(lang, ReplyType.RULE, texts.get(lang, "followup.missed", passed.get())).intent(ruleId)
                .confidence(1.0);
        kb.find(rule.get().spec().source()).ifPresent(entry -> reply.faqId(entry.id()).sourceUrl(entry.sourceUrl().get(lang)));
        return Optional.of(reply.build());
    }
}
