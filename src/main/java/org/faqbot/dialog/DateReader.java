package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.AmbiguousDate;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.InvalidDate;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.nlu.Supposition;
import org.faqbot.nlu.YearlessPolicy;
import org.faqbot.rules.Tense;

/**
 * Reads the dates of a message for the facts they belong to. A date without a year depends on the
 * fact: "3 maart" is last March for a key that was redeemed and next March for benefits that expire.
 */
final class DateReader {

    private final DateExtractor extractor;
    /**
     * The readings of the reply this thread is working out, between {@link #begin} and {@link #end}: the routing, the
     * rereading of a year-less date for each fact, a lone date and the held answers read the same text with the same
     * policy, a fifth of all readings. Dropped with the reply, so a question asked again is read again.
     */
    private final ThreadLocal<Map<Reading, List<DateMention>>> replyReadings = new ThreadLocal<>();

    private record Reading(String text, Lang lang, LocalDate today, YearlessPolicy policy) {
    }

    DateReader(DateExtractor extractor) {
        this.extractor = extractor;
    }

    /** A reply begins on this thread: its readings are kept until {@link #end}. */
    void begin() {
        replyReadings.set(new HashMap<>());
    }

    /** The reply on this thread has ended: its readings go with it. */
    void end() {
        replyReadings.remove();
    }

    /** How a date without a year is read for a fact of {@code tense}: the last such day for a past one, else the next. */
    static YearlessPolicy policy(Tense tense) {
        return tense == Tense.PAST ? YearlessPolicy.MOST_RECENT_PAST : YearlessPolicy.NEXT_UPCOMING;
    }

    /**
     * How a date without a year is read for a fact of tense {@code fact} whose own verb gave {@code verb}, if any, in a
     * statement (not a plan): by the verb when it says ("expired on 1 December" is the last one), else by the fact; a
     * deadline or start stated in the present ("my benefits expire on 1 December") may be the one that has just passed
     * ({@link YearlessPolicy#NEXT_OR_JUST_PASSED}).
     */
    static YearlessPolicy stated(Tense fact, Optional<Tense> verb) {
        if (verb.isPresent() || fact == Tense.PAST) {
            return policy(verb.orElse(fact));
        }
        return YearlessPolicy.NEXT_OR_JUST_PASSED;
    }

    /** The mentions in text order, year-less ones resolved for a fact of {@code tense}. */
    List<DateMention> read(String text, Lang lang, LocalDate today, Tense tense) {
        return read(text, lang, today, policy(tense));
    }

    /** The mentions in text order, year-less ones resolved by {@code policy}. */
    List<DateMention> read(String text, Lang lang, LocalDate today, YearlessPolicy policy) {
        Map<Reading, List<DateMention>> readings = replyReadings.get();
        if (readings == null) {
            return extractor.extract(text, lang, today, policy);
        }
        // Mentions are values; the list is made unmodifiable so that it can be handed out twice.
        return readings.computeIfAbsent(new Reading(text, lang, today, policy), r -> List.copyOf(extractor.extract(text, lang, today, policy)));
    }

    /**
     * The same mention read for a fact of {@code tense}: {@code mention} came from a reading for
     * another tense, and only a year-less date can differ, or a bare weekday ("expire on Friday" is the
     * coming Friday, "redeemed it on Friday" the last one); other dates counted from today read the same.
     */
    DateMention reread(DateMention mention, String text, Lang lang, LocalDate today, Tense tense) {
        return reread(mention, text, lang, today, policy(tense));
    }

    /** The same mention read with {@code policy}; see {@link #reread(DateMention, String, Lang, LocalDate, Tense)}. */
    DateMention reread(DateMention mention, String text, Lang lang, LocalDate today, YearlessPolicy policy) {
        // An ambiguous date may lack a year too ("on 03/04"), and then each reading's year follows the tense;
        // with a year written, reading it again gives the same readings. So may the date inside a bound ("before
        // 1 March"), whose bounds then move with it.
        boolean yearless = mention instanceof ResolvedDate resolved && !resolved.yearGiven();
        boolean bounded = mention instanceof InvalidDate invalid && invalid.bounds().isPresent();
        if (!yearless && !bounded && !(mention instanceof AmbiguousDate)) {
            return mention;
        }
        for (Lang in : List.of(lang, lang.other())) {
            // A date of the other language in a mixed message ("my benefits verlopen op 1 maart") was read in that
            // language, and only that language reads it again.
            for (DateMention other : read(text, in, today, policy)) {
                if (other.start() == mention.start()) {
                    return other;
                }
            }
        }
        return mention;
    }

    /**
     * Mentions other than a bare "today" in a question such as "can I still use it today?". A "today" that dates a
     * supposed action stays ("if I redeem the key today, will it still work on 6 December 2027?"): it is that action's
     * date, and the other date is the day asked about.
     */
    static List<DateMention> withoutTodayInQuestion(String text, List<DateMention> mentions, LocalDate today, boolean hasFactCue) {
        List<DateMention> kept = new ArrayList<>();
        for (DateMention mention : mentions) {
            boolean bareToday = mention instanceof ResolvedDate r && r.relative() && r.date().equals(today);
            boolean supposed = hasFactCue && bareToday && Supposition.around(text, mention.start(), mention.end());
            if (!bareToday || supposed || (mentions.size() == 1 && hasFactCue)) {
                kept.add(mention);
            }
        }
        return kept;
    }
}
