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

    private static final String PLEASE = "(?: (?:please|pls|graag|aub|alsjeblieft|alstublieft))?";
    private static final Pattern NUMBER = Pattern.compile(
            "(?:(?:number|nr|no|nummer|option|optie|keuze|button|knop) )?(\\d{1,2})" + PLEASE);
    /** A number in words counts only after a word for a button: "optie twee", never a bare "een" (Dutch "a"). */
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "(?:the )?(?:number|nummer|option|optie|keuze|button|knop) ([\\p{L}]+)" + PLEASE);
    private static final Pattern ORDINAL = Pattern.compile("(?:(?:the|de|het|die|that) )?([\\p{L}\\p{N}]+)"
            + "(?: (?:one|date|option|button|question|topic|suggestion|datum|optie|knop|vraag|onderwerp|suggestie))?" + PLEASE);
    /**
     * Ordinal words by place, English and Dutch, as far as a topic's page of questions goes; "last" is resolved
     * against the number of buttons.
     */
    private static final List<List<String>> ORDINALS = List.of(
            List.of("first", "1st", "eerste", "1e", "1ste"),
            List.of("second", "2nd", "tweede", "2e", "2de"),
            List.of("third", "3rd", "derde", "3e", "3de"),
            List.of("fourth", "4th", "vierde", "4e", "4de"),
            List.of("fifth", "5th", "vijfde", "5e", "5de"),
            List.of("sixth", "6th", "zesde", "6e", "6de"),
            List.of("seventh", "7th", "zevende", "7e", "7de"),
            List.of("eighth", "8th", "achtste", "8e", "8ste"),
            List.of("ninth", "9th", "negende", "9e", "9de"),
            List.of("tenth", "10th", "tiende", "10e", "10de"),
            List.of("eleventh", "11th", "elfde", "11e", "11de"),
            List.of("twelfth", "12th", "twaalfde", "12e", "12de"));
    private static final List<String> LAST = List.of("last", "laatste");
    /** Numbers in words by place, English and Dutch. */
    private static final List<List<String>> NUMBERS = List.of(
            List.of("one", "een"), List.of("two", "twee"), List.of("three", "drie"), List.of("four", "vier"), List.of("five", "vijf"));

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
        Matcher numberWord = NUMBER_WORD.matcher(phrase);
        if (numberWord.matches()) {
            return place(numberWord.group(1), NUMBERS);
        }
        Matcher ordinal = ORDINAL.matcher(phrase);
        if (!ordinal.matches()) {
            return OptionalInt.empty();
        }
        String word = ordinal.group(1);
        return LAST.contains(word) ? OptionalInt.of(count) : place(word, ORDINALS);
    }

    private static OptionalInt place(String word, List<List<String>> byPlace) {
        for (int i = 0; i < byPlace.size(); i++) {
            if (byPlace.get(i).contains(word)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }
}
