package org.faqbot.dialog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.NamedMonth;

/** The bot's sentences plus dates and day counts written the way each language writes them. */
final class Texts {

    private final Messages messages;
    private final Map<Lang, DateTimeFormatter> dates = new EnumMap<>(Lang.class);
    private final Map<Lang, DateTimeFormatter> days = new EnumMap<>(Lang.class);
    private final Map<Lang, DateTimeFormatter> months = new EnumMap<>(Lang.class);
    private final Map<Lang, DateTimeFormatter> monthsOfYears = new EnumMap<>(Lang.class);

    Texts(Messages messages) {
        this.messages = messages;
        for (Lang lang : Lang.values()) {
            dates.put(lang, DateTimeFormatter.ofPattern("d MMMM yyyy", lang.locale()));
            days.put(lang, DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", lang.locale()));
            months.put(lang, DateTimeFormatter.ofPattern("MMMM", lang.locale()));
            monthsOfYears.put(lang, DateTimeFormatter.ofPattern("MMMM yyyy", lang.locale()));
        }
    }

    String get(Lang lang, String key, Object... args) {
        return messages.get(lang, key, args);
    }

    /** Whether the sentence {@code key} is written in {@code lang}: for texts only some of which have a variant. */
    boolean has(Lang lang, String key) {
        return messages.has(lang, key);
    }

    /** "1 december 2021" in Dutch, "1 December 2021" in English. */
    String date(LocalDate date, Lang lang) {
        return dates.get(lang).format(date);
    }

    /** "zondag 6 december 2026" in Dutch, "Sunday 6 December 2026" in English. */
    String dayAndDate(LocalDate date, Lang lang) {
        return days.get(lang).format(date);
    }

    /** "maart" in Dutch, "March" in English; with the year when one was named: "maart 2025". */
    String month(NamedMonth named, Lang lang) {
        return named.year().isPresent() ? monthsOfYears.get(lang).format(YearMonth.of(named.year().getAsInt(), named.month()))
                : months.get(lang).format(named.month());
    }

    /** "1 dag" / "3 dagen", "1 day" / "3 days". */
    String days(long count, Lang lang) {
        return get(lang, count == 1 ? "unit.day" : "unit.days", count);
    }
}
