package org.faqbot.dialog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;

/**
 * A supposed day named from the date just answered, not from today: "and if it was the Tuesday before?", "en als het
 * de dinsdag daarvoor was?" (the Tuesday before that date), "what if it was the week after?", "en als het de dag erna
 * was?". A weekday alone would be the next one from today; here it is counted from the conversation's date, as
 * {@link FollowUps#shifted} counts "a month later" from it. {@link ShiftedFact} answers it.
 */
final class StepFromGiven {

    /** A supposition ("and if", "what if", "en als") that names a weekday or unit and a direction from the date given. */
    private static final Pattern STEP = Pattern.compile(
            "^(?:(?:and|but|so|en|maar|dus) )?(?:what if|if|suppose|supposing|say|als|wat als|stel dat|stel|indien)\\b.*?"
                    + "\\b((?:the|a|de|het|een) (\\p{L}+) (?:(before|earlier|ervoor|daarvoor|eerder)|after|later|erna|daarna)"
                    + "(?: that| then)?)\\b.*$");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("maandag", DayOfWeek.MONDAY), Map.entry("dinsdag", DayOfWeek.TUESDAY), Map.entry("woensdag", DayOfWeek.WEDNESDAY),
            Map.entry("donderdag", DayOfWeek.THURSDAY), Map.entry("vrijdag", DayOfWeek.FRIDAY), Map.entry("zaterdag", DayOfWeek.SATURDAY),
            Map.entry("zondag", DayOfWeek.SUNDAY));

    private static final Map<String, Period> UNITS = Map.of(
            "day", Period.ofDays(1), "dag", Period.ofDays(1), "week", Period.ofWeeks(1), "month", Period.ofMonths(1),
            "maand", Period.ofMonths(1), "year", Period.ofYears(1), "jaar", Period.ofYears(1));

    private StepFromGiven() {
    }

    /** The step from {@code given} that {@code text} supposes, as a {@link FollowUps.Shift}; empty when it names none. */
    static Optional<FollowUps.Shift> of(String text, LocalDate given) {
        String folded = Normalized.of(text).replaceAll("[,.!;:]", " ").replaceAll("\\s+", " ").strip();
        Matcher step = STEP.matcher(folded);
        if (!step.matches()) {
            return Optional.empty();
        }
        boolean before = step.group(3) != null;
        String named = step.group(2);
        Optional<LocalDate> moved = Optional.ofNullable(WEEKDAYS.get(named))
                .map(day -> given.with(before ? TemporalAdjusters.previous(day) : TemporalAdjusters.next(day)))
                .or(() -> Optional.ofNullable(UNITS.get(named)).map(unit -> before ? given.minus(unit) : given.plus(unit)));
        return moved.map(day -> new FollowUps.Shift(folded, step.start(1), step.end(1), Period.between(given, day)));
    }
}
