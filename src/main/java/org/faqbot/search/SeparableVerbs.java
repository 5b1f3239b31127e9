package org.faqbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.faqbot.kb.Lang;

/**
 * Joins Dutch separable verbs that a question splits: "om gebruikers toe te wijzen" and "wijst een
 * gebruiker toe" ask about "toewijzen", "log ik in" about "inloggen". For every particle in the
 * question and every content word before it (or right after it, or after its "te"), the joined word
 * is tried with the query analysis, synonyms
 * included ("loopt af" is "aflopen", a synonym of "verlopen"); when the index knows one of its terms,
 * they are added to the content word as synonyms and a particle that is itself a content word ("toe")
 * becomes part of the verb's phrase.
 */
final class SeparableVerbs {

    private static final Set<String> PARTICLES = Set.of("aan", "af", "bij", "door", "in", "los", "mee", "na", "om",
            "op", "over", "terug", "toe", "uit", "vast", "voor", "weg");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /**
     * A word after which a particle is a preposition of a noun phrase ("aan een collega", "op mijn portal"),
     * not a verb's: an article, possessive or demonstrative.
     */
    private static final Pattern DETERMINER = Pattern.compile(
            "\\s+(de|het|een|mijn|m'n|mn|je|jouw|uw|zijn|haar|ons|onze|hun|die|dat|deze|dit)\\b");
    /** What may stand between a particle and the verb that follows it: a space, or "te" between spaces. */
    private static final Pattern AFTER_PARTICLE = Pattern.compile("\\s+(te\\s+)?");

    private SeparableVerbs() {
    }

    /** Whether {@code word} (lower case) is a particle that a Dutch verb may be split from: "in", "toe", "af". */
    static boolean isParticle(String word) {
        return PARTICLES.contains(word);
    }

    /**
     * Adds the joined verbs of Dutch {@code question} to {@code words}: their Dutch terms, and the English synonyms
     * {@code englishQuery} gives them (the cross-language lines), which it could not give the verb split in two.
     */
    static void join(String question, List<QueryWord> words, Analyzer dutchQuery, Analyzer englishQuery, TermLookup lookup)
            throws IOException {
        String folded = KbVocabulary.fold(question);
        List<int[]> particles = new ArrayList<>();
        Matcher matcher = WORD.matcher(folded);
        while (matcher.find()) {
            if (PARTICLES.contains(matcher.group()) && !beforeDeterminer(folded, matcher.end())) {
                particles.add(new int[] {matcher.start(), matcher.end()});
            }
        }
        // A particle the question uses twice ("in ... in") joins the same words again: each joined word is analysed once.
        Map<String, Set<String>> termsByJoined = new HashMap<>();
        for (int[] particle : particles) {
            String prefix = folded.substring(particle[0], particle[1]);
            int afterParticle = nextVerbStart(folded, particle[1]);
            for (QueryWord word : words) {
                if (!word.overlaps(particle[0], particle[1])
                        && (word.occursBefore(particle[0]) || word.occursAt(afterParticle))) {
                    joinWith(prefix, particle, word, words, folded, dutchQuery, lookup, termsByJoined)
                            .ifPresent(joined -> englishSynonyms(joined, englishQuery).forEach(term -> word.add(Lang.EN, term, QueryWord.Source.SYNONYM)));
                }
            }
        }
    }

    /**
     * Whether a determiner follows the word ending at {@code end}: "geef je de licentie door aan een collega"
     * is about "doorgeven", not "aangeven".
     */
    private static boolean beforeDeterminer(String folded, int end) {
        return DETERMINER.matcher(folded).region(end, folded.length()).lookingAt();
    }

    /**
     * Where a verb split from the particle ending at {@code end} would start: right after it ("toe
     * voegen", a common misspelling) or after "te" ("toe te wijzen"). A particle that comes before its
     * verb stands there and nowhere else; a preposition before a noun ("op mijn portal") is no verb's
     * particle, and joining it with every later word cost a tenth of a Dutch search.
     */
    private static int nextVerbStart(String folded, int end) {
        Matcher gap = AFTER_PARTICLE.matcher(folded).region(end, folded.length());
        return gap.lookingAt() ? gap.end() : -1;
    }

    /** Joins {@code verb} with the particle when the index knows the joined word; the joined word, if so. */
    private static Optional<String> joinWith(String prefix, int[] particle, QueryWord verb, List<QueryWord> words, String folded,
            Analyzer dutchQuery, TermLookup lookup, Map<String, Set<String>> termsByJoined) throws IOException {
        String typed = verb.typedText(folded);
        String joined = prefix + typed;
        Set<String> terms = termsByJoined.computeIfAbsent(joined, j -> Analysis.terms(dutchQuery, j));
        if (terms.stream().noneMatch(term -> inIndex(term, lookup))) {
            String infinitive = voicedInfinitive(typed);
            if (infinitive != null) {
                joined = prefix + infinitive;
                terms = termsByJoined.computeIfAbsent(joined, j -> Analysis.terms(dutchQuery, j));
            }
        }
        if (terms.stream().noneMatch(term -> inIndex(term, lookup))) {
            return Optional.empty();
        }
        terms.forEach(term -> verb.add(Lang.NL, term, QueryWord.Source.SYNONYM));
        verb.markJoinedVerb();
        for (QueryWord other : words) {
            if (other.overlaps(particle[0], particle[1])) {
                verb.joinPhrase(other);
            }
        }
        return Optional.of(joined);
    }

    /**
     * The English synonyms of a joined verb: the synonym lines name infinitives ("uitnodigen", "aanzetten",
     * "toewijzen"), which the English analysis does not stem a finite form to, so the verb is also read as its
     * infinitives ("nodig ... uit": "uitnodigen"; "zet ... aan": "aanzetten"; "wijst ... toe": "toewijzen").
     */
    private static Set<String> englishSynonyms(String joined, Analyzer englishQuery) {
        Set<String> forms = new LinkedHashSet<>(infinitives(joined));
        if (joined.length() > 3 && joined.endsWith("t")) {
            forms.addAll(infinitives(joined.substring(0, joined.length() - 1)));
        }
        Set<String> synonyms = new LinkedHashSet<>();
        forms.forEach(form -> synonyms.addAll(Analysis.synonyms(englishQuery, form)));
        return synonyms;
    }

    /** A verb stem as typed and as the infinitives it may have: "nodig" "nodigen", "zet" "zetten", "wijs" "wijzen". */
    private static List<String> infinitives(String stem) {
        List<String> forms = new ArrayList<>(List.of(stem, stem + "en", stem + stem.charAt(stem.length() - 1) + "en"));
        String voiced = voicedInfinitive(stem);
        if (voiced != null) {
            forms.add(voiced);
        }
        return forms;
    }

    /**
     * The infinitive of a Dutch verb form whose stem ends in a voiceless f or s that the infinitive voices:
     * "schrijf" / "schrijft" -> "schrijven", "wijs" -> "wijzen", "geef" -> "geven". The stemmer keeps the f and
     * the v apart, so "schrijf je je in" never met "inschrijven" in the index. Null for any other form: those
     * the join finds as typed (the stemmer itself makes "neem" and "nemen" alike).
     */
    static String voicedInfinitive(String form) {
        String stem = form.length() > 3 && form.endsWith("t") ? form.substring(0, form.length() - 1) : form;
        if (stem.length() < 3) {
            return null;
        }
        char last = stem.charAt(stem.length() - 1);
        String voiced = last == 'f' ? "v" : last == 's' ? "z" : null;
        if (voiced == null) {
            return null;
        }
        String open = stem.substring(0, stem.length() - 1);
        int n = open.length();
        boolean longVowel = n >= 2 && open.charAt(n - 1) == open.charAt(n - 2) && "aeou".indexOf(open.charAt(n - 1)) >= 0;
        return (longVowel ? open.substring(0, n - 1) : open) + voiced + "en";
    }

    private static boolean inIndex(String term, TermLookup lookup) {
        return lookup.docFreq(IndexFields.QUESTION_NL, term) + lookup.docFreq(IndexFields.ANSWER_NL, term) > 0;
    }
}
