package org.faqbot.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzers of one index, per language: {@code index} for entries, {@code query} for questions
 * (with synonyms), {@code words} for word lists and synonym lines (stems only). They share the stop
 * words and the Dutch compound dictionary made from the knowledge base's own vocabulary.
 */
record Analysis(Map<Lang, FaqAnalyzer> index, Map<Lang, FaqAnalyzer> query, Map<Lang, FaqAnalyzer> words) {

    /** Compound heads that rarely stand alone, so the knowledge base alone would not teach them. */
    private static final String COMPOUND_PARTS = "compound-parts-nl.txt";

    static Analysis of(KnowledgeBase kb, SearchSettings settings) {
        CharArraySet stopWords = WordLists.stopWords();
        Map<Lang, FaqAnalyzer> lineAnalyzers = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            lineAnalyzers.put(lang, FaqAnalyzer.forSynonymLines(lang, stopWords));
        }
        CompoundSplitter splitter = compoundSplitter(kb, stopWords, lineAnalyzers.get(Lang.NL));
        Map<Lang, FaqAnalyzer> index = new EnumMap<>(Lang.class);
        Map<Lang, FaqAnalyzer> query = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            index.put(lang, FaqAnalyzer.forIndex(lang, stopWords, splitter));
            var synonyms = SynonymFiles.load(settings.synonymFiles(lang), settings.dataDir(), lineAnalyzers.get(lang));
            query.put(lang, FaqAnalyzer.forQuery(lang, stopWords, splitter, synonyms));
        }
        return new Analysis(Map.copyOf(index), Map.copyOf(query), Map.copyOf(lineAnalyzers));
    }

    /** One analyzer per field, each field analysed in its own language. */
    Analyzer indexAnalyzerPerField() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Lang lang : Lang.values()) {
            IndexFields.textFields(lang).forEach(field -> perField.put(field, index.get(lang)));
        }
        return new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(index.get(Lang.EN), perField);
    }

    /** The terms {@code text} is indexed as in {@code lang}'s fields, compound parts included. */
    static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new java.util.LinkedHashSet<>();
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

    private static CompoundSplitter compoundSplitter(KnowledgeBase kb, CharArraySet stopWords, Analyzer stemmer) {
        Set<String> words = KbVocabulary.words(kb, Lang.NL);
        words.addAll(WordLists.load(COMPOUND_PARTS));
        Map<String, String> stemByForm = new HashMap<>();
        for (String word : words) {
            if (word.length() >= CompoundSplitter.MIN_PART_LENGTH && !stopWords.contains(word)) {
                for (String stem : terms(stemmer, word)) {
                    stemByForm.put(word, stem);
                    stemByForm.putIfAbsent(stem, stem);
                }
            }
        }
        return new CompoundSplitter(stemByForm);
    }
}
