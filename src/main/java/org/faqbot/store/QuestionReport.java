package org.faqbot.store;

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

    public QuestionReport {
        Objects.requireNonNull(since, "since");
        unanswered = List.copyOf(unanswered);
        disliked = List.copyOf(disliked);
        weeks = List.copyOf(weeks);
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
