package org.faqbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReader;
import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;

/**
 * The searchable knowledge base: a Lucene index held in memory, built once from a {@link KnowledgeBase},
 * that finds the entries answering a question in Dutch or English. Immutable and thread-safe; the
 * searcher is opened once and shared by all searches.
 *
 * <pre>{@code
 * FaqIndex index = FaqIndex.build(kb, SearchSettings.defaults());
 * Optional<Hit> answer = index.answer("Hoe verleng ik mijn voordelen?", Lang.NL);
 * }</pre>
 */
public final class FaqIndex {

    private final SearchSettings settings;
    private final long indexBytes;
    private final LexicalSide lexical;
    private final SearchCascade cascade;
    /** The home pages alone with their own model (see {@link #tiered}); null for a single-tier index. */
    private final HomeTier tier;

    private FaqIndex(SearchSettings settings, IndexBuild.Built built, Dense denseParts, FaqIndex home) throws IOException {
        this.settings = settings;
        this.indexBytes = built.indexBytes();
        LeafReader leaf = built.reader().leaves().isEmpty() ? null : built.reader().leaves().get(0).reader();
        FaqEntry[] entryByDoc = built.entryByDoc();
        boolean[][] numbersByDoc = AnswerKinds.named(entryByDoc);
        this.lexical = new LexicalSide(settings, built.analysis(), built.background(), built.reader(), leaf, entryByDoc, numbersByDoc);
        DenseSide dense = denseParts == null || leaf == null ? null
                : new DenseSide(built.vectorsByDoc(), entryByDoc, numbersByDoc, built.homeByDoc(settings.homePages()), leaf,
                        denseParts.encoder(), denseParts.gloss(), denseParts.wordVectors(), denseParts.model());
        HitCollapse hits = new HitCollapse(entryByDoc, built.standInByDoc(), settings);
        this.tier = home == null ? null : new HomeTier(home, settings.homePages(), settings.maxHits(), hits::key);
        this.cascade = new SearchCascade(settings.threshold(), lexical, dense, hits);
    }

    /**
     * What the semantic half needs: the encoder (empty while it loads: the search is lexical until then),
     * the gloss of Dutch questions, each language's word vectors (null for none; read when first asked
     * for, so they load with the encoder, not at start), and the fusion model.
     */
    public record Dense(Supplier<Optional<TextEncoder>> encoder, QueryGloss gloss, Function<Lang, WordVectors> wordVectors,
            FusionModel model) {

        /** With the shipped word vectors. */
        public Dense(Supplier<Optional<TextEncoder>> encoder, QueryGloss gloss, FusionModel model) {
            this(encoder, gloss, WordVectors::standard, model);
        }

        Dense withModel(FusionModel other) {
            return new Dense(encoder, gloss, wordVectors, other);
        }
    }

    /** A lexical index of every entry of {@code kb}; synonym files are read as {@code settings} say. */
    public static FaqIndex build(KnowledgeBase kb, SearchSettings settings) {
        return build(kb, settings, null, null, null);
    }

    /**
     * A hybrid index: the lexical fields and each entry's vectors (the knowledge base's own, or encoded
     * now for the entries it lacks when the encoder is there), searched together and fused by
     * {@code dense.model()}.
     *
     * @throws IllegalArgumentException when the knowledge base's vectors were made by another model
     */
    public static FaqIndex hybrid(KnowledgeBase kb, SearchSettings settings, Dense dense) {
        return build(kb, settings, dense, EntryVectorSource.vectors(kb, dense), null);
    }

    /**
     * A hybrid index in two tiers when the knowledge base holds the home pages ({@link SearchSettings#homePages},
     * the pages the bot is about) among others: the whole knowledge base with {@code dense}'s model, and the home
     * pages alone with {@code homeModel} of their size. Among thousands of entries a home-page answer loses to passages that share
     * its words (the Benefits FAQ's own questions fell from 0.972 to 0.833 ranked first against the whole corpus),
     * while the home pages' model, fitted on questions about them, knows them and rejects what they do not answer.
     * So a question that no other page answers gets the home pages' answer when they have one. Each tier's
     * threshold is {@code base} scaled to its size; without other pages, or without home pages, this is
     * {@link #hybrid}.
     */
    public static FaqIndex tiered(KnowledgeBase kb, SearchSettings base, Dense dense, IntFunction<FusionModel> homeModel) {
        EntryVectors vectors = EntryVectorSource.vectors(kb, dense);
        List<FaqEntry> homeEntries = kb.entries().stream().filter(e -> base.homePages().contains(e.page())).toList();
        FaqIndex home = homeEntries.isEmpty() || homeEntries.size() == kb.size() ? null
                : build(new KnowledgeBase(kb.attribution(), homeEntries), base.scaledTo(homeEntries.size()),
                        dense.withModel(homeModel.apply(homeEntries.size())), vectors, null);
        return build(kb, base.scaledTo(kb.size()), dense, vectors, home);
    }

    private static FaqIndex build(KnowledgeBase kb, SearchSettings settings, Dense dense, EntryVectors vectors, FaqIndex home) {
        try {
            return new FaqIndex(settings, IndexBuild.of(kb, settings, vectors), dense, home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory index", e);
        }
    }

    public SearchSettings settings() {
        return settings;
    }

    /** The bytes the in-memory Lucene index takes, for sizing. */
    public long indexBytes() {
        return indexBytes;
    }

    /**
     * The entries that may answer {@code question}, written in {@code lang}, best first: at most
     * {@link SearchSettings#maxHits()}, entries with the same question collapsed into one hit. Hits
     * below the threshold are included: they are the suggestions when nothing is answered.
     */
    public SearchResult search(String question, Lang lang) {
        QueryEncoding encoding = new QueryEncoding();
        SearchResult all = search(question, lang, encoding);
        return tier == null ? all : tier.combine(question, lang, all, encoding);
    }

    /**
     * {@link #search} without the encoder: the result of the lexical side or the words stage, and whether one of them was
     * sure (then it is {@link #search}'s own result); when neither was, the words stage's ranking, as the search gives it
     * while the encoder loads, for a caller that weighs the encoder's cost (a message's further questions).
     */
    public CheapResult searchCheaply(String question, Lang lang) {
        QueryEncoding encoding = new QueryEncoding(true);
        SearchResult all = search(question, lang, encoding);
        SearchResult result = tier == null ? all : tier.combine(question, lang, all, encoding);
        return new CheapResult(result, !encoding.wanted(), question, lang, encoding);
    }

    /**
     * {@link #search(String, Lang)} of the question that {@code cheap} searched cheaply, with what its cheap stages found: a
     * further question of a message that they could not decide is not read by them a second time.
     */
    public SearchResult search(CheapResult cheap) {
        QueryEncoding encoding = cheap.encoding.resumed();
        SearchResult all = search(cheap.question, cheap.lang, encoding);
        return tier == null ? all : tier.combine(cheap.question, cheap.lang, all, encoding);
    }

    /** What {@link #searchCheaply} found, and whether a cheap stage was sure of it; {@link #search(CheapResult)} goes on from it. */
    public static final class CheapResult {

        private final SearchResult result;
        private final boolean sure;
        private final String question;
        private final Lang lang;
        private final QueryEncoding encoding;

        private CheapResult(SearchResult result, boolean sure, String question, Lang lang, QueryEncoding encoding) {
            this.result = result;
            this.sure = sure;
            this.question = question;
            this.lang = lang;
            this.encoding = encoding;
        }

        public SearchResult result() {
            return result;
        }

        public boolean sure() {
            return sure;
        }
    }

    /**
     * The other thing than the home pages' that {@code question} is about ("my gym membership"), if any, from the
     * lexical side alone: for the date rules, which name the home pages' things and need no ranking.
     */
    public Optional<String> otherThing(String question, Lang lang) {
        return lexical.otherThing(question, lang);
    }

    /** {@link #search(String, Lang)} in this index alone, with the question's encoding shared through {@code encoding}. */
    SearchResult search(String question, Lang lang, QueryEncoding encoding) {
        return cascade.search(question, lang, encoding);
    }

    /** Whether searches fuse lexical and dense evidence now (the encoder has loaded). */
    public boolean isHybrid() {
        return cascade.isHybrid();
    }

    /**
     * Every candidate of either half with its {@link Features}, for fitting the fusion model; empty when
     * this index has no dense half or its encoder is not there.
     */
    List<DenseSide.Evidence> evidence(String question, Lang lang) {
        return cascade.evidence(question, lang);
    }

    /** Every candidate with its {@link Features} as the words stage sees them; empty without word vectors for the question. */
    List<DenseSide.Evidence> wordEvidence(String question, Lang lang) {
        return cascade.wordEvidence(question, lang);
    }

    /** The lexical candidates alone, with their confidences: the cascade's first stage. */
    double lexicalTop(String question, Lang lang) {
        List<ScoredCandidate> lexical = candidates(question, lang);
        return lexical.isEmpty() ? 0 : lexical.get(0).confidence();
    }

    /** The best hit when its confidence reaches the search's threshold. */
    public Optional<Hit> answer(String question, Lang lang) {
        return search(question, lang).answer();
    }

    /** Up to {@code n} distinct candidates for "did you mean", whatever their confidence. */
    public List<Hit> suggestions(String question, Lang lang, int n) {
        return search(question, lang).top(n);
    }

    /** The candidates ranked by confidence, best first, with their evidence; for search and tuning. */
    List<ScoredCandidate> candidates(String question, Lang lang) {
        return lexical.find(question, lang, false).ranked();
    }

    /** The question's content words with their weights and terms, for tuning. */
    String explainWords(String question, Lang lang) throws IOException {
        return lexical.explainWords(question, lang);
    }
}
