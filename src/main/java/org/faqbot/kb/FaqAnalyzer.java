package org.faqbot.kb;

import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The analysis of one language's text fields, at index time (no synonyms) or at query time (with
 * synonyms). Both languages: Unicode word splitting, lower case, diacritics folded ("één" and "een"
 * match, as users rarely type accents), numbers dropped (they are mostly dates that differ from the
 * docs' examples), topic-free words removed. Then Dutch: Snowball stemming, synonyms, compound parts;
 * English: possessives removed, Porter stemming, synonyms.
 *
 * <p>Synonyms run after stemming, so a synonym line matches every inflection of its words; the line
 * itself is parsed with {@link #withoutSynonyms} of the same language. Thread-safe, as every Analyzer.
 */
final class FaqAnalyzer extends Analyzer {

    private static final Set<String> NUMBER_TYPES =
            Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM]);

    private final Lang lang;
    private final CharArraySet stopWords;
    private final CompoundSplitter splitter;
    private final Optional<SynonymMap> synonyms;

    private FaqAnalyzer(Lang lang, CharArraySet stopWords, CompoundSplitter splitter, Optional<SynonymMap> synonyms) {
        this.lang = lang;
        this.stopWords = stopWords;
        this.splitter = splitter;
        this.synonyms = synonyms;
    }

    /** The index-time analyzer; {@code splitter} is used for Dutch only. */
    static FaqAnalyzer forIndex(Lang lang, CharArraySet stopWords, CompoundSplitter splitter) {
        return new FaqAnalyzer(lang, stopWords, splitter, Optional.empty());
    }

    /** The query-time analyzer: the index-time chain plus synonyms after stemming. */
    static FaqAnalyzer forQuery(Lang lang, CharArraySet stopWords, CompoundSplitter splitter, SynonymMap synonyms) {
        return new FaqAnalyzer(lang, stopWords, splitter, Optional.of(synonyms));
    }

    /** Words to stems, without synonyms or compound parts: the analyzer synonym lines are parsed with. */
    static FaqAnalyzer forSynonymLines(Lang lang, CharArraySet stopWords) {
        return new FaqAnalyzer(lang, stopWords, CompoundSplitter.empty(), Optional.empty());
    }

    Lang lang() {
        return lang;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new TypeTokenFilter(source, NUMBER_TYPES);
        if (lang == Lang.EN) {
            stream = new EnglishPossessiveFilter(stream);
        }
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, stopWords);
        stream = lang == Lang.NL ? new SnowballFilter(stream, new DutchStemmer()) : new PorterStemFilter(stream);
        if (synonyms.isPresent()) {
            stream = new SynonymGraphFilter(stream, synonyms.get(), true);
        }
        if (lang == Lang.NL) {
            stream = new CompoundSplitFilter(stream, splitter);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
