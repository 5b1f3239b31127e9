package org.faqbot.search;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;

/**
 * The words a knowledge base uses in one language: lower case, diacritics removed ("één" is "een"),
 * letters only. Feeds the Dutch compound dictionary and, through the caller, the language detector.
 */
public final class KbVocabulary {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private KbVocabulary() {
    }

    /**
     * Each knowledge base's words per language, computed once: the index's compound dictionary, its whole words and the
     * language detector each read them, and reading the whole corpus's texts was a tenth of its load, seven times over.
     * Weak keys, so a knowledge base replaced by a reload is not kept; a knowledge base is immutable and equal only to
     * itself.
     */
    private static final Map<KnowledgeBase, Map<Lang, Map<String, Integer>>> BY_KB =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** The distinct words of every entry's title, section path, question and answer in {@code lang}; unmodifiable. */
    public static Set<String> words(KnowledgeBase kb, Lang lang) {
        return entryCounts(kb, lang).keySet();
    }

    /** For each of {@link #words}, the number of entries whose text in {@code lang} has it; unmodifiable. */
    static Map<String, Integer> entryCounts(KnowledgeBase kb, Lang lang) {
        return BY_KB.computeIfAbsent(kb, KbVocabulary::read).get(lang);
    }

    private static Map<Lang, Map<String, Integer>> read(KnowledgeBase kb) {
        Map<Lang, Map<String, Integer>> counts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            counts.put(lang, read(kb, lang));
        }
        return counts;
    }

    private static Map<String, Integer> read(KnowledgeBase kb, Lang lang) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> words = new HashSet<>();
        for (FaqEntry entry : kb.entries()) {
            words.clear();
            addWords(side(entry.pageTitle(), lang), words);
            entry.sectionPath().forEach(section -> addWords(side(section, lang), words));
            addWords(side(entry.question(), lang), words);
            addWords(EntryDocuments.plainText(side(entry.answer(), lang)), words);
            words.forEach(word -> counts.merge(word, 1, Integer::sum));
        }
        return Collections.unmodifiableMap(counts);
    }

    /** {@code text} in lower case without diacritics: "Geïnstalleerd" becomes "geinstalleerd". */
    public static String fold(String text) {
        if (isAscii(text)) {
            // Nothing to decompose and no marks to drop: most of the docs' text, and most questions and their words, folded many
            // times per search.
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String side(Bilingual text, Lang lang) {
        return lang == Lang.NL ? text.nl() : text.en();
    }

    private static void addWords(String text, Set<String> words) {
        Matcher matcher = WORD.matcher(fold(text));
        while (matcher.find()) {
            words.add(matcher.group());
        }
    }
}
