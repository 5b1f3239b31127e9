package org.faqbot.dialog;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.Normalized;

/**
 * Messages that correct a date just given: "sorry, I meant 31 March 2022", "nee, 1 mei", or the date
 * alone. Only asked right after the bot took a date, so a date with one of these words is a correction.
 */
final class CorrectionWords {

    private static final List<String> CUES = List.of(
            "sorry", "i meant", "i mean", "meant", "oops", "correction", "wait", "actually", "rather", "make that",
            "should be", "instead", "no", "nope", "not", "wrong", "ik bedoel", "ik bedoelde", "bedoel", "bedoelde", "oeps",
            "correctie", "wacht", "eigenlijk", "moet zijn", "nee", "niet", "fout", "verkeerd", "in plaats daarvan");

    /** A unit and a direction from the date said before: "the week before that", "de dag erna". */
    private static final Pattern STEP = Pattern.compile(" (?:(the|a|de|het|een) )?(day|week|month|year|dag|maand|jaar) "
            + "(?:(before|earlier|ervoor|daarvoor|eerder)|after|later|erna|daarna|erop|later)(?: that| then)? ");

    /** A day of the month alone, as an ordinal with its article ("the 12th", "de 12e", "op de 12de"). */
    private static final Pattern DAY = Pattern.compile(" (?:on |op )?(?:the |de )(\\d{1,2})(?:st|nd|rd|th|e|ste|de) ");

    /** One year in digits, the only number a year-only correction may hold. */
    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");

    /** A year named from today ("last year", "vorig jaar"), with how many years from this one; a correction may give it. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            " (?:(last year|vorig jaar|vorige jaar|verleden jaar)|(this year|dit jaar)|(next year|volgend jaar|volgende jaar)) ");

    /** Words that point back at the date just given ("that was in 2025", "dat was vorig jaar"): they make a correction. */
    private static final List<String> POINTING_BACK = List.of("that was", "dat was", "it was", "het was", "this was", "dit was");

    /** Words a year-only correction may hold beside its cue and the year ("sorry, I meant the year 2025"). */
    private static final List<String> YEAR_FILLERS = List.of(
            "the year", "in", "year", "it", "was", "is", "that", "of course", "het jaar", "in het jaar", "jaar", "het was", "dat",
            "natuurlijk", "i", "ik", "oh", "ah", "uh", "eh", "o", "hmm", "hm",
            // "nee toch, maar dan 2025", "no, but 2025": the year put beside the date said before
            "toch", "maar dan", "but", "then",
            // "klopt niet, ik heb hem in 2025 ingewisseld", "that's not right, I redeemed it in 2025": the event's own words
            "klopt", "dat klopt", "that's", "it's", "right", "correct", "heb", "hem", "hij", "het", "ingewisseld", "geactiveerd",
            "did", "redeemed", "activated", "my key", "the key", "mijn key", "de key", "de code");

    private CorrectionWords() {
    }

    /** The correction cues, longest first, so that "ik bedoelde" goes before "bedoel". */
    static List<String> cues() {
        return CUES.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** True when padded folded {@code words} hold a correction word ("no wait", "ik bedoelde"). */
    static boolean anyCue(String words) {
        return CUES.stream().anyMatch(cue -> words.contains(" " + cue + " "));
    }

    /**
     * The year of a correction that gives only a year ("sorry, I meant 2025", "oeps, ik bedoelde 2025"): a
     * correction cue, one year in digits within the dates the bot reads, and at most a few filler words. Empty for
     * anything else, so that "2025" alone or "what about 2025?" stays a message of its own.
     */
    static OptionalInt yearOnly(String text) {
        return yearIn(" " + Normalized.words(text) + " ");
    }

    /**
     * As {@link #yearOnly(String)}, with the year also named from {@code today} ("sorry, that was last year", "o wacht, dat
     * was vorig jaar"), and words that point back at the date just given as its cue ("dat was in 2025").
     */
    static OptionalInt yearOnly(String text, LocalDate today) {
        String words = " " + Normalized.words(text) + " ";
        Matcher relative = RELATIVE_YEAR.matcher(words);
        if (relative.find()) {
            int shift = relative.group(1) != null ? -1 : relative.group(2) != null ? 0 : 1;
            words = words.substring(0, relative.start()) + " " + (today.getYear() + shift) + " " + words.substring(relative.end());
        }
        for (String pointer : POINTING_BACK) {
            words = words.replace(" " + pointer + " ", " correction ");
        }
        return yearIn(words);
    }

    /** The year of padded folded {@code words} when they are a year-only correction (see {@link #yearOnly(String)}). */
    private static OptionalInt yearIn(String words) {
        Matcher year = YEAR.matcher(words);
        if (!year.find() || year.find(year.end())) {
            return OptionalInt.empty();
        }
        year.find(0);
        int value = Integer.parseInt(year.group(1));
        String rest = words.substring(0, year.start()) + " " + words.substring(year.end());
        boolean cued = anyCue(rest);
        String left = rest;
        for (String word : concatenated()) {
            while (left.contains(" " + word + " ")) {
                left = left.replace(" " + word + " ", " ");
            }
        }
        boolean inRange = value >= DateExtractor.DEFAULT_MIN_YEAR && value <= DateExtractor.DEFAULT_MAX_YEAR;
        return cued && inRange && left.isBlank() ? OptionalInt.of(value) : OptionalInt.empty();
    }

    /**
     * A step from the date just given ("hmm no, the week before that", "nee, de dag ervoor", "sorry, a month later"):
     * the step, signed. Empty without a correction cue, so that "and the week before?" stays a question of its own.
     */
    static Optional<Period> stepOnly(String text) {
        String words = " " + Normalized.words(text) + " ";
        Matcher step = STEP.matcher(words);
        if (!step.find()) {
            return Optional.empty();
        }
        String rest = words.substring(0, step.start()) + " " + words.substring(step.end());
        String left = rest;
        for (String word : concatenated()) {
            while (left.contains(" " + word + " ")) {
                left = left.replace(" " + word + " ", " ");
            }
        }
        if (!anyCue(rest) || !left.isBlank()) {
            return Optional.empty();
        }
        int sign = step.group(3) != null ? -1 : 1;
        return Optional.of(switch (step.group(2)) {
            case "day", "dag" -> Period.ofDays(sign);
            case "week" -> Period.ofWeeks(sign);
            case "month", "maand" -> Period.ofMonths(sign);
            default -> Period.ofYears(sign);
        });
    }

    /**
     * The day of a correction that gives only a day of the month ("no sorry, the 12th", "nee, de 12e", "I meant the
     * 12th"): the date just given is meant with that day in its month. Empty without a correction cue, so that "the
     * 12th?" alone stays a message of its own, or when anything but fillers stands beside it.
     */
    static OptionalInt dayOnly(String text) {
        String words = " " + Normalized.words(text) + " ";
        Matcher day = DAY.matcher(words);
        if (!day.find()) {
            return OptionalInt.empty();
        }
        String rest = words.substring(0, day.start()) + " " + words.substring(day.end());
        String left = rest;
        for (String word : concatenated()) {
            while (left.contains(" " + word + " ")) {
                left = left.replace(" " + word + " ", " ");
            }
        }
        int value = Integer.parseInt(day.group(1));
        return anyCue(rest) && left.isBlank() && value >= 1 && value <= 31 ? OptionalInt.of(value) : OptionalInt.empty();
    }

    /** The cues and fillers, longest first, so that "ik bedoelde" goes before "ik". */
    private static List<String> concatenated() {
        return java.util.stream.Stream.concat(CUES.stream(), YEAR_FILLERS.stream())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** True when the message, apart from {@code date}, is nothing or a correction ("sorry, I meant ..."). */
    static boolean correct(String text, DateMention date) {
        String rest = text.substring(0, date.start()) + " " + text.substring(date.end());
        String words = " " + Normalized.words(rest) + " ";
        return words.isBlank() || CUES.stream().anyMatch(cue -> words.contains(" " + cue + " "));
    }
}
