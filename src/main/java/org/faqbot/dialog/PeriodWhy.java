package org.faqbot.dialog;

import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.Evidence;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.RecentTurns;

/**
 * "Why 90 days?", "waarom een jaar?" right after a rule's answer: a "why" about the rule's own period. The FAQ gives no
 * reason beyond the sentence the rule is taken from, so the reply quotes that sentence (as the rule's answer did) and
 * says it is the reason the FAQ gives; the search would find nothing for the words and fall back.
 */
final class PeriodWhy {

    /** "Why", at most two words, an amount of time and at most two words more: "why 90 days?", "waarom precies een jaar dan?". */
    private static final Pattern WHY = Pattern.compile("(?:(?:and|but|en|maar|so|dus) )?(?:why|waarom|how come|hoezo)"
            + "(?: [\\p{L}]+){0,2}? (\\d{1,3}|a|an|one|one full|een|één|een heel|twelve|twaalf|thirty|dertig|ninety|negentig)"
            + " (days?|dagen|dag|months?|maanden|maand|years?|jaar|jaren)(?: [\\p{L}]+){0,2}");
    /**
     * A bare "why?" or "how do you know?" after a date answer: "waarom?", "hoe weet je dat?", "where does it say that?". The
     * date came from the user's own and the FAQ's rule, which the reply then names.
     */
    private static final Pattern BARE_WHY = Pattern.compile("(?:(?:and|but|en|maar|so|dus|ok|oke|okay) )?(?:why|waarom|how come|hoezo"
            + "|why is that|waarom is dat|how do you know|how do you know that|hoe weet je dat|hoe weet je dat zo zeker"
            + "|where does it say that|where does that come from|waar staat dat|waar haal je dat vandaan|says who|volgens wie"
            + "|how did you get that|hoe kom je daarop|hoe kom je daar bij|how did you work that out)(?: (?:then|so|exactly|dan|precies|zo))?");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("one full", 1), Map.entry("een", 1), Map.entry("één", 1), Map.entry("een heel", 1),
            Map.entry("twelve", 12), Map.entry("twaalf", 12), Map.entry("thirty", 30), Map.entry("dertig", 30),
            Map.entry("ninety", 90), Map.entry("negentig", 90));

    private final RuleBook book;
    private final Evidence evidence;
    private final KnowledgeBase kb;
    private final Texts texts;

    PeriodWhy(RuleBook book, Evidence evidence, KnowledgeBase kb, Texts texts) {
        this.book = book;
        this.evidence = evidence;
        this.kb = kb;
        this.texts = texts;
    }

    /** The FAQ's sentence as the reason, when the message asks why the last answered rule's period is what it is; else empty. */
    Optional<Reply> answer(Turn turn) {
        RecentTurns.LastAnswer last = turn.recent().lastAnswer();
        if (last == null || last.intent() == null || turn.message.standalone()) {
            return Optional.empty();
        }
        Optional<DateRule> rule = book.rule(last.intent());
        if (rule.isPresent() && BARE_WHY.matcher(Normalized.words(turn.text)).matches()) {
            return counted(turn, rule.get());
        }
        Matcher why = WHY.matcher(Normalized.words(turn.text));
        if (rule.isEmpty() || !why.matches() || !samePeriod(amount(why.group(1), why.group(2)), rule.get().spec().period())) {
            return Optional.empty();
        }
        String sentence = evidence.sentence(rule.get().id(), turn.lang);
        Optional<FaqEntry> source = kb.find(rule.get().spec().source());
        String page = source.map(e -> e.pageTitle().get(turn.lang)).orElse("FAQ");
        String text = texts.get(turn.lang, "rule.period_why", FaqResponder.escape(why.group(1) + " " + why.group(2)), sentence,
                FaqResponder.escape(page));
        Reply.Builder reply = Reply.builder(turn.lang, ReplyType.RULE, text).intent(rule.get().id()).confidence(1.0);
        source.ifPresent(entry -> reply.faqId(entry.id()).sourceUrl(entry.sourceUrl().get(turn.lang)));
        return Optional.of(reply.build());
    }

    /** "Waarom?" after a date answer: the date it counted from and the FAQ's sentence, or only the sentence without a date kept. */
    private Optional<Reply> counted(Turn turn, DateRule rule) {
        String sentence = evidence.sentence(rule.id(), turn.lang);
        Optional<FaqEntry> source = kb.find(rule.spec().source());
        String page = source.map(e -> e.pageTitle().get(turn.lang)).orElse("FAQ");
        Optional<java.time.LocalDate> given = KnownDates.lastGiven(turn, rule);
        String label = book.factOf(rule).label().get(turn.lang);
        String text = given.map(date -> texts.get(turn.lang, "rule.why.counted", label, texts.date(date, turn.lang), texts.date(rule.apply(date), turn.lang),
                        sentence, FaqResponder.escape(page)))
                .orElseGet(() -> texts.get(turn.lang, "rule.why.rule", sentence, FaqResponder.escape(page)));
        Reply.Builder reply = Reply.builder(turn.lang, ReplyType.RULE, text).intent(rule.id()).confidence(1.0);
        source.ifPresent(entry -> reply.faqId(entry.id()).sourceUrl(entry.sourceUrl().get(turn.lang)));
        return Optional.of(reply.build());
    }

    private static Period amount(String count, String unit) {
        int n = count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : NUMBER_WORDS.get(count);
        return switch (unit.charAt(0)) {
            case 'd' -> Period.ofDays(n);
            case 'm' -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        };
    }

    /** Whether {@code asked} is the rule's period, a year also as twelve months. */
    private static boolean samePeriod(Period asked, Period rule) {
        return !rule.isZero() && asked.toTotalMonths() == rule.toTotalMonths() && asked.getDays() == rule.getDays();
    }
}
