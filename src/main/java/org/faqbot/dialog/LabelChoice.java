package org.faqbot.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.faqbot.nlu.Normalized;

/**
 * A button pressed by typing its name: "the key" under the buttons "Product key", "Benefits", ..., "mijn abonnement"
 * under "Visual Studio-abonnement". Only short labels (a thing's name, not a question) and only a message of a few
 * words that each belong to one label, the same for all of them.
 */
final class LabelChoice {

    private static final Set<String> DETERMINERS = Set.of("the", "my", "our", "a", "an", "de", "het", "mijn", "onze", "ons", "een");
    private static final int MOST_WORDS = 3;

    private LabelChoice() {
    }

    static Optional<Choice> pick(String text, List<Choice> choices) {
        List<String> words = words(text).stream().filter(w -> !DETERMINERS.contains(w)).toList();
        if (words.isEmpty() || words.size() > MOST_WORDS) {
            return Optional.empty();
        }
        Choice picked = null;
        for (String word : words) {
            List<Choice> having = choices.stream().filter(c -> words(c.label()).size() <= MOST_WORDS && words(c.label()).contains(word)).toList();
            if (having.size() != 1 || picked != null && picked != having.get(0)) {
                return Optional.empty();
            }
            picked = having.get(0);
        }
        return Optional.ofNullable(picked);
    }

    private static List<String> words(String text) {
        return Arrays.stream(Normalized.words(text).split("[\\s-]+")).filter(w -> !w.isBlank()).toList();
    }
}
