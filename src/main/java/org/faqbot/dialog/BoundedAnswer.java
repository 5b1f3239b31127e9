package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateBounds;
import org.faqbot.nlu.InvalidDate;
import org.faqbot.rules.BoundedEvaluation;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.DayQuestion;
import org.faqbot.rules.Fact;
import org.faqbot.rules.FactStart;
import org.faqbot.rules.FromRule;
import org.faqbot.rules.Polarity;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.Tense;
import org.faqbot.store.PendingQuestion;

/**
 * Answers a rule question whose date is only a bound or an approximation, when the bound alone decides it:
 * a key redeemed "more than a year ago" is certainly no longer usable, one redeemed "less than a month ago"
 * certainly still is, whatever the exact day ({@link BoundedEvaluation} works this out from the rule's period).
 * The reply says so, and why, and asks for the exact day for the exact date. When the exact day matters ("more
 * than 6 months ago") there is no answer here, and the bot asks for the day as for any inexact date.
 */
final class BoundedAnswer {

    private final RuleBook book;
    private final RuleReplies replies;
    private final Texts texts;

    BoundedAnswer(RuleBook book, RuleReplies replies, Texts texts) {
        this.book = book;
        this.replies = replies;
        this.texts = texts;
    }

    /**
     * The answer for the picked date, when it is an inexact date with bounds that decide the rule today. Not
     * for a planned or supposed action, nor for a question about another day: those keep asking for the day.
     */
    Optional<Reply> answer(Turn turn, DateRule rule, DatePicker.Pick pick, boolean yesNo) {
        if (!(pick.mention() instanceof InvalidDate date) || date.bounds().isEmpty()) {
            return Optional.empty();
        }
        Optional<DayQuestion> otherDay = pick.askedDay().filter(asked -> asked.polarity() == Polarity.ALLOWED)
                .filter(asked -> !asked.day().equals(turn.today) || asked.through().isPresent());
        if (otherDay.isPresent()) {
            // "If I redeem one in January, does it work next December?": every day of the month may be the fact's.
            Optional<Reply> reply = onAsked(turn, rule, date, otherDay.get(), pick.supposed());
            reply.ifPresent(r -> keepBound(turn, date));
            return reply;
        }
        if (!yesNo && pick.askedDay().isEmpty()) {
            // "Until when?" of a plan's month, or of a past month whose days leave today open: the range of dates answers.
            Optional<Reply> range = rangeOnly(turn, rule, date, pick.supposed());
            if (range.isPresent()) {
                return range;
            }
        }
        if (pick.supposed()) {
            return Optional.empty();
        }
        // "Has it expired?" asks about today too, the other way round: its yes is the "still usable?" question's no.
        Optional<Polarity> polarity = pick.askedDay().isEmpty() ? Optional.of(Polarity.ALLOWED)
                : pick.askedDay().filter(asked -> asked.day().equals(turn.today)).map(DayQuestion::polarity)
                        .filter(asked -> asked == Polarity.ALLOWED || asked == Polarity.ENDED_BY);
        if (polarity.isEmpty()) {
            return Optional.empty();
        }
        DateBounds bounds = date.bounds().get();
        // "Until when?" asks for the date: the range of last days leads, the verdict for today follows.
        Optional<Reply> reply = decide(turn, rule, date.text(), bounds, polarity.get(), yesNo || pick.askedDay().isPresent());
        if (reply.isEmpty() && yesNo) {
            // "In December 2025, is it still valid?": the days leave today open, which the range of dates says, as
            // "until when?" of the same month does; a bare question for the day would not say why.
            reply = rangeOnly(turn, rule, date, false);
        }
        reply.ifPresent(r -> keepBound(turn, date));
        return reply;
    }

    /**
     * The rule's dates for every day the fact may be on, when the question asks for the date and no verdict for today
     * comes with them: a plan ("if I redeem it at the end of May, until when?") has none, and a past fact's days may
     * leave today open ("begin december 2025": the last day is 1 to 10 December 2026). Empty when a bound is open.
     */
    private Optional<Reply> rangeOnly(Turn turn, DateRule rule, InvalidDate date, boolean supposed) {
        Fact fact = book.factOf(rule);
        DateBounds said = date.bounds().orElseThrow();
        Optional<DateBounds> known = supposed ? planBounds(said, turn.today) : factBounds(said, fact, turn.today);
        // A plan's open end ("if I redeem it after Easter") still gives the first date the rule may give.
        if (known.isEmpty() || known.get().earliest().isEmpty() || known.get().latest().isEmpty() && !supposed) {
            return Optional.empty();
        }
        BoundedEvaluation evaluation = BoundedEvaluation.of(rule, known.get().earliest(), known.get().latest(), turn.today);
        if (!supposed && evaluation.allowed().isPresent()) {
            return Optional.empty();
        }
        Lang lang = turn.lang;
        String kind = rule instanceof FromRule ? "from" : "until";
        String factRange = range(known.get().earliest(), known.get().latest(), lang);
        String results = range(evaluation.earliestResult(), evaluation.latestResult(), lang);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("**" + texts.get(lang, "rule.bound.lead." + kind, results) + "**");
        String period = rule.spec().period().isZero() ? "same" : kind;
        paragraphs.add(supposed ? texts.get(lang, "rule.bound.supposed." + period, FaqResponder.escape(date.text()), factRange, results)
                : texts.get(lang, "rule.bound.open_today", FaqResponder.escape(date.text()), fact.label().get(lang), factRange,
                        texts.date(turn.today, lang)));
        paragraphs.add(replies.generalRule(rule, lang));
        paragraphs.add(exactDay(turn, fact));
        return Optional.of(replies.composed(rule, lang, paragraphs, Optional.empty(), Optional.empty()));
    }

    /** The open question keeps the bounds, so that "is it still valid then?" next is answered from them again. */
    private static void keepBound(Turn turn, InvalidDate date) {
        DateBounds bounds = date.bounds().orElseThrow();
        turn.pending().ifPresent(p -> turn.setPending(p.withBound(
                new PendingQuestion.FactBound(date.text(), bounds.earliest().orElse(null), bounds.latest().orElse(null)))));
    }

    /**
     * The yes or no for another day or a span a question asks about ("still valid in December?"), when every day the fact
     * may be on gives it for every day asked about: the rule decides at the ends of both (see {@link BoundedEvaluation}).
     * A key is usable only from the day it is redeemed ({@link FactStart.startsAtFact}), so a span that may start before
     * the fact is no yes for all of it. Empty when the exact day decides, and then the bot asks for it.
     */
    private Optional<Reply> onAsked(Turn turn, DateRule rule, InvalidDate date, DayQuestion asked, boolean supposed) {
        Fact fact = book.factOf(rule);
        Optional<DateBounds> known = supposed ? date.bounds() : factBounds(date.bounds().orElseThrow(), fact, turn.today);
        if (known.isEmpty() || known.get().earliest().isEmpty() || known.get().latest().isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = asked.day();
        LocalDate last = asked.through().orElse(first);
        LocalDate earliestFact = known.get().earliest().get();
        LocalDate latestFact = known.get().latest().get();
        Optional<Boolean> onFirst = BoundedEvaluation.of(rule, known.get().earliest(), known.get().latest(), first).allowed();
        Optional<Boolean> onLast = BoundedEvaluation.of(rule, known.get().earliest(), known.get().latest(), last).allowed();
        boolean startsAtFact = FactStart.startsAtFact(rule, fact);
        boolean all = onFirst.orElse(false) && onLast.orElse(false) && (!startsAtFact || !first.isBefore(latestFact));
        boolean none = onFirst.filter(b -> !b).isPresent() && onLast.filter(b -> !b).isPresent()
                || startsAtFact && last.isBefore(earliestFact);
        Lang lang = turn.lang;
        BoundedEvaluation evaluation = BoundedEvaluation.of(rule, known.get().earliest(), known.get().latest(), turn.today);
        String when = asked.through().isPresent() ? replies.span(asked, lang) : texts.get(lang, "rule.bound.on", texts.date(first, lang));
        boolean oneMonth = earliestFact.getMonth() == latestFact.getMonth() && earliestFact.getYear() == latestFact.getYear();
        if (!all && !none && !oneMonth) {
            // A wider part ("the end of the year") is asked back as any inexact date, naming the words.
            return Optional.empty();
        }
        if (!all && !none) {
            // "If I redeem it in January, is it valid in January 2028?": the day decides, and the question back says why.
            String kind = rule instanceof FromRule ? "from" : "until";
            String why = texts.get(lang, "rule.bound.asked.depends." + kind, when,
                    replies.span(DayQuestion.allowedIn(earliestFact, latestFact), lang),
                    range(evaluation.earliestResult(), evaluation.latestResult(), lang));
            // The day alone next ("the 20th") is read in the fact's month, of the year the month was read in.
            turn.pending().ifPresent(p -> turn.setPending(p.askingDayIn(
                    new PendingQuestion.MonthAsked(earliestFact.getMonth(), earliestFact.getYear()))));
            return Optional.of(replies.ask(rule, lang, Optional.of(why)));
        }
        String factRange = range(known.get().earliest(), known.get().latest(), lang);
        String factDays = replies.span(DayQuestion.allowedIn(earliestFact, latestFact), lang);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("**" + texts.get(lang, "rule.bound.asked." + (all ? "yes" : "no"), when, factDays) + "**");
        String kind = rule.spec().period().isZero() ? "same" : rule instanceof FromRule ? "from" : "until";
        String results = range(evaluation.earliestResult(), evaluation.latestResult(), lang);
        paragraphs.add(supposed ? texts.get(lang, "rule.bound.supposed." + kind, FaqResponder.escape(date.text()), factRange, results)
                : texts.get(lang, "rule.bound." + kind, FaqResponder.escape(date.text()), fact.label().get(lang), factRange, results,
                        texts.date(turn.today, lang)));
        paragraphs.add(replies.generalRule(rule, lang));
        paragraphs.add(exactDay(turn, fact));
        return Optional.of(replies.composed(rule, lang, paragraphs, Optional.empty(), Optional.of(all)));
    }

    /** The answer again from the bounds an earlier answer kept ("is it still valid then?" after "begin maart"). */
    Optional<Reply> again(Turn turn, DateRule rule, PendingQuestion.FactBound bound) {
        return decide(turn, rule, bound.text(), new DateBounds(Optional.ofNullable(bound.earliest()), Optional.ofNullable(bound.latest())),
                Polarity.ALLOWED, true);
    }

    /**
     * The same for the day the rule's thing ends, known only within bounds ("my key expired more than a month
     * ago"): the fact lies within those bounds less the rule's period ({@link DateRule#factFor}).
     */
    Optional<Reply> answerEnd(Turn turn, DateRule rule, InvalidDate end) {
        return end.bounds().flatMap(bounds -> decide(turn, rule, end.text(),
                new DateBounds(bounds.earliest().map(rule::factFor), bounds.latest().map(rule::factFor)), Polarity.ALLOWED, true));
    }

    private Optional<Reply> decide(Turn turn, DateRule rule, String date, DateBounds said, Polarity polarity, boolean yesNo) {
        Fact fact = book.factOf(rule);
        return factBounds(said, fact, turn.today).flatMap(bounds -> {
            BoundedEvaluation evaluation = BoundedEvaluation.of(rule, bounds.earliest(), bounds.latest(), turn.today);
            return evaluation.allowed().map(allowed -> reply(turn, fact, date, bounds, evaluation, allowed, polarity, yesNo));
        });
    }

    /**
     * The bounds of the fact itself: a past fact happened by today at the latest, whatever the words leave
     * open ("redeemed after 1 June" lies between 2 June and today). Empty when nothing is left of them (a
     * past fact "after" a day still to come), which the question back then deals with.
     */
    private static Optional<DateBounds> factBounds(DateBounds said, Fact fact, LocalDate today) {
        if (fact.tense() != Tense.PAST) {
            return Optional.of(said);
        }
        LocalDate latest = said.latest().filter(day -> day.isBefore(today)).orElse(today);
        boolean empty = said.earliest().filter(day -> day.isAfter(latest)).isPresent();
        return empty ? Optional.empty() : Optional.of(new DateBounds(said.earliest(), Optional.of(latest)));
    }

    /**
     * The bounds of a planned fact: a plan is done from today on, so "before Easter" lies between today and the day
     * before it; empty when nothing is left of them (a plan "before" a day gone by).
     */
    private static Optional<DateBounds> planBounds(DateBounds said, LocalDate today) {
        if (said.earliest().isPresent()) {
            return Optional.of(said);
        }
        return said.latest().filter(day -> !day.isBefore(today)).map(day -> new DateBounds(Optional.of(today), Optional.of(day)));
    }

    private Reply reply(Turn turn, Fact fact, String date, DateBounds bounds, BoundedEvaluation evaluation, boolean allowed,
            Polarity polarity, boolean yesNo) {
        DateRule rule = evaluation.rule();
        Lang lang = turn.lang;
        List<String> paragraphs = new ArrayList<>();
        boolean endedAsked = polarity == Polarity.ENDED_BY;
        String verdict = endedAsked ? texts.get(lang, allowed ? "rule.bound.not_ended" : "rule.bound.ended")
                : rule.spec().texts().verdict(allowed).get(lang);
        boolean bothEnds = evaluation.earliestResult().isPresent() && evaluation.latestResult().isPresent();
        if (!yesNo && bothEnds && !endedAsked) {
            paragraphs.add("**" + texts.get(lang, "rule.bound.lead." + (rule instanceof FromRule ? "from" : "until"),
                    range(evaluation.earliestResult(), evaluation.latestResult(), lang)) + "**");
            paragraphs.add(verdict);
        } else {
            paragraphs.add("**" + verdict + "**");
        }
        // A rule whose result is its fact (the benefit expiry date is the last day to redeem) needs no second range.
        String kind = rule.spec().period().isZero() ? "same" : rule instanceof FromRule ? "from" : "until";
        paragraphs.add(texts.get(lang, "rule.bound." + kind, FaqResponder.escape(date), fact.label().get(lang),
                range(bounds.earliest(), bounds.latest(), lang), range(evaluation.earliestResult(), evaluation.latestResult(), lang),
                texts.date(turn.today, lang)));
        String passed = rule.spec().texts().passed().get(lang);
        if (!allowed && !(rule instanceof FromRule) && !passed.isBlank()) {
            paragraphs.add(passed);
        }
        paragraphs.add(replies.generalRule(rule, lang));
        // "Redeemed in April": the question for the exact day names the month read, and the open question keeps it, so
        // that "the 9th" next is read in April.
        paragraphs.add(exactDay(turn, fact));
        return replies.composed(rule, lang, paragraphs, Optional.empty(), Optional.of(endedAsked != allowed));
    }

    /**
     * The question for the exact day, naming the month read ("If you tell me the day in April, ..."), which the open
     * question keeps so that "the 9th" next is read in it: the month of the fact's clause, or a month given alone in
     * answer to the question back ("in juni").
     */
    private String exactDay(Turn turn, Fact fact) {
        String ask = fact.ask().get(turn.lang);
        return MonthOfFact.stated(turn, fact, texts).or(() -> MonthOfFact.answered(turn, fact, book.facts(), texts))
                .map(month -> texts.get(turn.lang, "rule.offer.month", month, ask))
                .orElseGet(() -> texts.get(turn.lang, "rule.bound.exact", ask));
    }

    /** "on or before 14 June 2020", "on or after 16 May 2021", "between 16 May 2021 and 15 June 2021", "on 15 June 2021". */
    private String range(Optional<LocalDate> earliest, Optional<LocalDate> latest, Lang lang) {
        if (earliest.isPresent() && earliest.equals(latest)) {
            return texts.get(lang, "rule.bound.on", texts.date(earliest.get(), lang));
        }
        if (earliest.isPresent() && latest.isPresent()) {
            return texts.get(lang, "rule.bound.between", texts.date(earliest.get(), lang), texts.date(latest.get(), lang));
        }
        return earliest.map(day -> texts.get(lang, "rule.bound.on_or_after", texts.date(day, lang)))
                .orElseGet(() -> texts.get(lang, "rule.bound.on_or_before", texts.date(latest.orElseThrow(), lang)));
    }
}
