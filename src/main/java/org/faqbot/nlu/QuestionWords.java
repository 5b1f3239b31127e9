package org.faqbot.nlu;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The function words a question's shape is read from, both languages in one set each, because Dutch messages often mix
 * in English: the verbs an inverted question opens with, the words that ask for something other than yes or no, the
 * subjects and conjunctions around them, the pronouns of the user's own situation and the words for now.
 */
final class QuestionWords {

    /** Verbs that open an inverted question: "can I ...", "is it ...", "werkt hij ...", "klopt het ...". */
    static final Set<String> AUXILIARIES = Set.copyOf(List.of(
            "can", "could", "may", "might", "is", "are", "am", "was", "were", "do", "does", "did", "will", "would",
            "should", "shall", "has", "have", "had", "must", "kan", "kun", "kunnen", "kunt", "mag", "mogen", "moet",
            "moeten", "is", "zijn", "ben", "was", "waren", "heb", "hebben", "heeft", "wordt", "worden", "zal", "zullen",
            "zou", "zouden", "blijft", "blijven", "werkt", "geldt", "klopt", "gaat", "krijg", "krijgen",
            // Past forms: "werkte hij op 2 oktober al?", "kon ik hem toen gebruiken?" ask about a day gone by.
            "kon", "konden", "mocht", "mochten", "werkte", "werkten", "gold", "bleef"));

    /**
     * Words that open a question for something other than yes or no, with the prepositions that lead into one ("until
     * when", "tot wanneer", "vanaf welke") and the chat shorthands of "wanneer" ("wnnr", "wnr").
     */
    static final Set<String> WH_WORDS = Set.copyOf(List.of(
            "what", "what's", "whats", "when", "where", "which", "who", "why", "how", "until", "till", "wat", "wanneer",
            "waar", "welke", "welk", "wie", "waarom", "hoe", "hoelang", "hoeveel", "vanaf", "tot", "per", "wnnr", "wnr"));

    /**
     * The question words alone, without {@link #WH_WORDS}' prepositions: anywhere in a clause they make it ask for a
     * date, a way or a reason ("still valid until when?"), where "until" alone only names a day ("still valid until 1
     * March?").
     */
    static final Set<String> ASKING_WORDS = Set.copyOf(List.of(
            "what", "what's", "whats", "when", "where", "which", "who", "why", "how", "wat", "wanneer", "waar", "welke",
            "welk", "wie", "waarom", "hoe", "hoelang", "hoeveel", "wnnr", "wnr"));

    /** Words that join a second question to a first one ("until when ..., and can I still ...?"). */
    static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "so", "en", "of", "maar", "dus");

    /** Who an inverted question asks about: "can I", "is it", "kan hij", "werkt het". */
    static final Set<String> SUBJECTS = Set.copyOf(List.of(
            "i", "we", "you", "it", "he", "she", "they", "this", "that", "there", "ik", "wij", "we", "je", "jij", "u",
            "hij", "ze", "zij", "het", "dat", "die", "dit", "er", "ie"));

    /**
     * Words by which users speak of themselves or their company: "my key", "onze inschrijving". A hash set: each word of
     * a message is looked up, and Set.copyOf's probing was two to three times as slow.
     */
    static final Set<String> PERSONAL = Collections.unmodifiableSet(new HashSet<>(List.of(
            "i", "i'm", "i've", "i'd", "my", "me", "mine", "we", "we've", "we're", "our", "us", "ours", "ik", "mijn",
            "m'n", "mn", "me", "mij", "wij", "we", "ons", "onze", "ikzelf")));

    /** Words that set a question at the present moment: "can I still ...?", "kan ik nu al ...?". */
    static final List<String> NOW_WORDS = spaced(
            "still", "yet", "now", "already", "today", "anymore", "any longer", "right away", "at this point",
            "nog", "nog steeds", "al", "nu", "vandaag", "meer", "direct", "meteen", "inmiddels", "alsnog");

    private QuestionWords() {
    }

    /** Whether the clause's first word is one of {@code words}. */
    static boolean startsWith(List<String> clause, Set<String> words) {
        return opensWith(clause, words, 1);
    }

    /** Whether one of the clause's first {@code within} words is one of {@code words}. */
    static boolean opensWith(List<String> clause, Set<String> words, int within) {
        return clause.stream().limit(within).anyMatch(words::contains);
    }

    /** Phrases with a space on either side, for whole-word lookups in {@link MessageClauses#padded} text. */
    static List<String> spaced(String... phrases) {
        return Arrays.stream(phrases).map(p -> " " + p + " ").toList();
    }

    /** Whether the padded text holds any of the spaced phrases. */
    static boolean containsAny(String padded, List<String> spacedPhrases) {
        for (String phrase : spacedPhrases) {
            if (padded.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
