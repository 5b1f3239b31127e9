package org.faqbot.nlu;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.kb.Lang;

/**
 * An answer that gives only the day ("the 5th", "de 5e", "5", "op de vijfde") to a question for the day in a named
 * month ("If you tell me the day in March, ..."), written out with that month ("the 5th of March", "de 5e maart"), so
 * that the date readers read it as any date: its year by the fact it answers, an impossible day ("de 31e" of February)
 * as such. The date readers read no day alone, since without the question it could be of any month.
 */
public final class DayInMonth {

    private static final DateExtractor DATES = new DateExtractor();

    private DayInMonth() {
    }

    /**
     * {@code answer} with {@code month} (and {@code year}, when named) written after its day, in {@code lang}; empty when
     * the answer holds a date or a month of its own, or its last words are no day that the month completes to a date
     * ("5 keys", "yes").
     */
    public static Optional<String> complete(String answer, Month month, OptionalInt year, Lang lang, LocalDate today) {
        String stripped = answer.strip().replaceAll("[.!?]+$", "").strip();
        if (stripped.isEmpty() || NamedMonth.in(stripped, lang, today).isPresent()) {
            return Optional.empty();
        }
        // English writes "the 5th of March", not "the 5th March"; the readers take both, and "of" also after a number.
        String written = stripped + (lang == Lang.EN ? " of " : " ") + month.getDisplayName(TextStyle.FULL, locale(lang))
                + (year.isPresent() ? " " + year.getAsInt() : "");
        List<DateMention> read = DATES.extract(written, lang, today, YearlessPolicy.MOST_RECENT_PAST);
        boolean onlyTheDay = read.size() == 1 && read.get(0).end() == written.length() && read.get(0).start() < stripped.length();
        // A date of the answer's own stays its own; "op de 5e", read alone as the last 5th, is the month's 5th here.
        boolean ownDate = DATES.extract(stripped, lang, today, YearlessPolicy.MOST_RECENT_PAST).stream()
                .anyMatch(own -> !onlyTheDay || own.start() < read.get(0).start());
        return onlyTheDay && !ownDate ? Optional.of(written) : Optional.empty();
    }

    private static Locale locale(Lang lang) {
        return lang == Lang.NL ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    }
}
