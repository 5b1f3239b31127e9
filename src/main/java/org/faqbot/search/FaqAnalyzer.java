package org.faqbot.search;

import java.io.Reader;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.faqbot.kb.Lang;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The analysis of one language's text fields, at index time (no synonyms) or at query time (with
 * synonyms). Both languages: Unicode word splitting, lower case, diacritics folded ("één" and "een"
 * match, as users rarely type accents), numbers dropped (they are mostly dates that differ from the
 * docs' examples), topic-free words removed. Then Dutch: inflections the stemmer misses rewritten,
 * Snowball stemming, synonyms, compound parts;
 * English: possessives removed (so are Dutch plurals in 's), KStem stemming (dictionary-based, so "added" stays "add"), synonyms.
 *
 * <p>Synonyms run after stemming, so a synonym line matches every inflection of its words; the line
 * itself is parsed with {@link #withoutSynonyms} of the same language. Thread-safe, as every Analyzer.
 */
final class FaqAnalyzer extends Analyzer {

    /** "log in", "logged on", "logging in": one word, as the synonym files write it ({@link #initReader}). */
    private static final Pattern LOG_IN = Pattern.compile("(?i)\\blog(?:ged|ging|s)?\\s+(?:in|on)\\b");
    private static final Set<String> NUMBER_TYPES =
            Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM]);

    private final Lang lang;
    private final CharArraySet stopWords;
    private final Set<String> knownStems;
    private final CompoundSplitter splitter;
    private final Optional<SynonymMap> synonyms;

    private FaqAnalyzer(Lang lang, CharArraySet stopWords, Set<String> knownStems, CompoundSplitter splitter,
            Optional<SynonymMap> synonyms) {
        this.lang = lang;
        this.stopWords = stopWords;
        this.knownStems = knownStems;
        this.splitter = splitter;
        this.synonyms = synonyms;
    }

    /**
     * The index-time analyzer. Dutch only: {@code knownStems} decide which inflections are rewritten
     * ({@link DutchInflectionFilter}), {@code splitter} splits compounds.
     */
    static FaqAnalyzer forIndex(Lang lang, CharArraySet stopWords, Set<String> knownStems, CompoundSplitter splitter) {
        return new FaqAnalyzer(lang, stopWords, knownStems, splitter, Optional.empty());
    }

    /** The query-time analyzer: the index-time chain plus synonyms after stemming. */
    static FaqAnalyzer forQuery(Lang lang, CharArraySet stopWords, Set<String> knownStems, CompoundSplitter splitter,
            SynonymMap synonyms) {
        return new FaqAnalyzer(lang, stopWords, knownStems, splitter, Optional.of(synonyms));
    }

    /** Words to stems, without synonyms or compound parts: for synonym lines and word lists. */
    static FaqAnalyzer forWords(Lang lang, CharArraySet stopWords, Set<String> knownStems) {
        return new FaqAnalyzer(lang, stopWords, knownStems, CompoundSplitter.empty(), Optional.empty());
    }

    Lang lang() {
        return lang;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new TypeTokenFilter(source, NUMBER_TYPES);
        // English possessives and Dutch plurals in 's ("collega's", "pdf's", "api's") lose their 's: the tokenizer keeps
        // the apostrophe in the word, and the Dutch stemmer left "collega'", a word no other form of it meets.
        stream = new EnglishPossessiveFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, stopWords);
        if (lang == Lang.NL) {
            stream = new SnowballFilter(new DutchInflectionFilter(stream, knownStems), new DutchStemmer());
        } else {
            stream = new KStemFilter(stream);
        }
        if (synonyms.isPresent()) {
            stream = new SynonymGraphFilter(stream, synonyms.get(), true);
        }
        if (lang == Lang.NL) {
            stream = new CompoundSplitFilter(stream, splitter);
        }
        return new TokenStreamComponents(source, stream);
    }

    /**
     * A question's "log in" / "logged on" is joined into "login" before it is split into words: the synonym files'
     * lines are read with the stop words gone, so a "log in" there was a bare "log", and "activity logs" read as sign in.
     * Only the query side joins: the index keeps the docs' words as written, and "login" finds them by its synonyms.
     */
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return synonyms.isPresent() ? new PatternReplaceCharFilter(LOG_IN, "login", reader) : reader;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
