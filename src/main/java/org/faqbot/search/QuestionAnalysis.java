package org.faqbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.faqbot.kb.Lang;

/**
 * Turns a question into its content words, each with the terms of both languages that stand for it.
 * The words come from the question's own language; the other language's analysis of the same text
 * (its stems, its synonyms, among them the cross-language ones) is attached to the word whose offsets
 * it shares. Synonyms and compound parts keep the offsets of the words they replace, so a multi-word
 * synonym ("product key" for "productcode") is attached to each of its words.
 */
final class QuestionAnalysis {

    private static final String FIELD = "question";

    private record Token(String term, String type, int start, int end) {
    }

    private QuestionAnalysis() {
    }

    /** The content words of {@code question}, in order of first appearance; empty for a question of stop words. */
    static List<QueryWord> analyze(String question, Lang lang, Map<Lang, ? extends Analyzer> analyzers) {
        // The question's own language is analysed once: its tokens make the words and are then attached to them.
        List<Token> own = tokens(analyzers.get(lang), question);
        List<QueryWord> words = words(own);
        for (Lang fieldLang : Lang.values()) {
            for (Token token : fieldLang == lang ? own : tokens(analyzers.get(fieldLang), question)) {
                attach(words, fieldLang, token);
            }
        }
        return words;
    }

    private static List<QueryWord> words(List<Token> tokens) {
        Map<String, QueryWord> byTerm = new LinkedHashMap<>();
        for (Token token : tokens) {
            if (source(token) == QueryWord.Source.WORD) {
                QueryWord known = byTerm.get(token.term());
                if (known == null) {
                    byTerm.put(token.term(), new QueryWord(token.term(), token.start(), token.end()));
                } else {
                    known.addSpan(token.start(), token.end());
                }
            }
        }
        return new ArrayList<>(byTerm.values());
    }

    /** Attaches the token to the words it overlaps; a token over several words makes them a phrase. */
    private static void attach(List<QueryWord> words, Lang fieldLang, Token token) {
        QueryWord first = null;
        for (QueryWord word : words) {
            if (word.overlaps(token.start(), token.end())) {
                word.add(fieldLang, token.term(), source(token));
                if (first == null) {
                    first = word;
                } else {
                    first.joinPhrase(word);
                }
            }
        }
    }

    private static QueryWord.Source source(Token token) {
        if (SynonymGraphFilter.TYPE_SYNONYM.equals(token.type())) {
            return QueryWord.Source.SYNONYM;
        }
        return CompoundSplitFilter.PART_TYPE.equals(token.type()) ? QueryWord.Source.COMPOUND_PART : QueryWord.Source.WORD;
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), type.type(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a question held in memory", e);
        }
        return tokens;
    }
}
