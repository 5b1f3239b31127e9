package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;

/**
 * A reading the bot offered, picked by its year alone: "2024", "die van 2024", "the 2024 one" after "Did you mean 28
 * February 2026 or 29 February 2024?". Only when the message is little more than the year and one reading has it.
 */
final class ReadingByYear {

    /** A year with at most a few short words around it. */
    private static final Pattern YEAR_ALONE = Pattern.compile("^(?:[\\p{L}']+\\s+){0,3}((?:19|20)\\d\\d)(?:\\s+[\\p{L}']+){0,2}$");

    private ReadingByYear() {
    }

    /** The one reading among {@code readings} in the year {@code text} names, if it names only a year. */
    static Optional<LocalDate> of(String text, List<LocalDate> readings) {
        Matcher year = YEAR_ALONE.matcher(Normalized.words(text));
        if (!year.matches()) {
            return Optional.empty();
        }
        int named = Integer.parseInt(year.group(1));
        List<LocalDate> inYear = readings.stream().filter(day -> day.getYear() == named).toList();
        return inYear.size() == 1 ? Optional.of(inYear.get(0)) : Optional.empty();
    }
}
