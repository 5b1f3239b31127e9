package org.faqbot.dialog;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;

/**
 * Personal pronouns that stand for a thing already known in the conversation ("it", "hem"), and the
 * determiners that name a thing anew ("a parking spot", "mijn paspoort"). Dutch "het" and "die" are not
 * taken as pronouns: they are far more often an article or a relative pronoun ("het abonnement", "een
 * collega die vertrok").
 */
final class Pronouns {

    /** What a clause refers to first: a thing known from before, or one it names itself. */
    enum Reference { PRONOUN, NAMED }

    private static final Pattern WORD = Pattern.compile("[^\\p{L}']+");

    private static final Map<Lang, Set<String>> PRONOUNS = Map.of(
            Lang.EN, Set.of("it", "them", "they"),
            Lang.NL, Set.of("hem", "hij", "ze", "zij", "'m", "m", "ie"));

    /**
     * Possessive pronouns that stand for a thing of the user's or someone's: "I redeemed mine on 3 March and my colleague
     * hers on 5 May", "ik de mijne op 3 maart". Dutch writes them after "de" / "het", which then is no article.
     */
    private static final Map<Lang, Set<String>> POSSESSIVES = Map.of(
            Lang.EN, Set.of("mine", "hers", "theirs", "ours"),
            Lang.NL, Set.of("mijne", "hare", "zijne", "jouwe"));

    /**
     * Words after an English "his" that stands for a thing ("my teammate redeemed his on 9 July", "did his last week"),
     * where before a noun it is a determiner ("his laptop").
     */
    private static final Set<String> AFTER_STANDING_HIS = Set.of("on", "in", "at", "last", "yesterday", "today", "too", "as", "around",
            "before", "after", "early", "late", "mid", "a", "two", "three", "this", "back", "and", "but");

    /** Without "that", "dat" and "die": more often a conjunction or relative pronoun ("I think that I redeemed it"). */
    private static final Map<Lang, Set<String>> DETERMINERS = Map.of(
            Lang.EN, Set.of("a", "an", "the", "my", "our", "your", "this", "these", "those"),
            Lang.NL, Set.of("een", "de", "het", "mijn", "onze", "ons", "je", "jouw", "dit", "deze"));

    /** Besides {@link Colleagues}, people whose determiner names no thing: "my friend", "mijn vriendin"; "worker" of "co-worker". */
    private static final Set<String> PERSONS = Set.of("worker", "friend", "wife", "husband", "vriend", "vriendin", "vrouw", "man");

    /**
     * Words no noun of an article "het" comes before, but a date's or a person's preposition does: "ik heb het op 3 november aan Piet
     * toegewezen", "ik heb het gisteren ingewisseld". Before one of them "het" is the pronoun.
     */
    private static final Set<String> AFTER_PRONOUN_HET = Set.of(
            "op", "aan", "in", "al", "nog", "pas", "toen", "ook", "niet", "gisteren", "eergisteren", "vandaag", "vorige",
            "vorig", "afgelopen", "begin", "eind", "eerder", "later", "sinds", "rond", "omstreeks", "per", "vanaf");

    private Pronouns() {
    }

    /** The first pronoun or determiner of normalized {@code clause}, if it has either. */
    static Optional<Reference> first(String clause, Lang lang) {
        String[] words = WORD.split(clause);
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean possessive = POSSESSIVES.get(lang).contains(word)
                    || i + 1 < words.length && POSSESSIVES.get(lang).contains(words[i + 1]) && (word.equals("de") || word.equals("het"))
                    || lang == Lang.EN && word.equals("his") && (i + 1 == words.length || AFTER_STANDING_HIS.contains(words[i + 1]));
            if (PRONOUNS.get(lang).contains(word) || possessive || lang == Lang.NL && isPronounHet(words, i)) {
                return Optional.of(Reference.PRONOUN);
            }
            // "My colleague redeemed hers on 6 May": the determiner names a person, whose thing "hers" stands for.
            boolean person = i + 1 < words.length && (Colleagues.is(words[i + 1]) || PERSONS.contains(words[i + 1]));
            if (DETERMINERS.get(lang).contains(word) && !person) {
                return Optional.of(Reference.NAMED);
            }
        }
        return Optional.empty();
    }

    /** True when {@code words[at]} (words without digits) is a Dutch "het" that stands for a thing: before a time word or a preposition. */
    static boolean isPronounHet(String[] words, int at) {
        if (!words[at].equals("het") || at + 1 >= words.length) {
            return false;
        }
        return AFTER_PRONOUN_HET.contains(words[at + 1]);
    }
}
