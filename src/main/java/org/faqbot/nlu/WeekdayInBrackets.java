package org.faqbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A weekday in brackets right after a date that falls on it ("on March 3rd, 2026 (a Tuesday)", "op 3 maart 2026 (een
 * dinsdag)") is the date's own weekday, said to confirm it: no second date, which a yes/no question would otherwise
 * take for the day asked about (the coming Tuesday).
 */
final class WeekdayInBrackets {

    /** What may stand between the date and the weekday: a comma, the bracket and an article. */
    private static final Pattern BEFORE = Pattern.compile("\\s*,?\\s*\\(\\s*(?:a|an|on a|een|op een|it was a|het was een)?\\s*");
    private static final Pattern AFTER = Pattern.compile("^\\s*\\).*", Pattern.DOTALL);

    private WeekdayInBrackets() {
    }

    /** {@code found} (in text order) without the weekdays in brackets that name the weekday of the date before them. */
    static List<DateMention> drop(String message, List<DateMention> found) {
        List<DateMention> kept = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            DateMention mention = found.get(i);
            boolean confirms = i > 0 && found.get(i - 1) instanceof ResolvedDate before && mention instanceof ResolvedDate day
                    && day.relative() && oneWord(mention.text())
                    && before.date().getDayOfWeek() == day.date().getDayOfWeek()
                    && BEFORE.matcher(message.substring(before.end(), mention.start())).matches()
                    && AFTER.matcher(message.substring(mention.end())).matches();
            if (!confirms) {
                kept.add(mention);
            }
        }
        return kept;
    }

    private static boolean oneWord(String text) {
        return !Normalized.words(text).strip().contains(" ");
    }
}
