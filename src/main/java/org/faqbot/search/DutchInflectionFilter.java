package org.faqbot.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Rewrites Dutch inflections that the Snowball stemmer leaves apart to the form it stems like the
 * rest of their family: the verb's third person to its infinitive ("verloopt" to "verlopen",
 * "vervalt" to "vervallen", "activeert" to "activeren", "geeft" to "geven") and plurals in "-ies"
 * to the singular ("licenties" to "licentie"). A rewrite happens only when the rewritten form's stem
 * is a known stem (of the knowledge base, the synonyms or the docs background), so "tenant" or
 * "account" stay as they are. Runs before stemming, on lower-case folded words.
 */
final class DutchInflectionFilter extends TokenFilter {

    private static final int MIN_LENGTH = 5;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final Set<String> knownStems;
    private final DutchStemmer stemmer = new DutchStemmer();

    DutchInflectionFilter(TokenStream input, Set<String> knownStems) {
        super(input);
        this.knownStems = knownStems;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = termAtt.toString();
        if (word.length() >= MIN_LENGTH) {
            for (String candidate : candidates(word)) {
                if (knownStems.contains(stem(candidate))) {
                    termAtt.setEmpty().append(candidate);
                    break;
                }
            }
        }
        return true;
    }

    /** Likely base forms of {@code word}, most likely first; empty when it has no such ending. */
    static List<String> candidates(String word) {
        if (word.endsWith("ies")) {
            return List.of(word.substring(0, word.length() - 1));
        }
        if (!word.endsWith("t") || word.endsWith("tt")) {
            return List.of();
        }
        String stem = word.substring(0, word.length() - 1);
        char last = stem.charAt(stem.length() - 1);
        String voiced = last == 'f' ? stem.substring(0, stem.length() - 1) + "v"
                : last == 's' ? stem.substring(0, stem.length() - 1) + "z" : stem;
        return List.of(stem + "en", undoubleVowel(voiced) + "en", voiced + last(voiced) + "en", voiced + "en");
    }

    /** "loop" becomes "lop": a long vowel in a closed syllable is written single in an open one. */
    private static String undoubleVowel(String stem) {
        int n = stem.length();
        if (n >= 3 && "aeou".indexOf(stem.charAt(n - 2)) >= 0 && stem.charAt(n - 2) == stem.charAt(n - 3)) {
            return stem.substring(0, n - 2) + stem.substring(n - 1);
        }
        return stem;
    }

    private static char last(String text) {
        return text.charAt(text.length() - 1);
    }

    private String stem(String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
