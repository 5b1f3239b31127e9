package org.faqbot.nlu;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way round a numeric date was written: day first ("20/04", 20 April) or month first ("04/20"). A date whose
 * digits tell ({@link #of}) tells how the same writer means a later one that reads both ways ("sorry, I meant 09/04"
 * after "04/20" is 4 September), which is then no longer a question ({@link #reading}).
 */
public enum NumericOrder {
    DAY_FIRST,
    MONTH_FIRST;

    /** The first two numbers of a numeric date, joined by a slash, dot or hyphen; not the four digits of an ISO year. */
    private static final Pattern DAY_AND_MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?!\\d)");

    private static final Pattern WITH_YEAR = Pattern.compile("\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{2,4}");

    /** The order {@code mention} was written in, when it is a numeric date read one way whose day and month differ. */
    public static Optional<NumericOrder> of(DateMention mention) {
        if (!(mention instanceof ResolvedDate resolved) || resolved.relative()) {
            return Optional.empty();
        }
        Matcher numbers = DAY_AND_MONTH.matcher(resolved.text());
        if (!numbers.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(numbers.group(1));
        int second = Integer.parseInt(numbers.group(2));
        LocalDate date = resolved.date();
        if (first == second) {
            return Optional.empty();
        }
        if (date.getDayOfMonth() == first && date.getMonthValue() == second) {
            return Optional.of(DAY_FIRST);
        }
        return date.getMonthValue() == first && date.getDayOfMonth() == second ? Optional.of(MONTH_FIRST) : Optional.empty();
    }

    /** The reading of {@code date} written this way round ({@link AmbiguousDate#readings()}: day first, then month first). */
    public LocalDate reading(AmbiguousDate date) {
        return date.readings().get(this == DAY_FIRST ? 0 : 1);
    }

    /** {@code date} read this way round, a date of its own; its year counts as given when the text holds one. */
    public ResolvedDate resolve(AmbiguousDate date) {
        boolean yearGiven = WITH_YEAR.matcher(date.text()).find();
        return new ResolvedDate(date.text(), date.start(), date.end(), reading(date), false, yearGiven);
    }

    /** The order named {@code name} ({@link #name()}), if it names one: a stored value may come from another version. */
    public static Optional<NumericOrder> named(String name) {
        for (NumericOrder order : values()) {
            if (order.name().equals(name)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
