package org.faqbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;

/**
 * The lexical half of the search: a question's content words weighed ({@link WordWeigher}), matched by BM25 over the
 * entries' text fields ({@link LexicalQuery}), and the candidates scored ({@link CandidateScorer}) and ranked by
 * {@link Confidence}; also the other thing than the home pages' that a question is about ({@link OtherThings}).
 */
final class LexicalSide {

    /** Entries retrieved before confidence ranks them; covers duplicates and the suggestions. */
    private static final int CANDIDATES = 20;

    private final Analysis analysis;
    /** The index's one segment; null for an index of no entries. */
    private final LeafReader leaf;
    private final LeafSearch leafSearch;
    private final Postings postings;
    private final WordWeigher weigher;
    private final CandidateScorer scorer;
    /** The kinds of number each document's answer names: see {@link AnswerKinds}. */
    private final boolean[][] numbersByDoc;
    /** The home pages' things, to tell a question about another thing ("my gym membership"). */
    private final OtherThings otherThings;
    /**
     * Whether each document is of a home page, in an index that holds other pages too; null otherwise, where no home
     * entry lacks what another page has ({@link LackingThing}).
     */
    private final boolean[] homeAmongOthers;
    /** Whether each document is a page's closing "Next steps" that only points to other pages: never a candidate. */
    private final boolean[] pointers;

    LexicalSide(SearchSettings settings, Analysis analysis, TermWeights.Background background, IndexReader reader, LeafReader leaf,
            FaqEntry[] entryByDoc, boolean[][] numbersByDoc) throws IOException {
        this.analysis = analysis;
        this.leaf = leaf;
        this.leafSearch = leaf == null ? null : leafSearch(new ArrayNormsReader(leaf));
        this.postings = Postings.of(leaf);
        TermWeights termWeights = TermWeights.of(background, analysis.words(), reader.numDocs());
        this.weigher = new WordWeigher(termWeights, FuzzyExpansion.of(settings, leaf));
        QuestionTerms questionTerms = leaf == null ? null : QuestionTerms.of(entryByDoc, analysis, postings, termWeights);
        this.scorer = new CandidateScorer(entryByDoc, questionTerms, termWeights);
        this.numbersByDoc = numbersByDoc;
        this.otherThings = OtherThings.of(Arrays.stream(entryByDoc)
                .filter(e -> e != null && settings.homePages().contains(e.page())).toList(), analysis.words());
        boolean[] home = new boolean[entryByDoc.length];
        int homeDocs = 0;
        for (int doc = 0; doc < entryByDoc.length; doc++) {
            home[doc] = entryByDoc[doc] != null && settings.homePages().contains(entryByDoc[doc].page());
            homeDocs += home[doc] ? 1 : 0;
        }
        this.homeAmongOthers = homeDocs > 0 && homeDocs < entryByDoc.length ? home : null;
        this.pointers = NextSteps.byDoc(entryByDoc);
    }

    /** {@code hits} without the pages' closing pointers ({@link NextSteps}), which stay indexed for the term statistics. */
    private ScoreDoc[] answering(ScoreDoc[] hits) {
        return Arrays.stream(hits).filter(hit -> !pointers[hit.doc]).toArray(ScoreDoc[]::new);
    }

    private static LeafSearch leafSearch(LeafReader segment) {
        IndexSearcher searcher = new IndexSearcher(segment);
        searcher.setSimilarity(new IndexBm25());
        return new LeafSearch(searcher, segment.getContext());
    }

    /**
     * The lexical side's candidates of a question, the other thing than the home pages' it is about, if any, a name of
     * no page's it is about ({@link OtherThings#nameOfNoPage}), if any, and the language whose words its content words
     * are ({@link CandidateScorer#wordsLanguage}), if it has any, and the home-page documents among the candidates that
     * lack what the question is specifically about ({@link LackingThing}).
     */
    record Found(List<ScoredCandidate> ranked, Optional<String> otherThing, Optional<String> noPagesName, Optional<Lang> wordsLang,
            Set<Integer> lackingHome) {
        static final Found NONE = new Found(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
    }

    /**
     * The question's candidates ranked by confidence, best first. {@code otherThing}: whether to tell the other thing
     * the question is about and the home entries that lack its thing; only the search's own question needs them, not the
     * English gloss searched for the words stage, where the other thing was a twentieth of a long Dutch question's search.
     */
    Found find(String question, Lang lang, boolean otherThing) {
        if (leaf == null) {
            return Found.NONE;
        }
        try {
            List<QueryWord> words = QuestionAnalysis.analyze(question, lang, analysis.query());
            if (words.isEmpty()) {
                return Found.NONE;
            }
            TermLookup lookup = lookup(question, lang, words);
            WordWeights weights = weigher.weigh(words, lookup);
            TopDocs top = leafSearch.top(LexicalQuery.of(words, lang, lookup), CANDIDATES);
            List<Candidate> candidates = scorer.score(answering(top.scoreDocs), words, weights, lang, lookup);
            return new Found(AnswerKinds.adjust(Confidence.rank(candidates, weigher.concepts(words)), numbersByDoc, question),
                    otherThing ? otherThings.find(question, lang, words, weights.strange(lang)) : Optional.empty(),
                    otherThing ? otherThings.nameOfNoPage(question, lang, words, weights.notAsWritten(), new WordsMeet(words, lookup))
                            : Optional.empty(),
                    Optional.of(CandidateScorer.wordsLanguage(words, lang, lookup)),
                    otherThing && homeAmongOthers != null ? LackingThing.homeDocs(candidates, weights, homeAmongOthers) : Set.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the in-memory index for '" + question + "'", e);
        }
    }

    /** See {@link FaqIndex#otherThing}. */
    Optional<String> otherThing(String question, Lang lang) {
        if (leaf == null || !otherThings.mayFind(question, lang)) {
            return Optional.empty();
        }
        // The words and their weights as the search reads them, without the search itself: asked of a rule's question
        // with its dates blanked, which is not searched.
        List<QueryWord> words = QuestionAnalysis.analyze(question, lang, analysis.query());
        if (words.isEmpty()) {
            return Optional.empty();
        }
        try {
            TermLookup lookup = lookup(question, lang, words);
            return otherThings.find(question, lang, words, weigher.weigh(words, lookup).strange(lang));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the in-memory index's terms for '" + question + "'", e);
        }
    }

    /** The question's content words with their weights and terms, for tuning. */
    String explainWords(String question, Lang lang) throws IOException {
        List<QueryWord> words = QuestionAnalysis.analyze(question, lang, analysis.query());
        WordWeights weights = weigher.weigh(words, lookup(question, lang, words));
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words.size(); w++) {
            out.append(String.format(Locale.ROOT, "  %.2f%s %s%n", weights.weights()[w], weights.unknown()[w] ? "?" : "", words.get(w)));
        }
        return out.toString();
    }

    /**
     * The index's terms for one question's search, with a Dutch question's separable verbs joined in {@code words}
     * ("wijst ... toe" read as "toewijzen"), as the weighing, the query and the scorer all need them alike.
     */
    private TermLookup lookup(String question, Lang lang, List<QueryWord> words) throws IOException {
        TermLookup lookup = new TermLookup(postings);
        if (lang == Lang.NL) {
            SeparableVerbs.join(question, words, analysis.query().get(Lang.NL), analysis.query().get(Lang.EN), lookup);
        }
        return lookup;
    }
}
