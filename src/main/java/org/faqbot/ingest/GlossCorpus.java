package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.faqbot.kb.Bilingual;
import org.faqbot.search.CompoundSplitter;
import org.faqbot.search.GlossWords;

/**
 * Sentence pairs as word ids, ready for {@link IbmModel1}: each Dutch sentence's words with the parts of
 * its compounds after them (as {@link org.faqbot.search.DutchGloss} cuts a question), each English
 * sentence's words. Dutch id {@value #NULL} is the empty word that English words without a Dutch
 * counterpart ("the", "of") are translations of; it is in no sentence, the model adds it to each.
 * Pairs with an empty side are left out.
 */
final class GlossCorpus {

    /** The Dutch id of the empty word. */
    static final int NULL = 0;

    private final WordIds dutch;
    private final WordIds english;
    private final List<int[]> dutchSentences;
    private final List<int[]> englishSentences;

    private GlossCorpus(WordIds dutch, WordIds english, List<int[]> dutchSentences, List<int[]> englishSentences) {
        this.dutch = dutch;
        this.english = english;
        this.dutchSentences = dutchSentences;
        this.englishSentences = englishSentences;
    }

    /**
     * @param minCount how often a Dutch word must occur (as a whole word) to be a compound part: the
     *                 gloss table keeps the words seen that often and splits questions with them, so
     *                 training splits with the same dictionary
     */
    static GlossCorpus of(List<Bilingual> pairs, int minCount) {
        List<List<String>> nl = new ArrayList<>();
        List<List<String>> en = new ArrayList<>();
        for (Bilingual pair : pairs) {
            List<String> nlWords = GlossWords.words(pair.nl());
            List<String> enWords = GlossWords.words(pair.en());
            if (!nlWords.isEmpty() && !enWords.isEmpty()) {
                nl.add(nlWords);
                en.add(enWords);
            }
        }
        CompoundSplitter splitter = GlossWords.splitter(frequentWords(nl, minCount));
        WordIds dutch = new WordIds();
        dutch.add("NULL");
        WordIds english = new WordIds();
        // Each distinct word is split once: there are some 10,000 of them among 400,000 Dutch words.
        Map<String, List<String>> withParts = new HashMap<>();
        List<int[]> dutchSentences = new ArrayList<>(nl.size());
        List<int[]> englishSentences = new ArrayList<>(en.size());
        for (int s = 0; s < nl.size(); s++) {
            List<String> words = nl.get(s).stream()
                    .flatMap(word -> withParts.computeIfAbsent(word, w -> GlossWords.withParts(List.of(w), splitter)).stream())
                    .collect(Collectors.toList());
            dutchSentences.add(ids(words, dutch));
            englishSentences.add(ids(en.get(s), english));
        }
        return new GlossCorpus(dutch, english, dutchSentences, englishSentences);
    }

    private static List<String> frequentWords(List<List<String>> sentences, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        sentences.forEach(words -> words.forEach(word -> counts.merge(word, 1, Integer::sum)));
        return counts.entrySet().stream().filter(e -> e.getValue() >= minCount).map(Map.Entry::getKey)
                .sorted().collect(Collectors.toList());
    }

    private static int[] ids(List<String> words, WordIds vocabulary) {
        return words.stream().mapToInt(vocabulary::add).toArray();
    }

    /**
     * The same pairs the other way round, English to Dutch, with an empty English word as id {@value #NULL}: for
     * t(dutch | english), which English paraphrases pivot through (English word, its Dutch words, their English words).
     */
    GlossCorpus reversed() {
        WordIds source = new WordIds();
        source.add("NULL");
        WordIds target = new WordIds();
        List<int[]> sourceSentences = new ArrayList<>(size());
        List<int[]> targetSentences = new ArrayList<>(size());
        for (int s = 0; s < size(); s++) {
            sourceSentences.add(Arrays.stream(englishSentences.get(s)).map(id -> source.add(english.word(id))).toArray());
            targetSentences.add(Arrays.stream(dutchSentences.get(s)).map(id -> target.add(dutch.word(id))).toArray());
        }
        return new GlossCorpus(source, target, sourceSentences, targetSentences);
    }

    int size() {
        return dutchSentences.size();
    }

    int[] dutch(int sentence) {
        return dutchSentences.get(sentence);
    }

    int[] english(int sentence) {
        return englishSentences.get(sentence);
    }

    /** The Dutch words, NULL included as id {@value #NULL}. */
    WordIds dutchWords() {
        return dutch;
    }

    WordIds englishWords() {
        return english;
    }
}
