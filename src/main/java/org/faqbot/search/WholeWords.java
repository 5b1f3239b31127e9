package org.faqbot.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;

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
     * The Dutch words of {@code kb} (lower case, without diacritics) that {@code covered} holds (the words the splitter
     * splits) and that are whole words by {@code kb}'s two texts. The entry counts come first: few of the Dutch words
     * are common in the English text at all, so only those few are split.
     */
    static Set<String> of(KnowledgeBase kb, Predicate<String> covered) {
        Map<String, Integer> dutch = KbVocabulary.entryCounts(kb, Lang.NL);
        Map<String, Integer> english = KbVocabulary.entryCounts(kb, Lang.EN);
        int floor = Math.max(MIN_ENTRIES, (int) Math.ceil(MIN_SHARE * kb.entries().size()));
        Set<String> common = new HashSet<>();
        dutch.forEach((word, inDutch) -> {
            int inEnglish = english.getOrDefault(word, 0);
            if (inEnglish >= floor && 2 * inEnglish >= inDutch && covered.test(word)) {
                common.add(word);
            }
        });
        if (common.isEmpty()) {
            return Set.of();
        }
        Map<String, Integer> apart = writtenApart(common, kb);
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
    private static Map<String, Integer> writtenApart(Set<String> words, KnowledgeBase kb) {
        // Only a word that begins one of them can start such a pair: most pairs need no joining.
        Set<String> heads = new HashSet<>();
        for (String word : words) {
            for (int end = 1; end < word.length(); end++) {
                heads.add(word.substring(0, end));
            }
        }
        Map<String, Integer> apart = new HashMap<>();
        Set<String> inText = new HashSet<>();
        for (FaqEntry entry : kb.entries()) {
            List<String> text = englishWords(entry);
            inText.clear();
            for (int i = 0; i + 1 < text.size(); i++) {
                if (!heads.contains(text.get(i))) {
                    continue;
                }
                String joined = text.get(i) + text.get(i + 1);
                if (words.contains(joined)) {
                    inText.add(joined);
                }
            }
            inText.forEach(word -> apart.merge(word, 1, Integer::sum));
        }
        return apart;
    }

    /** The words of the entry's English title, section path, question and answer, in order, as {@link KbVocabulary} reads them. */
    private static List<String> englishWords(FaqEntry entry) {
        StringBuilder text = new StringBuilder();
        text.append(entry.pageTitle().en()).append(' ');
        entry.sectionPath().forEach(section -> text.append(section.en()).append(' '));
        text.append(entry.question().en()).append(' ').append(EntryDocuments.plainText(entry.answer().en()));
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(KbVocabulary.fold(text.toString()));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
