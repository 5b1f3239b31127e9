package org.faqbot.nlu;

import java.util.Optional;

/**
 * Days named relative to today: "vandaag", "gisteren", "eergisteren", "morgen", "overmorgen", "today",
 * "yesterday", "the day before yesterday", "tomorrow". Dutch "morgen" after "de", "deze", "goede" and
 * the like is the morning, not tomorrow.
 */
final class RelativeDayMatcher implements DateMatcher {

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        if (index > 0 && words.relativeDayBlockers.matches(scan.tokens(), index - 1)) {
            return Optional.empty();
        }
        return words.relativeDays.match(scan.tokens(), index)
                .map(day -> scan.mentions().counted(index, day.end(), () -> scan.today().plusDays(day.value())));
    }
}
