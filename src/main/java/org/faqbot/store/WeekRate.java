package org.faqbot.store;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.faqbot.kb.Lang;

/**
 * How one ISO week's questions in one language were handled.
 *
 * @param lang       the questions' language
 * @param monday     the first day of the ISO week
 * @param answered   answered from a knowledge-base entry
 * @param rule       answered by a date rule
 * @param unanswered below the confidence threshold
 */
public record WeekRate(Lang lang, LocalDate monday, int answered, int rule, int unanswered) {

    public WeekRate {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(monday, "monday");
    }

    public int questions() {
        return answered + rule + unanswered;
    }

    /** The share of questions answered, by an entry or a rule, from 0 to 1. */
    public double rate() {
        return questions() == 0 ? 0 : (double) (answered + rule) / questions();
    }

    /** The ISO week, e.g. {@code 2025-W01} for the week of Monday 30 December 2024. */
    public String isoWeek() {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** One rate per language and week that had questions, weeks taken in {@code zone}; by language, then oldest first. */
    static List<WeekRate> of(List<QuestionEvent> events, ZoneId zone) {
        Map<String, WeekRate> weeks = new TreeMap<>();
        for (QuestionEvent e : events) {
            LocalDate monday = mondayOf(LocalDate.ofInstant(e.at(), zone));
            weeks.merge(e.lang().code() + " " + monday, one(e.lang(), monday, e.outcome()), WeekRate::plus);
        }
        return weeks.values().stream()
                .sorted(Comparator.comparing(WeekRate::lang).thenComparing(WeekRate::monday))
                .toList();
    }

    private static LocalDate mondayOf(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }

    private static WeekRate one(Lang lang, LocalDate monday, QuestionEvent.Outcome outcome) {
        return new WeekRate(lang, monday,
                outcome == QuestionEvent.Outcome.ANSWERED ? 1 : 0,
                outcome == QuestionEvent.Outcome.RULE ? 1 : 0,
                outcome == QuestionEvent.Outcome.UNANSWERED ? 1 : 0);
    }

    private WeekRate plus(WeekRate other) {
        return new WeekRate(lang, monday, answered + other.answered, rule + other.rule, unanswered + other.unanswered);
    }
}
