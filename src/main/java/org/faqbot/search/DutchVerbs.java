package org.faqbot.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells Dutch verb forms among the words that no docs page uses as written, for {@link OtherThings}: a verb is no thing.
 * Dutch joins a particle to its verb ("opengaat" is open + gaat, "aanvraagt" aan + vraagt) and puts the finite verb
 * last in a subordinate clause ("... dat de verlengperiode vrijdag opengaat"), so a verb that the docs never write
 * stands where a noun phrase's words would. A word is a verb form when it is
 * <ul>
 * <li>a particle on its own ("gaat het portaal dicht?");</li>
 * <li>a verb form of the docs, or a particle joined to one ("opengaat", "dichtgaat", "aanvraagt"): a third person
 * whose infinitive the docs also write ("gaat" and "gaan", "vraagt" and "vragen"), or that infinitive;</li>
 * <li>the last word of a subordinate clause ({@link #endingClauses}).</li>
 * </ul>
 * The docs' word forms are the Dutch words of the shipped gloss table ({@value DutchGloss#TABLE_RESOURCE}), learnt
 * from the docs pages; its verb forms are worked out with the table ({@link DutchGlosses#verbForms}), which the
 * encoder's background load reads, so a reply seldom waits for them. Thread-safe.
 */
final class DutchVerbs {

    /**
     * What Dutch verbs join in front: the separable particles ({@link SeparableVerbs}, the participles' of {@link
     * DutchInflectionFilter}) and the adjectives that join verbs as often ("opengaan", "dichtdoen").
     */
    private static final List<String> PARTICLES = List.of("aan", "af", "bij", "door", "in", "los", "mee", "na", "om", "op",
            "over", "terug", "toe", "uit", "vast", "voor", "weg", "goed", "vrij", "samen", "binnen", "buiten", "open", "dicht");
    private static final Set<String> PARTICLE_WORDS = Set.copyOf(PARTICLES);
    /** The rest of a joined verb has at least this many letters: "opgaat" is op + gaat, "inzet" no verb of "zet". */
    private static final int MIN_VERB = 4;
    /** Words that open a subordinate clause, whose finite verb comes last; question words open indirect questions. */
    private static final Set<String> SUBORDINATORS = Set.of("dat", "als", "of", "omdat", "wanneer", "zodra", "voordat",
            "nadat", "totdat", "terwijl", "zodat", "doordat", "indien", "hoewel", "aangezien", "tenzij", "zolang", "hoe",
            "waar", "waarom");
    /**
     * What a subordinate clause starts with: its subject, a pronoun or a noun phrase's article. After "dat", "of" or "als"
     * anything else is a demonstrative, "or" or "like" ("dat nieuwe paspoort", "of een wasmachine"), and after a
     * question word the verb of a direct question ("wanneer verloopt mijn paspoort?").
     */
    private static final Set<String> SUBJECTS = Set.of("ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "jullie",
            "het", "er", "men", "iemand", "niemand", "iedereen", "die", "dit", "dat", "deze", "de", "een", "mijn", "mn", "m'n",
            "onze", "ons", "jouw", "uw", "hun", "zijn", "haar");
    private static final Set<String> ARTICLES = Set.of("de", "het", "een", "dit", "deze", "dat", "die", "mijn", "mn", "m'n",
            "onze", "ons", "je", "jouw", "uw", "hun", "zijn", "haar");

    private DutchVerbs() {
    }

    /** Whether {@code folded} (lower case, no diacritics) is a particle, a verb form of the docs, or a particle and one. */
    static boolean isVerbForm(String folded) {
        if (PARTICLE_WORDS.contains(folded)) {
            return true;
        }
        for (String particle : PARTICLES) {
            if (folded.length() >= particle.length() + MIN_VERB && folded.startsWith(particle)
                    && DutchGlosses.verbForms().contains(folded.substring(particle.length()))) {
                return true;
            }
        }
        return DutchGlosses.verbForms().contains(folded);
    }

    /**
     * Which of a Dutch question's words end a subordinate clause, and so are its finite verb (or the last of its
     * verbs): the last word before punctuation or the end, in a clause that a subordinator and a subject open ("dat de
     * verlengperiode ... opengaat", "als ik ... dichtging"), at least two words on and not right after an article (an
     * unfinished noun phrase, "als mijn paspoort", is no verb).
     *
     * @param words      the question's words, folded, in order
     * @param endsClause for each word, whether punctuation or the end of the question follows it
     */
    static boolean[] endingClauses(List<String> words, boolean[] endsClause) {
        boolean[] ending = new boolean[words.size()];
        int opener = -1;
        for (int i = 0; i < words.size(); i++) {
            if (!endsClause[i] && SUBORDINATORS.contains(words.get(i)) && i + 1 < words.size() && SUBJECTS.contains(words.get(i + 1))) {
                opener = i;
            } else if (endsClause[i]) {
                ending[i] = opener >= 0 && i - opener >= 2 && !ARTICLES.contains(words.get(i - 1));
                opener = -1;
            }
        }
        return ending;
    }

    /**
     * The verb forms among {@code words}: each third person in -t whose infinitive is among them too, and that
     * infinitive ("gaat" and "gaan", "vraagt" and "vragen"). A noun in -t has no such partner ("recht"); a stem in
     * -t, whose third person is the stem itself ("zet", "zetten"), is left out: its infinitive is spelt as a noun's
     * plural ("kant", "kanten").
     */
    static Set<String> verbForms(Set<String> words) {
        Set<String> forms = new HashSet<>();
        for (String word : words) {
            if (word.length() >= 3 && word.endsWith("t")) {
                for (String infinitive : infinitives(word.substring(0, word.length() - 1))) {
                    if (words.contains(infinitive)) {
                        forms.add(word);
                        forms.add(infinitive);
                    }
                }
            }
        }
        return Set.copyOf(forms);
    }

    /** The infinitives of a stem: {@link DutchInflectionFilter#infinitives}, and a stem in a vowel with -n ("gaa", "doe"). */
    private static List<String> infinitives(String stem) {
        List<String> forms = new ArrayList<>(DutchInflectionFilter.infinitives(stem));
        if ("aeiou".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
            forms.add(stem + "n");
        }
        return forms;
    }
}
