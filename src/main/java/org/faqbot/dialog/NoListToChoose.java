package org.faqbot.dialog;

import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;

/**
 * A message that picks a button by its place ("the first one", "de tweede", "optie 2") when the bot reached it without a
 * list shown: the choice words themselves, not a day ("the 5th", "de 3e" may answer a question for a day) or a bare number.
 */
final class NoListToChoose {

    /** A number or a numeral ordinal alone, perhaps after an article: a day or an amount as much as a choice. */
    private static final Pattern NUMERAL = Pattern.compile("^(?:(?:the|de|het) )?\\d{1,2}(?:st|nd|rd|th|e|ste|de)?$");

    private NoListToChoose() {
    }

    static boolean picks(String text) {
        String words = Normalized.words(text);
        return !NUMERAL.matcher(words).matches() && ChoiceWords.position(text, 1).isPresent();
    }
}
