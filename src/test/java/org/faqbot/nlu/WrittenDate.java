package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import org.faqbot.kb.Lang;

/**
 * The ways a test writes a date, per language. Formatting uses the JDK's own locale data where it can,
 * so the parser is checked against an independent source of month names.
 */
enum WrittenDate {
    NL_LONG(NL, pattern("d MMMM yyyy", NL)),
    NL_ABBREVIATED_WITH_DOT(NL, date -> date.getDayOfMonth() + " " + Abbreviations.DUTCH[date.getMonthValue() - 1] + ". " + date.getYear()),
    NL_DASHES(NL, pattern("d-M-yyyy", NL)),
    NL_SLASHES_PADDED(NL, pattern("dd/MM/yyyy", NL)),
    NL_DOTS(NL, pattern("d.M.yyyy", NL)),
    NL_ISO(NL, DateTimeFormatter.ISO_LOCAL_DATE::format),
    EN_MONTH_FIRST(EN, pattern("MMMM d, yyyy", EN)),
    EN_SHORT_MONTH_FIRST(EN, pattern("MMM d yyyy", EN)),
    EN_DAY_FIRST(EN, pattern("d MMMM yyyy", EN)),
    EN_ORDINAL(EN, date -> "the " + date.getDayOfMonth() + englishSuffix(date.getDayOfMonth()) + " of "
            + Formats.ENGLISH_MONTH_YEAR.format(date)),
    EN_NUMERIC_MONTH_FIRST(EN, pattern("M/d/yyyy", EN)),
    EN_ISO(EN, DateTimeFormatter.ISO_LOCAL_DATE::format);

    final Lang lang;
    private final Function<LocalDate, String> format;

    WrittenDate(Lang lang, Function<LocalDate, String> format) {
        this.lang = lang;
        this.format = format;
    }

    String write(LocalDate date) {
        return format.apply(date);
    }

    /** Whether an English reader could also take the written date day first (3/4/2021). */
    boolean isAmbiguous(LocalDate date) {
        return this == EN_NUMERIC_MONTH_FIRST && date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue();
    }

    private static Function<LocalDate, String> pattern(String pattern, Lang lang) {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, lang == NL ? Locale.forLanguageTag("nl") : Locale.ENGLISH);
        return formatter::format;
    }

    private static String englishSuffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        switch (day % 10) {
            case 1: return "st";
            case 2: return "nd";
            case 3: return "rd";
            default: return "th";
        }
    }

    /** Dutch abbreviations as people type them without the JDK's dots. */
    private static final class Abbreviations {
        static final String[] DUTCH = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
    }

    /** Formatters built once; an enum constant cannot use the enum's own static fields. */
    private static final class Formats {
        static final DateTimeFormatter ENGLISH_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    }
}
