package org.faqbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import org.faqbot.kb.Lang;

/**
 * The maintainers' report over the question log: what users asked that the bot could not answer,
 * which answers they disliked, and how the answer rate moves per week. Read-only: it never changes
 * the knowledge base.
 *
 * @param since      the first day covered
 * @param unanswered grouped unanswered questions, most asked first, at most {@code top} per language
 * @param disliked   entries with 👎, most first, at most {@code top} per language
 * @param weeks      answer rates per language and ISO week, oldest first
 */
public record QuestionReport(LocalDate since, List<UnansweredGroup> unanswered, List<FeedbackCount> disliked, List<WeekRate> weeks) {

    /** Days covered when no first day is given: {@code faqbot report} without --since and the dashboard. */
    public static final int DEFAULT_DAYS = 30;
    /** Unanswered groups and disliked entries shown per language by default. */
    public static final int DEFAULT_TOP = 20;

    public QuestionReport {
        Objects.requireNonNull(since, "since");
        unanswered = List.copyOf(unanswered);
        disliked = List.copyOf(disliked);
        weeks = List.copyOf(weeks);
    }

    /**
     * Reads the report for the days from {@code since} on: the one query behind both {@code faqbot report}
     * and the web dashboard, so both show the same numbers.
     *
     * @param top  how many unanswered groups and disliked entries to keep per language
     * @param zone the time zone whose midnight starts {@code since} and whose Mondays start the weeks
     */
    public static QuestionReport read(QuestionLog log, LocalDate since, int top, ZoneId zone) {
        Instant start = since.atStartOfDay(zone).toInstant();
        return of(since, log.events(start), log.feedback(start), top, zone);
    }

    /**
     * Builds the report from log records.
     *
     * @param top  how many unanswered groups and disliked entries to keep per language
     * @param zone the time zone whose Mondays start the weeks
     */
    public static QuestionReport of(LocalDate since, List<QuestionEvent> events, List<Feedback> feedback, int top, ZoneId zone) {
        List<UnansweredGroup> groups = QuestionGrouping.unanswered(events);
        List<FeedbackCount> disliked = FeedbackCount.mostDisliked(feedback);
        return new QuestionReport(
                since,
                topPerLang(groups, UnansweredGroup::lang, top),
                topPerLang(disliked, FeedbackCount::lang, top),
                WeekRate.of(events, zone));
    }

    public List<UnansweredGroup> unanswered(Lang lang) {
        return unanswered.stream().filter(g -> g.lang() == lang).toList();
    }

    public List<FeedbackCount> disliked(Lang lang) {
        return disliked.stream().filter(c -> c.lang() == lang).toList();
    }

    public List<WeekRate> weeks(Lang lang) {
        return weeks.stream().filter(w -> w.lang() == lang).toList();
    }

    private static <T> List<T> topPerLang(List<T> items, Function<T, Lang> lang, int top) {
        return Arrays.stream(Lang.values())
                .flatMap(l -> items.stream().filter(i -> lang.apply(i) == l).limit(top))
                .toList();
    }
}
