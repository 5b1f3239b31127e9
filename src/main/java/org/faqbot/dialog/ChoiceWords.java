package org.faqbot.dialog;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;

/**
 * Messages that pick one of the buttons shown by its place: "2", "the first one", "de tweede", "optie 1",
 * so that a user who types instead of pressing is understood on every channel.
 */
public final class ChoiceWords {

    private static final Pattern NUMBER = Pattern.compile("(?:(?:number|nr|no|nummer|option|optie|keuze|button|knop) )?(\\d{1,2})");
    private static final Pattern ORDINAL = Pattern.compile("(?:(?:the|de|het) )?([\\p{L}\\p{N}]+)(?: (?:one|date|option|button|datum|optie|knop))?");
    /** Ordinal words by place, English and Dutch; "last" is resolved against the number of buttons. */
    private static final List<List<String>> ORDINALS = List.of(
            List.of("first", "1st", "eerste", "1e", "1ste"),
            List.of("second", "2nd", "tweede", "2e", "2de"),
            List.of("third", "3rd", "derde", "3e", "3de"),
            List.of("fourth", "4th", "vierde", "4e", "4de"),
            List.of("fifth", "5th", "vijfde", "5e", "5de"));
    private static final List<String> LAST = List.of("last", "laatste");

    private ChoiceWords() {
    }

    /**
     * The 1-based place of the button the message picks among {@code count} buttons; it may lie outside
     * 1..count ("5" when two were shown), so the caller can say so. Empty when the message picks none.
     */
    public static OptionalInt position(String text, int count) {
        String phrase = Normalized.words(text);
        Matcher number = NUMBER.matcher(phrase);
        if (number.matches()) {
            return OptionalInt.of(Integer.parseInt(number.group(1)));
        }
        Matcher ordinal = ORDINAL.matcher(phrase);
        if (!ordinal.matches()) {
            return OptionalInt.empty();
        }
        String word = ordinal.group(1);
        if (LAST.contains(word)) {
            return OptionalInt.of(count);
        }
        for (int i = 0; i < ORDINALS.size(); i++) {
            if (ORDINALS.get(i).contains(word)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }
}
