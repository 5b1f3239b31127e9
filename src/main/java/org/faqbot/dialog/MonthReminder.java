package org.faqbot.dialog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.faqbot.nlu.MonthYear;
import org.faqbot.nlu.NamedMonth;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;

/**
 * A reminder asked for in a month ("remind me in July", "herinner me in juli"): the bot reminds before the user's dates,
 * so the month becomes that many days before the rule's date, sent on the month's first day (or tomorrow in this month).
 * A month that begins after the rule's date is too late to remind of it, which the reply says rather than setting the
 * usual reminders as if the month had not been named.
 */
final class MonthReminder {

    /** What stands before a month asked for: "in July", "during July", "ergens in juli", "tijdens juli". */
    private static final Pattern BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:in|during|tijdens)\\s+$");

    /**
     * The month asked for and what it gives: {@code lead}, days before the rule's date, or empty when the month comes too
     * late ({@code month} then is what the reply names, {@code result} the rule's date).
     */
    record Asked(YearMonth month, LocalDate result, OptionalInt lead) {
    }

    private MonthReminder() {
    }

    /**
     * The month {@code turn} asks to be reminded in, for {@code fact}'s {@code date}; empty when it names none (a month
     * inside a date, "on 3 March", is no month asked for).
     */
    static Optional<Asked> of(Turn turn, RuleBook book, Fact fact, LocalDate date) {
        Optional<NamedMonth> named = NamedMonth.in(turn.text, turn.lang, turn.today)
                .filter(month -> BEFORE.matcher(Normalized.of(turn.text.substring(0, month.start()))).find());
        Optional<DateRule> rule = book.rules().stream()
                .filter(r -> r.spec().fact().equals(fact.id()) && !r.spec().reminderDaysBefore().isEmpty()).findFirst();
        if (named.isEmpty() || rule.isEmpty()) {
            return Optional.empty();
        }
        YearMonth month = named.get().year().isPresent() ? YearMonth.of(named.get().year().getAsInt(), named.get().month())
                : MonthYear.notEndedBy(named.get().month(), turn.today);
        LocalDate result = rule.get().apply(date);
        LocalDate tomorrow = turn.today.plusDays(1);
        LocalDate day = month.atDay(1).isBefore(tomorrow) ? tomorrow : month.atDay(1);
        if (day.isAfter(result) || day.isAfter(month.atEndOfMonth())) {
            return Optional.of(new Asked(month, result, OptionalInt.empty()));
        }
        return Optional.of(new Asked(month, result, OptionalInt.of((int) ChronoUnit.DAYS.between(day, result))));
    }
}
