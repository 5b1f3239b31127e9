package org.faqbot.nlu;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;

/**
 * A season named by a word ("zomer", "fall", "zomervakantie"): the months it runs over, from {@code firstMonth} for
 * {@code months} months, the winter running into the next year. The vocabulary's {@code span.season.FROM-TO} keys are
 * the one table of them, which the date reader reads as a span too vague for a day and a question about a time reads
 * as the months asked about.
 */
public record Season(int firstMonth, int months) {

    private static final Pattern KEY = Pattern.compile("(\\d{1,2})-(\\d{1,2})");

    public Season {
        if (firstMonth < 1 || firstMonth > 12 || months < 1 || months > 12) {
            throw new IllegalArgumentException("A season runs over 1 to 12 months from month 1 to 12, got " + firstMonth + "+" + months);
        }
    }

    /** The season of key suffix {@code FROM-TO} ("6-8", "12-2"); empty for any other suffix ("before"). */
    static Optional<Season> parse(String fromTo) {
        Matcher key = KEY.matcher(fromTo);
        if (!key.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(key.group(1));
        int to = Integer.parseInt(key.group(2));
        return Optional.of(new Season(from, Math.floorMod(to - from, 12) + 1));
    }

    /** Each season word of both languages, lower case, with its season. */
    public static Map<String, Season> words() {
        Map<String, Season> all = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            all.putAll(Vocabulary.of(lang).seasonWords);
        }
        return Map.copyOf(all);
    }
}
