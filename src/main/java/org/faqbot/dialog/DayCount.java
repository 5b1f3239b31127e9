package org.faqbot.dialog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.nlu.YearlessPolicy;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.PendingQuestion;

/**
 * "How many days until 15 December?", "hoeveel dagen nog tot 15 december?": a count of the days up to a day the
 * message names, with nothing of a rule's own between the count and the day. Such a day is asked about, no new fact:
 * right after the renewal answer it is no renewal start, which would overwrite the one given before. The count names
 * the day's role when it is one of the open question's dates ("15 December 2026, your benefit expiry date").
 */
final class DayCount {

    /** The count and its preposition, right before the day: the day is then all that the count runs to. */
    private static final Pattern COUNT_BEFORE_DAY = Pattern.compile(
            "(?:^|[^\\p{L}])(?:how many days|how many more days|hoeveel dagen)\\b(?:\\s+(?:are|is|it|there|still|left|remain|remaining|"
                    + "do|we|i|have|nog|is|zijn|het|er|heb|hebben|ik|we|wij|over))*\\s+(?:until|till|til|to|before|tot en met|t/m|tot|voor)"
                    + "(?:\\s+(?:the|de))?\\s*$");

    private final RuleBook book;
    private final RuleRouter router;
    private final Texts texts;

    DayCount(RuleBook book, RuleRouter router, Texts texts) {
        this.book = book;
        this.router = router;
        this.texts = texts;
    }

    /** The count's reply, when the message counts the days to the one day it names; {@code pending} the open question. */
    Optional<Reply> answer(Turn turn, RuleRouter.Routing routing, Optional<PendingQuestion> pending) {
        if (!routing.endDates().isEmpty() || !routing.askedEnds().isEmpty()) {
            return Optional.empty();
        }
        List<DateMention> all = new ArrayList<>(routing.otherDates());
        routing.factMentions().values().forEach(all::addAll);
        List<Integer> starts = all.stream().map(DateMention::start).distinct().toList();
        if (starts.size() != 1) {
            return Optional.empty();
        }
        DateMention mention = all.get(0);
        String before = turn.text.substring(0, Math.max(0, Math.min(mention.start(), turn.text.length())));
        if (!COUNT_BEFORE_DAY.matcher(before.toLowerCase(Locale.ROOT)).find()) {
            return Optional.empty();
        }
        if (!(router.reread(mention, turn.text, turn.lang, turn.today, YearlessPolicy.NEXT_OR_DAYS_PASSED) instanceof ResolvedDate date)) {
            return Optional.empty();
        }
        LocalDate day = date.date();
        String named = texts.date(day, turn.lang) + role(day, pending, turn.lang).map(label -> ", " + label + ",").orElse("");
        long days = ChronoUnit.DAYS.between(turn.today, day);
        String today = texts.date(turn.today, turn.lang);
        String text = days == 0 ? texts.get(turn.lang, "count.today", named, today)
                : days > 0 ? texts.get(turn.lang, "count.ahead", named, texts.days(days, turn.lang), today)
                : texts.get(turn.lang, "count.passed", named, texts.days(-days, turn.lang), today);
        return Optional.of(Reply.builder(turn.lang, ReplyType.RULE, text).build());
    }

    /** How the open question's dates name {@code day}, if it is one of them. */
    private Optional<String> role(LocalDate day, Optional<PendingQuestion> pending, Lang lang) {
        Map<String, LocalDate> facts = pending.map(PendingQuestion::facts).orElse(Map.of());
        return facts.entrySet().stream().filter(e -> e.getValue().equals(day)).map(Map.Entry::getKey).sorted().findFirst()
                .flatMap(id -> book.facts().stream().filter(f -> f.id().equals(id)).findFirst())
                .map(Fact::label).map(label -> label.get(lang));
    }
}
