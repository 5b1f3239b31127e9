package org.faqbot.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.search.CompoundSplitter;
import org.faqbot.search.KbVocabulary;
import org.faqbot.kb.Lang;
import org.faqbot.search.WordLists;

/**
 * The words of the Dutch-English gloss table, cut the same way when the table is trained and when a
 * question is glossed: runs of letters and digits at least two characters long that start with a
 * letter and hold at most {@value #MAX_DIGITS} digits (numbers and the hexadecimal ids of the docs'
 * examples drop out, "office365" stays), lower case, diacritics removed ("één" is "een", as {@link KbVocabulary#fold} does for the lexical
 * search). Dutch compounds are split by the lexical search's {@link CompoundSplitter}, with the table's
 * own Dutch words as its dictionary. Stateless and thread-safe.
 */
public final class GlossWords {

    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_DIGITS = 4;

    /** Compound heads that seldom stand alone: the lexical search's hand list. */
    private static final String COMPOUND_PARTS = "compound-parts-nl.txt";

    private GlossWords() {
    }

    /** The words of {@code text} in order: "Mijn MPN-licentiesleutel, één?" gives mpn, licentiesleutel, een. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher run = RUN.matcher(KbVocabulary.fold(text));
        while (run.find()) {
            String word = run.group();
            if (word.length() >= 2 && Character.isLetter(word.charAt(0))
                    && word.chars().filter(Character::isDigit).count() <= MAX_DIGITS) {
                words.add(word);
            }
        }
        return words;
    }

    /** Each word followed by its compound parts, if {@code splitter} splits it: licentiesleutel, licentie, sleutel. */
    public static List<String> withParts(List<String> words, CompoundSplitter splitter) {
        List<String> out = new ArrayList<>(words.size() + 4);
        for (String word : words) {
            out.add(word);
            splitter.split(word).ifPresent(out::addAll);
        }
        return out;
    }

    /**
     * The compound splitter over {@code dutchWords} and the lexical search's hand list of compound heads,
     * stop words left out (as the lexical search leaves them out). Each word stands for itself: the table
     * is keyed by words, not stems.
     */
    public static CompoundSplitter splitter(Collection<String> dutchWords) {
        Map<String, String> dictionary = new HashMap<>();
        Set<String> stopWords = stopWords(Lang.NL);
        for (String word : dutchWords) {
            if (!stopWords.contains(word)) {
                dictionary.put(word, word);
            }
        }
        WordLists.load(COMPOUND_PARTS).forEach(part -> dictionary.put(part, part));
        return new CompoundSplitter(dictionary);
    }

    /** The lexical search's stop words of {@code lang}: function words that carry no topic. */
    public static Set<String> stopWords(Lang lang) {
        return WordLists.load(lang == Lang.NL ? "stopwords-nl.txt" : "stopwords-en.txt");
    }
}
