package org.faqbot.nlu;

import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Weekdays counted back: "two Fridays ago", "2 fridays ago", "twee vrijdagen geleden". The first is the last such
 * day before today (as "last Friday"), each further one a week earlier, so on Sunday 6 December 2026 "two Fridays
 * ago" is 27 November. Only counted back: "in two Fridays" is not said.
 */
final class WeekdaysAgoMatcher implements DateMatcher {

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        return Grammar.count(scan, index).filter(count -> count.value() > 0)
                .flatMap(count -> words.weekdayPlurals.match(scan.tokens(), count.end())
                        .flatMap(day -> words.ago.match(scan.tokens(), day.end())
                                .map(ago -> scan.mentions().counted(index, ago.end(), () -> scan.today()
                                        .with(TemporalAdjusters.previous(day.value())).minusWeeks(count.value() - 1L)))));
    }
}
