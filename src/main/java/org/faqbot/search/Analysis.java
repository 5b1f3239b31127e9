package org.faqbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;

/**
 * The analyzers of one index, per language: {@code index} for entries, {@code query} for questions
 * (with synonyms), {@code words} for word lists and synonym lines (stems only). They share the stop
 * words, the Dutch stems known to the inflection rewriter and the Dutch compound dictionary.
 */
record Analysis(Map<Lang, FaqAnalyzer> index, Map<Lang, FaqAnalyzer> query, Map<Lang, FaqAnalyzer> words) {

    /** Compound heads that rarely stand alone, so the knowledge base alone would not teach them. */
    private static final String COMPOUND_PARTS = "compound-parts-nl.txt";

    /**
     * The analyzers for {@code kb}. The compound dictionary is the knowledge base's words of both
     * languages (Dutch compounds take English heads: "cloudportal", "supportticket"), the synonym
     * files' words and a short hand list; {@code backgroundStemsNl} are the docs' Dutch stems.
     */
    static Analysis of(KnowledgeBase kb, SearchSettings settings, Set<String> backgroundStemsNl) {
        CharArraySet stopWords = WordLists.stopWords();
        // Background stems let the plain analyzer rewrite inflections too, so "licenties" is split off as "licentie".
        FaqAnalyzer plainDutch = FaqAnalyzer.forWords(Lang.NL, stopWords, backgroundStemsNl);
        Map<String, String> stemByForm = stemByForm(dictionaryWords(kb, settings), stopWords, plainDutch);
        Set<String> knownStems = new HashSet<>(backgroundStemsNl);
        knownStems.addAll(stemByForm.values());
        CompoundSplitter splitter = new CompoundSplitter(stemByForm, wholeWords(kb, stemByForm));
        Map<Lang, FaqAnalyzer> index = new EnumMap<>(Lang.class);
        Map<Lang, FaqAnalyzer> query = new EnumMap<>(Lang.class);
        Map<Lang, FaqAnalyzer> words = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            words.put(lang, FaqAnalyzer.forWords(lang, stopWords, knownStems));
            index.put(lang, FaqAnalyzer.forIndex(lang, stopWords, knownStems, splitter));
            var synonyms = SynonymFiles.loadShared(lang, settings, stopWords, backgroundStemsNl);
            query.put(lang, FaqAnalyzer.forQuery(lang, stopWords, knownStems, splitter, synonyms));
        }
        return new Analysis(Map.copyOf(index), Map.copyOf(query), Map.copyOf(words));
    }

    /** One analyzer per field, each field analysed in its own language. */
    Analyzer indexAnalyzerPerField() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Lang lang : Lang.values()) {
            IndexFields.textFields(lang).forEach(field -> perField.put(field, index.get(lang)));
        }
        return new PerFieldAnalyzerWrapper(index.get(Lang.EN), perField);
    }

    /** The terms {@code analyzer} makes of {@code text}, compound parts included, in order. */
    static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text held in memory", e);
        }
        return terms;
    }

    /**
     * The synonyms {@code analyzer} makes of {@code text} (tokens of the synonym filter's type), without the text's own
     * terms: what a query analyzer's synonym lines add to a word.
     */
    static Set<String> synonyms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text held in memory", e);
        }
        return terms;
    }

    /** The Dutch text's names and English terms that parts cover ({@link WholeWords}), as words and as stems. */
    private static Set<String> wholeWords(KnowledgeBase kb, Map<String, String> stemByForm) {
        CompoundSplitter splitter = new CompoundSplitter(stemByForm);
        Set<String> whole = new HashSet<>();
        for (String word : WholeWords.of(kb, word -> splitter.split(stemByForm.getOrDefault(word, word)).isPresent())) {
            whole.add(word);
            whole.add(stemByForm.getOrDefault(word, word));
        }
        return whole;
    }

    private static Set<String> dictionaryWords(KnowledgeBase kb, SearchSettings settings) {
        Set<String> words = new HashSet<>(KbVocabulary.words(kb, Lang.NL));
        words.addAll(KbVocabulary.words(kb, Lang.EN));
        for (Lang lang : Lang.values()) {
            for (String file : settings.synonymFiles(lang)) {
                words.addAll(SynonymFiles.words(file, settings.dataDir()));
            }
        }
        words.addAll(WordLists.load(COMPOUND_PARTS));
        return words;
    }

    private static Map<String, String> stemByForm(Set<String> words, CharArraySet stopWords, Analyzer stemmer) {
        Map<String, String> stemByForm = new HashMap<>();
        for (String word : words) {
            if (word.length() >= CompoundSplitter.MIN_PART_LENGTH && !stopWords.contains(word)) {
                for (String stem : terms(stemmer, word)) {
                    stemByForm.put(word, stem);
                    stemByForm.putIfAbsent(stem, stem);
                }
            }
        }
        return stemByForm;
    }
}
