package org.faqbot.dialog;

import java.time.LocalDate;
import org.faqbot.kb.Lang;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.DayQuestion;
import org.faqbot.rules.Evaluation;
import org.faqbot.rules.FromRule;
import org.faqbot.rules.Polarity;

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

    RuleVerdicts(Texts texts) {
        this.texts = texts;
    }

    /** Whether the rule allows it today, in the rule's own words. */
    static Verdict today(Evaluation evaluation, Lang lang) {
        return new Verdict(evaluation.rule().spec().texts().verdict(evaluation.allowed()).get(lang), evaluation.allowed());
    }

    /** The answer to a yes/no question about {@code asked}'s day, the way round it asks. */
    Verdict on(Evaluation evaluation, DayQuestion asked, Lang lang) {
        DateRule rule = evaluation.rule();
        boolean yes = asked.yes(rule, evaluation.result());
        String text = asked.polarity() == Polarity.ALLOWED
                ? texts.get(lang, "rule.asked_day." + (rule instanceof FromRule ? "from" : "until") + "." + (yes ? "yes" : "no"),
                        texts.date(asked.day(), lang))
                : endVerdict(asked, evaluation.result(), lang);
        return new Verdict(text, yes);
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
