package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.AmbiguousDate;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.InvalidDate;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.nlu.YearlessPolicy;
import org.faqbot.rules.Tense;

/**
 * Reads the dates of a message for the facts they belong to. A date without a year depends on the
 * fact: "3 maart" is last March for a key that was redeemed and next March for benefits that expire.
 */
final class DateReader {

    private final DateExtractor extractor;

    DateReader(DateExtractor extractor) {
        this.extractor = extractor;
    }

    /** The mentions in text order, year-less ones resolved for a fact of {@code tense}. */
    List<DateMention> read(String text, Lang lang, LocalDate today, Tense tense) {
        YearlessPolicy policy = tense == Tense.PAST ? YearlessPolicy.MOST_RECENT_PAST : YearlessPolicy.NEXT_UPCOMING;
        return extractor.extract(text, lang, today, policy);
    }

    /**
     * The same mention read for a fact of {@code tense}: {@code mention} came from a reading for
     * another tense, and only a year-less date can differ, or a bare weekday ("expire on Friday" is the
     * coming Friday, "redeemed it on Friday" the last one); other dates counted from today read the same.
     */
    DateMention reread(DateMention mention, String text, Lang lang, LocalDate today, Tense tense) {
        // An ambiguous date may lack a year too ("on 03/04"), and then each reading's year follows the tense;
        // with a year written, reading it again gives the same readings. So may the date inside a bound ("before
        // 1 March"), whose bounds then move with it.
        boolean yearless = mention instanceof ResolvedDate resolved && !resolved.yearGiven();
        boolean bounded = mention instanceof InvalidDate invalid && invalid.bounds().isPresent();
        if (!yearless && !bounded && !(mention instanceof AmbiguousDate)) {
            return mention;
        }
        for (DateMention other : read(text, lang, today, tense)) {
            if (other.start() == mention.start()) {
                return other;
            }
        }
        return mention;
    }

    /** Mentions other than a bare "today" in a question such as "can I still use it today?". */
    static List<DateMention> withoutTodayInQuestion(List<DateMention> mentions, LocalDate today, boolean hasFactCue) {
        List<DateMention> kept = new ArrayList<>();
        for (DateMention mention : mentions) {
            boolean bareToday = mention instanceof ResolvedDate r && r.relative() && r.date().equals(today);
            if (!bareToday || (mentions.size() == 1 && hasFactCue)) {
                kept.add(mention);
            }
        }
        return kept;
    }
}
