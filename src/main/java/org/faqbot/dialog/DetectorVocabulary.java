package org.faqbot.dialog;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.Signal;
import org.faqbot.search.KbVocabulary;

/**
 * The words the language detector may take as evidence for one language: the knowledge base's text and the
 * rule book's cues. The cues add the verbs of chat messages ("verlopen", "inwisselen") that a small
 * knowledge base's text may not use, so that "key verlopen?" is Dutch.
 */
final class DetectorVocabulary {

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}']+");

    private DetectorVocabulary() {
    }

    static Map<Lang, Set<String>> of(KnowledgeBase kb, RuleBook book) {
        Map<Lang, Set<String>> words = new HashMap<>();
        for (Lang lang : Lang.values()) {
            Set<String> set = new HashSet<>(KbVocabulary.words(kb, lang));
            for (Fact fact : book.facts()) {
                addWords(set, fact.cues(lang));
            }
            for (DateRule rule : book.rules()) {
                addWords(set, rule.spec().signals().getOrDefault(lang, List.of()).stream().map(Signal::cue).toList());
            }
            words.put(lang, set);
        }
        return words;
    }

    /** The words of {@link #of} in both languages together. */
    static Set<String> allWords(KnowledgeBase kb, RuleBook book) {
        Set<String> all = new HashSet<>();
        of(kb, book).values().forEach(all::addAll);
        return all;
    }

    private static void addWords(Set<String> set, Collection<String> phrases) {
        for (String phrase : phrases) {
            for (String word : NON_LETTERS.split(KbVocabulary.fold(phrase))) {
                if (word.length() > 1) {
                    set.add(word);
                }
            }
        }
    }
}
