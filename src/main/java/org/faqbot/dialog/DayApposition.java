package org.faqbot.dialog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day named twice, by what it is and by its date: "is it valid on my birthday, 12 January 2027?", "werkt hij nog op
 * mijn verjaardag, 5 maart 2027?", "on our audit day (1 June)". The preposition stands before the name, not before the
 * date, and the comma or bracket between them joins, not ends, the clause: the date is asked about as "on 12 January
 * 2027" is. Read on {@link org.faqbot.nlu.Normalized} text, so offsets are the message's.
 */
final class DayApposition {

    /**
     * A name of a day just before a date: a possessive or article and one to four words ("my birthday", "the day of our
     * audit", "mijn verjaardag", "de dag van de audit"), then a comma, a dash or an opening bracket.
     */
    private static final Pattern NAME_BEFORE_DATE = Pattern.compile(
            "(?:^|[^\\p{L}])((?:my|our|his|her|their|the|mijn|onze|ons|zijn|haar|hun|m'n|de|het)\\s+\\p{L}+(?:\\s+\\p{L}+){0,3})"
                    + "\\s*(?:,|\\(|-|\u2013)\\s*$");

    private DayApposition() {
    }

    /**
     * Where the name of the day at {@code dateStart} begins, when one stands in apposition just before it; else
     * {@code dateStart} itself.
     */
    static int start(String normalized, int dateStart) {
        Matcher name = NAME_BEFORE_DATE.matcher(normalized.substring(0, dateStart));
        return name.find() ? name.start(1) : dateStart;
    }
}
