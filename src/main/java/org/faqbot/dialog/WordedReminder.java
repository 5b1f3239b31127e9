package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.nlu.AmbiguousDate;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.InvalidDate;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;

/**
 * The reply to a reminder asked for in words ({@link ReminderRequest}): always a reminder's reply, never an FAQ entry. A
 * date of the user's in the message ("remind me before our benefits expire on 30 January 2027") is remembered and its
 * reminders set; a day that cannot be gets the date's explanation, a day gone by is said to be past, and any other day
 * ("remind me tomorrow") is no date of the user's: the bot sends reminders only before those, which the reply says, with
 * the dates it can remind of. Without a day, the thing named ("30 days before my key expires") is reminded of as
 * {@code /remind} with its name would, a date the conversation keeps being remembered first; with none, as a bare /remind.
 */
final class WordedReminder {

    private final RuleBook book;
    private final RuleRouter router;
    private final RuleReplies replies;
    private final RemindCommand remind;
    private final Remembering remembering;
    private final int minYear;
    private final int maxYear;
    private final Texts texts;

    WordedReminder(RuleBook book, RuleRouter router, RuleReplies replies, RemindCommand remind, Remembering remembering,
            Texts texts, int minYear, int maxYear) {
        this.book = book;
        this.router = router;
        this.replies = replies;
        this.remind = remind;
        this.remembering = remembering;
        this.minYear = minYear;
        this.maxYear = maxYear;
        this.texts = texts;
    }

    /** The reply to {@code turn}, a reminder asked for in words, in the words' language. */
    Reply reply(Turn turn) {
        RuleRouter.Routing routing = router.route(turn.text, turn.lang, turn.today);
        List<DateMention> mentions = new ArrayList<>(routing.factDates().values());
        routing.factMentions().values().forEach(mentions::addAll);
        mentions.addAll(routing.endDates().values());
        mentions.addAll(routing.otherDates());
        Optional<InvalidDate> impossible = mentions.stream().filter(InvalidDate.class::isInstance).map(InvalidDate.class::cast).findFirst();
        if (impossible.isPresent()) {
            return replies.invalid(Optional.empty(), impossible.get(), turn.lang, minYear, maxYear);
        }
        if (!routing.factDates().isEmpty() || !routing.endDates().isEmpty()) {
            return rememberAndRemind(turn);
        }
        Optional<DateMention> day = mentions.stream().filter(m -> !(m instanceof InvalidDate)).findFirst();
        if (day.isPresent()) {
            return day.get() instanceof ResolvedDate resolved
                    ? remind.onDay(turn, resolved.relative() ? resolved.text() + ", " + texts.date(resolved.date(), turn.lang)
                            : texts.date(resolved.date(), turn.lang), resolved.date().isBefore(turn.today))
                    : remind.onDay(turn, day.get().text(), ((AmbiguousDate) day.get()).readings().stream().allMatch(d -> d.isBefore(turn.today)));
        }
        Optional<Fact> named = routing.rule().map(book::factOf).or(() -> book.facts().stream()
                .filter(f -> router.mentionsFact(turn.text, turn.lang, f)).findFirst());
        return named.map(fact -> remind.forFact(turn, fact)).orElseGet(() -> remind.inWords(turn));
    }

    /**
     * "Remind me before our benefits expire on 30 January 2027": the date remembered as "remember that ..." would, and the
     * reminders its reply offers (a button each) set at once, as asked.
     */
    private Reply rememberAndRemind(Turn turn) {
        Reply remembered = remembering.remember(turn);
        List<String> paragraphs = new ArrayList<>(List.of(remembered.text()));
        List<Choice> left = new ArrayList<>();
        for (Choice choice : remembered.choices()) {
            Optional<Fact> fact = choice.payload().startsWith("/remind ") ? book.fact(choice.payload().substring("/remind ".length()))
                    : Optional.empty();
            if (fact.isPresent()) {
                paragraphs.add(remind.forFact(turn, fact.get()).text());
            } else {
                left.add(choice);
            }
        }
        return Reply.builder(remembered.lang(), remembered.type(), String.join("\n\n", paragraphs)).choices(left)
                .intent(remembered.intent().orElse(null)).build();
    }
}
