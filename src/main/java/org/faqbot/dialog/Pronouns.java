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

    /** Without "that", "dat" and "die": more often a conjunction or relative pronoun ("I think that I redeemed it"). */
    private static final Map<Lang, Set<String>> DETERMINERS = Map.of(
            Lang.EN, Set.of("a", "an", "the", "my", "our", "your", "this", "these", "those"),
            Lang.NL, Set.of("een", "de", "het", "mijn", "onze", "ons", "je", "jouw", "dit", "deze"));

    private Pronouns() {
    }

    /** The first pronoun or determiner of normalized {@code clause}, if it has either. */
    static Optional<Reference> first(String clause, Lang lang) {
        for (String word : WORD.split(clause)) {
            if (PRONOUNS.get(lang).contains(word)) {
                return Optional.of(Reference.PRONOUN);
            }
            if (DETERMINERS.get(lang).contains(word)) {
                return Optional.of(Reference.NAMED);
            }
        }
        return Optional.empty();
    }
}
