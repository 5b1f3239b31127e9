package org.faqbot.nlu;

import java.util.Optional;

/**
 * Days named relative to today: "vandaag", "gisteren", "eergisteren", "morgen", "overmorgen", "today",
 * "yesterday", "the day before yesterday", "tomorrow", and a part of such a day ("gisteravond", "morgenochtend",
 * "last night"). Dutch "morgen" after "de", "deze", "goede" and the like is the morning, not tomorrow. Dutch
 * "vannacht" is the night just passed for a thing that happened (the date it began, yesterday, as "last night"),
 * and tonight otherwise.
 */
final class RelativeDayMatcher implements DateMatcher {

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        if (index > 0 && words.relativeDayBlockers.matches(scan.tokens(), index - 1)) {
            return Optional.empty();
        }
        return words.relativeDays.match(scan.tokens(), index)
                .or(() -> words.nights.match(scan.tokens(), index)
                        .map(night -> new Piece<>(scan.policy() == YearlessPolicy.MOST_RECENT_PAST ? -1 : 0, night.end())))
                .map(day -> scan.mentions().counted(index, day.end(), () -> scan.today().plusDays(day.value())));
    }
}
