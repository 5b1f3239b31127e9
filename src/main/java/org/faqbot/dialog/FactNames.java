package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;

/**
 * Which of the user's kinds of date a few words name, in either language: by one of the fact's cues ("expiry",
 * "ingewisseld"), by a word only its label has ("redeemed", "vervaldatum"), or by the thing whose end a rule of it gives
 * ("key", "sleutel"). How a user typing instead of pressing answers "which of your dates?" ("the key one", "die van de
 * vervaldatum"), and how "/forget expiry date" names the date to forget.
 */
final class FactNames {

    /** Label words shorter than this ("the", "je", "van") name no date. */
    private static final int MIN_LABEL_WORD = 4;
    /** The longest answer to "which date?" that is read as naming one ("only the date I redeemed the key"). */
    private static final int MAX_ANSWER_WORDS = 8;

    private final RuleBook book;
    /** Per fact, the words of its labels that no other fact's label has ("redeemed", "vervaldatum"). */
    private final Map<String, List<String>> ownLabelWords = new HashMap<>();

    FactNames(RuleBook book) {
        this.book = book;
        Map<String, Integer> factsWithWord = new HashMap<>();
        Map<String, List<String>> words = new HashMap<>();
        for (Fact fact : book.facts()) {
            List<String> own = new ArrayList<>();
            for (Lang lang : Lang.values()) {
                for (String word : Normalized.words(fact.label().get(lang)).split(" ")) {
                    if (word.length() >= MIN_LABEL_WORD && !own.contains(word)) {
                        own.add(word);
                    }
                }
            }
            own.forEach(w -> factsWithWord.merge(w, 1, Integer::sum));
            words.put(fact.id(), own);
        }
        words.forEach((id, own) -> ownLabelWords.put(id, own.stream().filter(w -> factsWithWord.get(w) == 1).toList()));
    }

    /**
     * Whether {@code text} is a short answer to "which date?" rather than a new question: "when do my benefits
     * expire?" names a date too, but asks about it.
     */
    static boolean shortAnswer(String text) {
        return !QuestionShape.isQuestion(text) && Normalized.words(text).split(" ").length <= MAX_ANSWER_WORDS;
    }

    /** The facts of the rule book {@code text} names. */
    List<Fact> named(String text) {
        return book.facts().stream().filter(fact -> names(text, fact)).toList();
    }

    /** Whether {@code text} names {@code fact}. */
    boolean names(String text, Fact fact) {
        String words = " " + Normalized.words(text) + " ";
        // An English label's noun in the plural too: "the benefits one" names "your benefit expiry date".
        if (ownLabelWords.getOrDefault(fact.id(), List.of()).stream().anyMatch(w -> words.contains(" " + w + " ")
                || words.contains(" " + w + "s "))) {
            return true;
        }
        // The thing whose end a rule of the fact gives ("key", "sleutel") names the fact as its label words do.
        if (book.rules().stream().filter(rule -> rule.spec().fact().equals(fact.id()))
                .anyMatch(rule -> Arrays.stream(Lang.values()).anyMatch(lang -> rule.spec().end().things(lang).stream()
                        .anyMatch(thing -> CueMatcher.contains(words.strip(), thing, lang))))) {
            return true;
        }
        FactFinder cues = new FactFinder(List.of(fact));
        return cues.anyCue(text, Lang.EN) || cues.anyCue(text, Lang.NL);
    }
}
