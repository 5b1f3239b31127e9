package org.faqbot.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;

/**
 * The words of the Dutch text that are no Dutch compounds though dictionary parts cover them: names and English terms
 * the translation kept ("Microsoft" is no "micro" + "soft", "dashboard" no "dash" + "board", "marketplace" no
 * "market" + "place"). Such a word is one the English text writes whole, in at least one entry in a hundred ({@value #MIN_ENTRIES} at
 * least) and in at least half as many entries as the Dutch text does, and more often whole than as two words: "partnercenter" stays a
 * compound, as the English text writes "partner center" far more often. Split, its parts matched other words of the
 * docs ("soft" in "software") and weighed as the Dutch question's own words.
 */
final class WholeWords {

    /** Fewer entries than this tell nothing apart: an identifier or a URL's word. */
    static final int MIN_ENTRIES = 3;
    /**
     * The share of the entries whose English text a word must be in: a word common in the docs' English ("Microsoft",
     * "dashboard", "download"), not a product of a page or two ("Salesforce", in 18 of the corpus's 2,793 entries).
     */
    static final double MIN_SHARE = 0.01;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private WholeWords() {
    }

    /**
     * The words among {@code candidates} (lower case, without diacritics; the words the splitter splits) that are
     * whole words by {@code kb}'s two texts.
     */
    static Set<String> of(KnowledgeBase kb, Set<String> candidates) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        Map<String, Integer> dutch = new HashMap<>();
        Map<String, Integer> english = new HashMap<>();
        List<List<String>> englishTexts = new ArrayList<>();
        for (FaqEntry entry : kb.entries()) {
            count(words(entry, true), candidates, dutch);
            List<String> words = words(entry, false);
            count(words, candidates, english);
            englishTexts.add(words);
        }
        int floor = Math.max(MIN_ENTRIES, (int) Math.ceil(MIN_SHARE * kb.entries().size()));
        Set<String> common = new HashSet<>();
        for (String word : candidates) {
            int inEnglish = english.getOrDefault(word, 0);
            if (inEnglish >= floor && 2 * inEnglish >= dutch.getOrDefault(word, 0)) {
                common.add(word);
            }
        }
        Map<String, Integer> apart = writtenApart(common, englishTexts);
        Set<String> whole = new HashSet<>();
        for (String word : common) {
            if (apart.getOrDefault(word, 0) < english.get(word)) {
                whole.add(word);
            }
        }
        return whole;
    }

    /**
     * In how many English texts each of {@code words} is written as two words ("partner center" for "partnercenter"):
     * one pass over the texts' neighbouring words for all of them, as start-up reads the whole corpus here.
     */
    private static Map<String, Integer> writtenApart(Set<String> words, List<List<String>> texts) {
        Map<String, Integer> apart = new HashMap<>();
        if (words.isEmpty()) {
            return apart;
        }
        Set<String> inText = new HashSet<>();
        for (List<String> text : texts) {
            inText.clear();
            for (int i = 0; i + 1 < text.size(); i++) {
                String joined = text.get(i) + text.get(i + 1);
                if (words.contains(joined)) {
                    inText.add(joined);
                }
            }
            inText.forEach(word -> apart.merge(word, 1, Integer::sum));
        }
        return apart;
    }

    private static void count(List<String> words, Set<String> candidates, Map<String, Integer> counts) {
        new HashSet<>(words).stream().filter(candidates::contains).forEach(word -> counts.merge(word, 1, Integer::sum));
    }

    private static List<String> words(FaqEntry entry, boolean dutch) {
        StringBuilder text = new StringBuilder();
        text.append(side(entry.pageTitle(), dutch)).append(' ');
        entry.sectionPath().forEach(section -> text.append(side(section, dutch)).append(' '));
        text.append(side(entry.question(), dutch)).append(' ').append(EntryDocuments.plainText(side(entry.answer(), dutch)));
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(KbVocabulary.fold(text.toString()));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static String side(Bilingual text, boolean dutch) {
        return dutch ? text.nl() : text.en();
    }
}
