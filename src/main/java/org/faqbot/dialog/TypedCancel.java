package org.faqbot.dialog;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;

/**
 * A message typed under {@link ReminderList}'s buttons that presses one: "cancel the second one", "annuleer de eerste",
 * "delete the last" (the place among the reminders, whatever other button follows them), "verwijder ze allemaal" or
 * "cancel all of them" (the button that asks to cancel them all), and under that question "yes, cancel them all" (its
 * confirmation) or a bare yes (which asks again: a yes alone cancels nothing).
 */
final class TypedCancel {

    private static final String VERB = "(?:cancel|delete|remove|stop|drop|clear|annuleer|verwijder|wis|schrap|stop|stopzetten)";
    private static final String INFINITIVE_NL = "(?:annuleren|verwijderen|stoppen|wissen|schrappen|stopzetten|uitzetten)";
    private static final String YES = "(?:(?:yes|yeah|yep|ok|okay|sure|ja|oke|jazeker|prima)(?: please| graag)? )?"
            + "(?:(?:please|pls|can you|could you|kun je|kan je|wil je|graag) )?";
    private static final Pattern ALL = Pattern.compile(YES + "(?:" + VERB + " (?:them |ze |die |these |deze )?"
            + "(?:all|all of them|them all|all reminders|all the reminders|all my reminders|everything|allemaal|alles"
            + "|alle herinneringen|al mijn herinneringen|alle)|(?:all of them|allemaal)(?: " + VERB + ")?"
            // The Dutch object first, with the infinitive: "alle herinneringen annuleren", "ze allemaal verwijderen".
            + "|(?:alle herinneringen|al mijn herinneringen|alle|ze allemaal|allemaal) " + INFINITIVE_NL + ")"
            + "(?: (?:please|pls|graag|aub|maar))?");
    /** The verb and the word "reminder" before the place: "cancel the reminder on ..." is left to the place words. */
    private static final Pattern VERB_FIRST = Pattern.compile("^" + VERB + "(?: (?:reminder|herinnering))? (.+)$");

    /** Cancel-all words that, with no list shown, can only mean the reminders: "cancel all", "verwijder alle", "alle annuleren". */
    private static final Pattern BARE_ALL = Pattern.compile(YES + "(?:" + VERB + " (?:all|alle)|(?:alle|allemaal) " + INFINITIVE_NL + ")"
            + "(?: (?:please|pls|graag|aub|maar))?");

    private TypedCancel() {
    }

    /**
     * Whether {@code text}, typed when no reminder list is shown, presses one of its buttons all the same: "cancel the
     * second one", "verwijder de eerste" (a place among reminders) or "cancel all", "alle annuleren"; /reminders then shows
     * the list, or says there are none.
     */
    static boolean withoutList(String text) {
        String words = Normalized.words(text).replace("'", "");
        if (BARE_ALL.matcher(words).matches()) {
            return true;
        }
        Matcher verb = VERB_FIRST.matcher(words);
        return verb.matches() && ChoiceWords.position(verb.group(1), 1).isPresent();
    }

    /** Whether {@code text} asks to cancel all reminders ("cancel all reminders", "verwijder ze allemaal"). */
    static boolean all(String text) {
        return ALL.matcher(Normalized.words(text).replace("'", "")).matches();
    }

    /** The payload {@code text} presses among {@code choices}, when they are the reminder list's or its question's. */
    static Optional<String> payload(String text, List<Choice> choices) {
        String words = Normalized.words(text).replace("'", "");
        if (choices.stream().anyMatch(c -> c.payload().equals(ReminderList.CONFIRM_PAYLOAD))) {
            if (ALL.matcher(words).matches()) {
                return Optional.of(ReminderList.CONFIRM_PAYLOAD);
            }
            return YesWords.matches(text) ? Optional.of(ReminderList.YES_ALONE_PAYLOAD) : Optional.empty();
        }
        List<Choice> single = choices.stream().filter(c -> c.payload().startsWith(ReminderList.CANCEL_PAYLOAD)
                && !c.payload().startsWith(ReminderList.CANCEL_ALL_PAYLOAD)).toList();
        if (single.isEmpty()) {
            return Optional.empty();
        }
        if (ALL.matcher(words).matches()) {
            return Optional.of(ReminderList.CANCEL_ALL_PAYLOAD);
        }
        Matcher verb = VERB_FIRST.matcher(words);
        OptionalInt place = ChoiceWords.position(verb.matches() ? verb.group(1) : words, single.size());
        if (place.isEmpty() || place.getAsInt() < 1 || place.getAsInt() > single.size()) {
            return Optional.empty();
        }
        return Optional.of(single.get(place.getAsInt() - 1).payload());
    }
}
