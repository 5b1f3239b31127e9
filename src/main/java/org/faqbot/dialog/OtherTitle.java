package org.faqbot.dialog;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;

/**
 * "What about my customer's account?" after the Visual Studio answer: a follow-up whose own words (not in the last
 * answer's title) are two or more of another entry's title words names that entry's thing, for {@link FollowUpContext}.
 * Searched with the last answer's words it found that answer again, as those words win; searched with the named entry's
 * title words it finds that entry, as a follow-up of it would. One word ("and how do I renew?") may still be about the
 * last answer's thing, so it takes two.
 */
final class OtherTitle {

    /** How many of another entry's title words a follow-up names to be about that entry. */
    private static final int NAMED_WORDS = 2;
    /** Words compared by their start, so that "customer's" is the title's "customers", as {@link OwnQuestion} does. */
    private static final int STEM = 5;

    /**
     * Pronouns that point back at the last answer's thing. Unlike {@link FollowUpContext#POINTS_BACK} no determiners:
     * "het", "that" are as often the article of the thing named ("en het account van de klant?").
     */
    private static final Pattern PRONOUNS = Pattern.compile(
            "\\b(?:it|its|they|them|there|ze|zij|hij|hem|ie|er|daar\\p{L}*|hier\\p{L}*)\\b");

    /** Each entry's title word stems, by entry id. */
    private final Map<String, Set<String>> stemsById;
    private final Set<String> stopWords;

    private OtherTitle(Map<String, Set<String>> stemsById, Set<String> stopWords) {
        this.stemsById = stemsById;
        this.stopWords = stopWords;
    }

    static OtherTitle of(List<FaqEntry> entries, Lang lang, Set<String> stopWords) {
        Map<String, Set<String>> stems = new LinkedHashMap<>();
        for (FaqEntry entry : entries) {
            stems.put(entry.id(), stems(entry.question().get(lang), stopWords));
        }
        return new OtherTitle(stems, stopWords);
    }

    /**
     * The id of the other entry two of whose title words {@code text} names besides {@code last}'s, if any; none when a
     * pronoun points back ("how long until they reach my bank?"): the words are then said of the last answer's thing.
     */
    Optional<String> namedBesides(String text, FaqEntry last) {
        if (PRONOUNS.matcher(Normalized.words(text)).find()) {
            return Optional.empty();
        }
        Set<String> own = stems(text, stopWords);
        own.removeAll(stemsById.getOrDefault(last.id(), Set.of()));
        if (own.size() < NAMED_WORDS) {
            return Optional.empty();
        }
        return stemsById.entrySet().stream().filter(e -> !e.getKey().equals(last.id()))
                .filter(e -> e.getValue().stream().filter(own::contains).count() >= NAMED_WORDS)
                .map(Map.Entry::getKey).findFirst();
    }

    private static Set<String> stems(String text, Set<String> stopWords) {
        return Arrays.stream(Normalized.words(text).split(" "))
                .filter(w -> w.length() > 2 && !stopWords.contains(w) && w.chars().noneMatch(Character::isDigit))
                .map(w -> w.length() > STEM ? w.substring(0, STEM) : w)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
