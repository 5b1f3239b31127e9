package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.Normalized;

/**
 * Words that make a message's dates of the same fact the dates of different things ("one key on 1 March and
 * another on 1 June", "twee sleutels, eentje op ... en eentje op ...", "until when can I use them?") rather than one
 * date and its correction ("on 3 March, no wait, on 5 March"). Read on folded words; a correction word wins. Two people's
 * things are different things too: "I redeemed mine on 3 May and my colleague hers on 10 May", "ik op 3 mei en mijn
 * collega op 10 mei".
 */
final class SeveralThings {

    private static final List<String> CUES = List.of(
            "another", "the other", "other one", "second", "both", "each", "two", "three", "one key", "one on", "them",
            "eentje", "andere", "tweede", "beide", "allebei", "elk", "elke", "twee", "drie", "een op");

    /** People whose thing is not the user's: "my colleague", "mijn collega". */
    private static final String PERSONS = Colleagues.WORDS + "|partner|compagnon";
    /** Who a date's thing is, before the date in its part of the message: the user's own, or a person's (group 1). */
    private static final Pattern OWNER = Pattern.compile("\\b(?:(?:my|our|mijn|onze|ons|m'n) (" + PERSONS + ")s?\\b"
            + "|(?:i|ik|mine|me|mij|de mijne|het mijne|my|mijn|m'n|mn)\\b)");
    private static final Pattern PERSON = Pattern.compile("\\b(?:my|our|mijn|onze|ons|m'n) (?:" + PERSONS + ")s?\\b");

    private SeveralThings() {
    }

    /** True when {@code text} speaks of more than one thing and corrects nothing. */
    static boolean named(String text) {
        String words = " " + Normalized.words(text) + " ";
        boolean several = CUES.stream().anyMatch(cue -> words.contains(" " + cue + " ")) || words.matches(".* [2-9] \\p{L}+s .*")
                || PERSON.matcher(words).find();
        return several && !CorrectionWords.anyCue(words);
    }

    /**
     * Whose each of {@code ordered} dates is, in message order: empty for the user's own ("I", "mine", "ik"), else the
     * person ("colleague"); the last owner named before a date and after the one before it. Empty when a date has no
     * owner of its own or two dates the same one: then they are not told apart by whose they are.
     */
    static List<Optional<String>> owners(String text, List<DateMention> ordered) {
        String folded = Normalized.of(text);
        List<Optional<String>> owners = new ArrayList<>();
        int from = 0;
        for (DateMention mention : ordered) {
            if (mention.start() < from || mention.start() > folded.length()) {
                return List.of();
            }
            Matcher matcher = OWNER.matcher(folded.substring(from, mention.start()));
            Optional<String> owner = null;
            while (matcher.find()) {
                owner = Optional.ofNullable(matcher.group(1));
            }
            if (owner == null || owners.contains(owner)) {
                return List.of();
            }
            owners.add(owner);
            from = mention.end();
        }
        return owners;
    }
}
