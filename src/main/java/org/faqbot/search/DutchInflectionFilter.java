package org.faqbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
    /** The prefixes after which a participle takes no "ge-"; other words in "-d" ("land", "tijd", "download") are left alone. */
    private static final Pattern UNSTRESSED = Pattern.compile("(be|ver|ont|her|er)\\p{L}{3,}");
    /** Separable particles that go before "ge-" in a participle ("in-ge-wisseld"); the empty one first. */
    private static final List<String> PARTICLES = List.of("", "aan", "af", "in", "op", "toe", "uit", "over", "door", "mee",
            "weg", "terug", "goed", "vrij", "bij", "na", "om", "voor", "vast", "los", "samen", "binnen", "buiten");

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
        List<String> forms = new ArrayList<>();
        participle(word.endsWith("de") || word.endsWith("te") ? word.substring(0, word.length() - 1) : word, forms);
        if (word.endsWith("t") && !word.endsWith("tt")) {
            infinitives(word.substring(0, word.length() - 1), "", forms);
        } else if (word.endsWith("d") && !word.endsWith("dd") && UNSTRESSED.matcher(word).lookingAt()) {
            // A participle without "ge-" comes only after an unstressed prefix: "verlengd", "betaald", "ontkoppeld".
            infinitives(word.substring(0, word.length() - 1), "", forms);
        }
        return forms;
    }

    /**
     * The infinitives a weak participle with "ge-" may come from: "geactiveerd" activeren, "gedownload"
     * downloaden, "goedgekeurd" goedkeuren (and keuren), "ingewisseld" inwisselen (and wisselen). The
     * docs and the questions use participles as often as infinitives ("is verlengd", "heb ingewisseld"),
     * and the Snowball stemmer leaves them apart. A participle used as an adjective ("de goedgekeurde
     * claim") comes here without its "-e".
     */
    private static void participle(String word, List<String> forms) {
        if (!(word.endsWith("d") || word.endsWith("t")) || word.endsWith("dd") || word.endsWith("tt")) {
            return;
        }
        for (String particle : PARTICLES) {
            int ge = particle.length();
            if (word.startsWith(particle) && word.startsWith("ge", ge) && word.length() - ge - 3 >= 3) {
                // A stem that ends in d or t takes no second one: "gedownload" is "download" + nothing.
                for (String stem : List.of(word.substring(ge + 2, word.length() - 1), word.substring(ge + 2))) {
                    infinitives(stem, particle, forms);
                    if (!particle.isEmpty()) {
                        infinitives(stem, "", forms);
                    }
                }
            }
        }
    }

    /** The infinitives of a verb stem ("verleng", "betaal", "maak", "zet"), with {@code particle} before them. */
    private static void infinitives(String stem, String particle, List<String> forms) {
        for (String form : infinitives(stem)) {
            if (!forms.contains(particle + form)) {
                forms.add(particle + form);
            }
        }
    }

    /**
     * The infinitives a Dutch verb stem may have, most likely first: "verleng" verlengen, "betaal" betalen,
     * "schrijf" schrijven, "zet" zetten; none for an empty stem.
     */
    static List<String> infinitives(String stem) {
        if (stem.isEmpty()) {
            return List.of();
        }
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
