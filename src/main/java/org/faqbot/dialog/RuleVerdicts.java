package org.faqbot.dialog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.NamedMonth;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.DayQuestion;
import org.faqbot.rules.Evaluation;
import org.faqbot.rules.Fact;
import org.faqbot.rules.FactStart;
import org.faqbot.rules.FromRule;
import org.faqbot.rules.Polarity;
import org.faqbot.rules.RuleBook;

/**
 * The yes/no line of a rule's answer: for today in the rule's own words ("Yes, the key is still usable today."), or for
 * the day a question asks about in the question's terms ("No, on 1 March 2022 that is no longer possible.", "Yes, by 1
 * March 2022 it has expired: you can use it until 1 December 2021.").
 */
final class RuleVerdicts {

    /** The yes/no line and the yes or no it stands for. */
    record Verdict(String text, boolean ok) {
    }

    private final Texts texts;
    private final RuleBook book;

    RuleVerdicts(Texts texts, RuleBook book) {
        this.texts = texts;
        this.book = book;
    }

    /** Whether the rule allows it today, in the rule's own words. */
    static Verdict today(Evaluation evaluation, Lang lang) {
        return new Verdict(evaluation.rule().spec().texts().verdict(evaluation.allowed()).get(lang), evaluation.allowed());
    }

    /** The answer to a yes/no question about {@code asked}'s day, the way round it asks. */
    Verdict on(Evaluation evaluation, DayQuestion asked, Lang lang) {
        DateRule rule = evaluation.rule();
        Optional<Verdict> beforeFact = beforeFact(evaluation, asked, lang);
        if (beforeFact.isPresent()) {
            return beforeFact.get();
        }
        if (asked.through().isPresent()) {
            return inSpan(evaluation, asked, asked.through().get(), lang);
        }
        boolean yes = asked.yes(rule, evaluation.result());
        String text = asked.polarity() == Polarity.ALLOWED
                ? texts.get(lang, "rule.asked_day." + (rule instanceof FromRule ? "from" : "until") + "." + (yes ? "yes" : "no"),
                        texts.date(asked.day(), lang))
                : endVerdict(asked, evaluation.result(), lang);
        return new Verdict(text, yes);
    }

    /**
     * The answer when the day or span asked about starts before the fact of a thing that exists only from it ({@link
     * FactStart}): "does it work in November?" of a key redeemed on 3 November works from the 3rd, not on the 1st. Empty
     * for any other question, which the rule's result alone answers.
     */
    private Optional<Verdict> beforeFact(Evaluation evaluation, DayQuestion asked, Lang lang) {
        DateRule rule = evaluation.rule();
        Fact fact = book.factOf(rule);
        LocalDate from = evaluation.fact();
        if (asked.polarity() != Polarity.ALLOWED || !FactStart.startsAtFact(rule, fact) || !asked.day().isBefore(from)) {
            return Optional.empty();
        }
        LocalDate last = asked.through().orElse(asked.day());
        String label = fact.label().get(lang);
        if (last.isBefore(from)) {
            String when = asked.through().isPresent() ? span(asked.day(), last, lang) : texts.get(lang, "rule.bound.on", texts.date(asked.day(), lang));
            return Optional.of(new Verdict(texts.get(lang, "rule.asked_before_fact.no", when, texts.date(from, lang), label,
                    texts.date(evaluation.result(), lang)), false));
        }
        return Optional.of(new Verdict(texts.get(lang, "rule.asked_before_fact.part", span(asked.day(), last, lang), texts.date(from, lang),
                label, texts.date(evaluation.result(), lang)), true));
    }

    /**
     * The answer to "can I reassign it in March?": yes when the rule allows it all that span, no when on none of its days,
     * and otherwise from or until which day in it, always with the rule's own date ("Yes, in March 2027 that is allowed:
     * already from 1 September 2026.").
     */
    private Verdict inSpan(Evaluation evaluation, DayQuestion asked, LocalDate last, Lang lang) {
        DateRule rule = evaluation.rule();
        boolean onFirst = rule.allows(asked.day(), evaluation.result());
        boolean onLast = rule.allows(last, evaluation.result());
        String answer = onFirst && onLast ? "yes" : !onFirst && !onLast ? "no" : "part";
        String key = "rule.asked_span." + (rule instanceof FromRule ? "from" : "until") + "." + answer;
        return new Verdict(texts.get(lang, key, span(asked.day(), last, lang), texts.date(evaluation.result(), lang)), onFirst || onLast);
    }

    /** "in March 2027" for a whole month, else "from 1 June 2027 to 31 August 2027". */
    String span(LocalDate first, LocalDate last, Lang lang) {
        YearMonth month = YearMonth.from(first);
        if (first.getDayOfMonth() == 1 && last.equals(month.atEndOfMonth())) {
            return texts.get(lang, "rule.asked_span.month",
                    texts.month(new NamedMonth(month.getMonth(), OptionalInt.of(month.getYear()), 0, 0), lang));
        }
        return texts.get(lang, "rule.asked_span.days", texts.date(first, lang), texts.date(last, lang));
    }

    /**
     * The verdict on whether the thing has ended on the asked day, with the last day it can be used, so that the
     * answer says the exact end however the question put it: "Yes, by 1 March 2022 it has expired: you can use it
     * until 1 December 2021."
     */
    private String endVerdict(DayQuestion asked, LocalDate lastDay, Lang lang) {
        int relation = asked.day().compareTo(lastDay);
        if (asked.polarity() == Polarity.ENDS) {
            // "Will it expire?" asks whether and when, not about the day it was asked: say when, or that it already has.
            return texts.get(lang, relation > 0 ? "rule.asked_end.will.passed" : "rule.asked_end.will", texts.date(asked.day(), lang),
                    texts.date(lastDay, lang), texts.date(lastDay.plusDays(1), lang));
        }
        String key = relation == 0 ? (asked.polarity() == Polarity.ENDS_ON ? "last_day.yes" : "last_day.no")
                : asked.polarity() == Polarity.ENDS_AFTER ? (relation < 0 ? "after.yes" : "after.no")
                : relation < 0 ? "still" : "expired";
        return texts.get(lang, "rule.asked_end." + key, texts.date(asked.day(), lang), texts.date(lastDay, lang),
                texts.date(lastDay.plusDays(1), lang));
    }
}
