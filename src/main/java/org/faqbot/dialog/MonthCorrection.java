package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.NamedMonth;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.rules.Tense;
import org.faqbot.store.PendingQuestion;

/**
 * "Actually it was April" / "nee, het was april" right after a rule's answer from 3 March: the same day in that month,
 * as "sorry, I meant 2025" keeps the day and month and changes the year. A month alone reads as no date, so the message
 * got an FAQ entry instead. Only a short message with a correction word, one month and no day; a denial ("not in April")
 * or a question ("and in April?", answered as the same question on another day) is none.
 */
final class MonthCorrection {

    /** The most words such a correction has ("no wait sorry, it was in April actually"). */
    private static final int MAX_WORDS = 8;
    private static final Pattern DENIED = Pattern.compile("\\b(?:not|never|niet|nooit|geen)\\b");

    private final RuleFlow rules;
    private final DateReader dates;

    MonthCorrection(RuleFlow rules, DateReader dates) {
        this.rules = rules;
        this.dates = dates;
    }

    /** The open rule question answered from its date moved into the month {@code turn} corrects it to, if it is such a correction. */
    Optional<Reply> answer(Turn turn) {
        Optional<PendingQuestion> pending = turn.pending().filter(p -> p.aboutRule() && p.readings().isEmpty()
                && p.eachThing().size() <= 1 && p.facts().containsKey(p.awaitedFact()));
        String words = Normalized.words(turn.text);
        if (pending.isEmpty() || words.split(" ").length > MAX_WORDS || QuestionShape.isQuestion(turn.text)
                || DENIED.matcher(words).find() || !CorrectionWords.anyCue(" " + words + " ")) {
            return Optional.empty();
        }
        LocalDate given = pending.get().facts().get(pending.get().awaitedFact());
        return month(turn).filter(m -> given.getDayOfMonth() <= m.month().length(java.time.Year.isLeap(m.year().orElse(given.getYear()))))
                .map(m -> given.withYear(m.year().orElse(given.getYear())).withMonth(m.month().getValue()))
                .filter(day -> !day.equals(given))
                .flatMap(day -> rules.chooseReading(turn, pending.get(), day));
    }

    /** The one month {@code turn} names without a day, in its language or, a short message being easily misread, the other. */
    private Optional<NamedMonth> month(Turn turn) {
        for (Lang lang : List.of(turn.lang, turn.lang.other())) {
            if (!dates.read(turn.text, lang, turn.today, Tense.PAST).isEmpty()) {
                return Optional.empty();
            }
            Optional<NamedMonth> month = NamedMonth.in(turn.text, lang, turn.today);
            if (month.isPresent()) {
                return month;
            }
        }
        return Optional.empty();
    }
}
