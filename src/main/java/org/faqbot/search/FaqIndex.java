package org.faqbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.faqbot.kb.EntryVectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
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

    /** How much a find in each field adds to the BM25 score: the question says most about an entry. */
    private static final float QUESTION_BOOST = 3f;
    private static final float ANSWER_BOOST = 1f;
    private static final float CONTEXT_BOOST = 0.7f;
    /** The other language's fields count, but less: they catch English terms in Dutch questions. */
    private static final float OTHER_LANGUAGE_BOOST = 0.6f;
    /** Words of a question matched in several fields add a little beyond the best field. */
    private static final float TIE_BREAKER = 0.1f;
    /**
     * The share of its best candidate's heading a question must cover for the lexical side to be sure of it alone. A
     * question whose every word a longer heading holds may ask for something else than the heading says: "how do I move
     * my customer to the plan" is all in "Move a customer's plan subscriptions to a different partner", which is about
     * changing partner (0.62 of the heading). On our corpus fitting questions the one lexically sure answer that was
     * wrong covered 0.52 of its heading; on the Benefits FAQ's, 5 of the 13 lexically sure (all right) cover less than
     * this, and the fusion answers each of them the same.
     */
    static final double SURE_HEADING_COVERAGE = 0.7;
    /** Entries retrieved before confidence ranks them; covers duplicates and the suggestions. */
    private static final int CANDIDATES = 20;

    private final SearchSettings settings;
    private final Analysis analysis;
    private final LeafReader leaf;
    private final LeafSearch leafSearch;
    private final WordWeigher weigher;
    private final CandidateScorer scorer;
    private final long indexBytes;
    private final Postings postings;
    /** Each document's {@link DuplicateKey}, computed once: normalising text per search was a hot spot. */
    private final String[] duplicateKeyByDoc;
    /** The entry each document's hit shows: its own, or for one that says nothing its page's next section ({@link StandIns}). */
    private final FaqEntry[] shownByDoc;
    /** The kinds of number each document's answer names: see {@link AnswerKinds}. */
    private final boolean[][] numbersByDoc;
    /** The semantic half and the fusion; null for a lexical-only index. */
    private final DenseSide dense;
    /** The home pages alone with their own model (see {@link #tiered}); null for a single-tier index. */
    private final HomeTier tier;
    /** The home pages' things, to tell a question about another thing ("my gym membership"). */
    private final OtherThings otherThings;

    private FaqIndex(SearchSettings settings, Analysis analysis, TermWeights.Background background, DirectoryReader reader,
            FaqEntry[] entryByDoc, FaqEntry[] standInByDoc, long indexBytes, Dense denseParts, EntryVectors.Item[] vectorsByDoc,
            FaqIndex home) throws IOException {
        this.settings = settings;
        this.tier = home == null ? null : new HomeTier(home, settings.homePages(), settings.maxHits());
        this.indexBytes = indexBytes;
        this.analysis = analysis;
        this.leaf = reader.leaves().isEmpty() ? null : reader.leaves().get(0).reader();
        this.leafSearch = leaf == null ? null : leafSearch(new ArrayNormsReader(leaf));
        this.postings = Postings.of(leaf);
        TermWeights termWeights = TermWeights.of(background, analysis.words(), reader.numDocs());
        this.weigher = new WordWeigher(termWeights, FuzzyExpansion.of(settings, leaf));
        QuestionTerms questionTerms = leaf == null ? null : QuestionTerms.of(entryByDoc, analysis, postings, termWeights);
        this.scorer = new CandidateScorer(entryByDoc, questionTerms, termWeights);
        this.shownByDoc = new FaqEntry[entryByDoc.length];
        for (int doc = 0; doc < entryByDoc.length; doc++) {
            shownByDoc[doc] = standInByDoc[doc] != null ? standInByDoc[doc] : entryByDoc[doc];
        }
        this.duplicateKeyByDoc = java.util.Arrays.stream(shownByDoc).map(e -> e == null ? "" : DuplicateKey.of(e)).toArray(String[]::new);
        this.numbersByDoc = AnswerKinds.named(entryByDoc);
        this.otherThings = OtherThings.of(java.util.Arrays.stream(entryByDoc)
                .filter(e -> e != null && settings.homePages().contains(e.page())).toList(), analysis.words());
        this.dense = denseParts == null || leaf == null ? null
                : new DenseSide(vectorsByDoc, entryByDoc, numbersByDoc, homeByDoc(entryByDoc, settings.homePages()), leaf,
                        denseParts.encoder(), denseParts.gloss(), denseParts.wordVectors(), denseParts.model());
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

    private static LeafSearch leafSearch(LeafReader segment) {
        IndexSearcher searcher = new IndexSearcher(segment);
        searcher.setSimilarity(new IndexBm25());
        return new LeafSearch(searcher, segment.getContext());
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
        TermWeights.Background background = TermWeights.Background.load(settings);
        Analysis analysis = Analysis.of(kb, settings, background.terms(Lang.NL));
        // Each file read back as one buffer: every term lookup clones its file's input, and a clone of a
        // file held in many small buffers copies the buffer list: a hot spot of searches in profiles.
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzerPerField()).setRAMBufferSizeMB(256)
                .setCodec(new InMemoryCodec());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            List<FaqEntry> entries = kb.entries();
            for (int ordinal = 0; ordinal < entries.size(); ordinal++) {
                FaqEntry entry = entries.get(ordinal);
                org.apache.lucene.document.Document document = EntryDocuments.of(entry, ordinal);
                if (vectors != null) {
                    vectors.get(entry.id()).ifPresent(item -> DenseSide.fields(item).forEach(document::add));
                }
                writer.updateDocument(new Term(IndexFields.ID, entry.id()), document);
            }
            // One segment: term statistics and postings are then read from a single leaf per search.
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            FaqEntry[] entryByDoc = entryByDoc(reader, entries);
            return new FaqIndex(settings, analysis, background, reader, entryByDoc, StandIns.byDoc(entryByDoc, entries), sizeInBytes(directory), dense,
                    vectorsByDoc(entryByDoc, vectors), home);
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
        return new CheapResult(result, !encoding.wanted());
    }

    /** What {@link #searchCheaply} found, and whether a cheap stage was sure of it. */
    public record CheapResult(SearchResult result, boolean sure) {
    }

    /**
     * The other thing than the home pages' that {@code question} is about ("my gym membership"), if any, from the
     * lexical side alone: for the date rules, which name the home pages' things and need no ranking.
     */
    public Optional<String> otherThing(String question, Lang lang) {
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
            TermLookup lookup = new TermLookup(postings);
            if (lang == Lang.NL) {
                SeparableVerbs.join(question, words, analysis.query().get(Lang.NL), lookup);
            }
            return otherThings.find(question, lang, words, weigher.weigh(words, lookup).strange(lang));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the in-memory index's terms for '" + question + "'", e);
        }
    }

    /** {@link #search(String, Lang)} in this index alone, with the question's encoding shared through {@code encoding}. */
    SearchResult search(String question, Lang lang, QueryEncoding encoding) {
        Lexical found = lexical(question, lang, true);
        List<ScoredCandidate> lexical = found.ranked();
        Optional<String> otherThing = found.otherThing();
        // The cascade: a question the lexical side is sure of costs no encoding (a twentieth of the time);
        // then the words stage, sure of most others in microseconds; the encoder only for the rest.
        if (dense == null || lexicalSure(lexical)) {
            return result(lexical, settings.threshold(), false, otherThing);
        }
        // The words stage before asking for the encoder: a question it is sure of is answered without waiting
        // for a model that is still loading (ask's first answer), with the answer the encoder would not change.
        // A question written in the other language's content words ("wat is de new commerce experience?") is compared by
        // meaning as that language's: its own language's views favour the entries whose text kept those words untranslated.
        Lang denseLang = found.wordsLang().orElse(lang);
        Map<String, List<ScoredCandidate>> englishSearches = new HashMap<>();
        Optional<List<ScoredCandidate>> byWords = byWords(lexical, question, denseLang, englishSearches);
        FusionModel.WordsStage stage = dense.model().words();
        if (byWords.isPresent() && !byWords.get().isEmpty() && byWords.get().get(0).confidence() >= stage.sure()) {
            return result(byWords.get(), stage.threshold(), false, otherThing);
        }
        Optional<TextEncoder> encoder = encoding.allowed() ? dense.encoder() : Optional.empty();
        if (encoder.isEmpty()) {
            return byWords.isPresent() ? result(byWords.get(), stage.threshold(), false, otherThing)
                    : result(lexical, settings.threshold(), false, otherThing);
        }
        try {
            DenseSide.QueryVectors query = encoding.get(() -> dense.encode(encoder.get(), question, denseLang));
            List<DenseSide.Evidence> evidence = evidence(lexical, query, question, denseLang, englishSearches);
            boolean near = dense.model().near(evidence.stream().map(DenseSide.Evidence::features).toList());
            return result(dense.fuse(evidence), dense.model().threshold(), near, otherThing);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the vectors for '" + question + "'", e);
        }
    }

    /**
     * Whether the lexical side alone answers: its best candidate reaches the model's {@code lexicalOnly}, the question covers
     * most of its heading ({@link #SURE_HEADING_COVERAGE}), and no other question
     * is as sure. Candidates that each hold every word of the question tie ("What is the new commerce experience?" against
     * six sections that name it); their order is then BM25's with a Q&amp;A before passages, which says nothing about which
     * of them the question is about, so the tie goes on to the words stage and the encoder.
     */
    private boolean lexicalSure(List<ScoredCandidate> lexical) {
        if (lexical.isEmpty() || lexical.get(0).confidence() < dense.model().lexicalOnly()
                || lexical.get(0).candidate().questionCoverage() < SURE_HEADING_COVERAGE) {
            return false;
        }
        String best = duplicateKeyByDoc[lexical.get(0).candidate().doc()];
        // Ranked confidences never rise, so the first candidate of another question is the runner-up.
        return lexical.stream().skip(1).filter(c -> !duplicateKeyByDoc[c.candidate().doc()].equals(best)).findFirst()
                .map(c -> c.confidence() < lexical.get(0).confidence()).orElse(true);
    }

    /** The candidates ranked by the words stage; empty when there is none or no word vectors read the question. */
    private Optional<List<ScoredCandidate>> byWords(List<ScoredCandidate> lexical, String question, Lang lang,
            Map<String, List<ScoredCandidate>> englishSearches) {
        Optional<DenseSide.QueryVectors> read = dense.readByWords(question, lang);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(dense.fuseWords(evidence(lexical, read.get(), question, lang, englishSearches)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the vectors for '" + question + "'", e);
        }
    }

    /**
     * The hits of {@code ranked}, answering from {@code threshold} on; when the question is about another thing than
     * the home pages' ({@link OtherThings}), a home-page entry (or another page's copy of one) does not answer it at any
     * confidence ("When can I renew my membership?" is no answer to a gym membership).
     */
    private SearchResult result(List<ScoredCandidate> ranked, double threshold, boolean near, Optional<String> otherThing) {
        List<Hit> hits = collapse(ranked, duplicateKeyByDoc, shownByDoc);
        boolean homeFirst = !hits.isEmpty() && isHome(hits.get(0));
        return new SearchResult(hits.subList(0, Math.min(settings.maxHits(), hits.size())), threshold, near,
                homeFirst ? otherThing : Optional.empty());
    }

    /** Whether the hit is an entry of a home page, or the same question as one (another page may repeat it). */
    private boolean isHome(Hit hit) {
        return settings.homePages().contains(hit.entry().page()) || hit.alsoIn().stream().anyMatch(e -> settings.homePages().contains(e.page()));
    }

    /** Whether searches fuse lexical and dense evidence now (the encoder has loaded). */
    public boolean isHybrid() {
        return dense != null && dense.encoder().isPresent();
    }

    /**
     * Every candidate of either half with its {@link Features}, for fitting the fusion model; empty when
     * this index has no dense half or its encoder is not there.
     */
    List<DenseSide.Evidence> evidence(String question, Lang lang) {
        Optional<TextEncoder> encoder = dense == null ? Optional.empty() : dense.encoder();
        if (encoder.isEmpty()) {
            return List.of();
        }
        try {
            Lexical found = lexical(question, lang, false);
            Lang denseLang = found.wordsLang().orElse(lang);
            return evidence(found.ranked(), dense.encode(encoder.get(), question, denseLang), question, denseLang);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the vectors for '" + question + "'", e);
        }
    }

    private List<DenseSide.Evidence> evidence(List<ScoredCandidate> lexical, DenseSide.QueryVectors query, String question,
            Lang lang) throws IOException {
        return evidence(lexical, query, question, lang, new HashMap<>());
    }

    /**
     * {@code englishSearches} keeps the lexical search of a Dutch question's English gloss for the second
     * stage of one search: the words stage and the encoder's read the same gloss.
     */
    private List<DenseSide.Evidence> evidence(List<ScoredCandidate> lexical, DenseSide.QueryVectors query, String question,
            Lang lang, Map<String, List<ScoredCandidate>> englishSearches) throws IOException {
        List<ScoredCandidate> english = lang == Lang.EN ? lexical
                : query.english().isBlank() ? List.of() : englishSearches.computeIfAbsent(query.english(), e -> candidates(e, Lang.EN));
        return dense.evidence(lexical, english, query, AnswerKinds.asks(question));
    }

    /** Every candidate with its {@link Features} as the words stage sees them; empty without word vectors for the question. */
    List<DenseSide.Evidence> wordEvidence(String question, Lang lang) {
        if (dense == null) {
            return List.of();
        }
        Lexical found = lexical(question, lang, false);
        Lang denseLang = found.wordsLang().orElse(lang);
        Optional<DenseSide.QueryVectors> read = dense.readByWords(question, denseLang);
        if (read.isEmpty()) {
            return List.of();
        }
        try {
            return evidence(found.ranked(), read.get(), question, denseLang);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the vectors for '" + question + "'", e);
        }
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
        return lexical(question, lang, false).ranked();
    }

    /**
     * The lexical side's candidates of a question, the other thing than the home pages' it is about, if any, and the
     * language whose words its content words are ({@link CandidateScorer#wordsLanguage}), if it has any.
     */
    private record Lexical(List<ScoredCandidate> ranked, Optional<String> otherThing, Optional<Lang> wordsLang) {
        static final Lexical NONE = new Lexical(List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * {@code otherThing}: whether to tell the other thing the question is about; only the search's own question needs it,
     * not the English gloss searched for the words stage, where it was a twentieth of a long Dutch question's search.
     */
    private Lexical lexical(String question, Lang lang, boolean otherThing) {
        if (leaf == null) {
            return Lexical.NONE;
        }
        try {
            List<QueryWord> words = QuestionAnalysis.analyze(question, lang, analysis.query());
            if (words.isEmpty()) {
                return Lexical.NONE;
            }
            TermLookup lookup = new TermLookup(postings);
            if (lang == Lang.NL) {
                SeparableVerbs.join(question, words, analysis.query().get(Lang.NL), lookup);
            }
            WordWeights weights = weigher.weigh(words, lookup);
            TopDocs top = leafSearch.top(query(words, lang, lookup), CANDIDATES);
            List<Candidate> candidates = scorer.score(top.scoreDocs, words, weights, lang, lookup);
            return new Lexical(AnswerKinds.adjust(Confidence.rank(candidates, weigher.concepts(words)), numbersByDoc, question),
                    otherThing ? otherThings.find(question, lang, words, weights.strange(lang)) : Optional.empty(),
                    Optional.of(CandidateScorer.wordsLanguage(words, lang, lookup)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the in-memory index for '" + question + "'", e);
        }
    }

    /** The question's content words with their weights and terms, for tuning. */
    String explainWords(String question, Lang lang) throws IOException {
        List<QueryWord> words = QuestionAnalysis.analyze(question, lang, analysis.query());
        TermLookup lookup = new TermLookup(postings);
        if (lang == Lang.NL) {
            SeparableVerbs.join(question, words, analysis.query().get(Lang.NL), lookup);
        }
        WordWeights weights = weigher.weigh(words, lookup);
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words.size(); w++) {
            out.append(String.format(java.util.Locale.ROOT, "  %.2f%s %s%n", weights.weights()[w], weights.unknown()[w] ? "?" : "", words.get(w)));
        }
        return out.toString();
    }

    /**
     * One clause per content word, a document scoring the sum of the clauses it matches: the best of
     * the word's finds over the fields (question weighs most, the question's language over the other),
     * each field matching any of the word's terms (its stem, synonyms, compound parts, typo
     * corrections), weighted by how they came about.
     */
    private List<Query> query(List<QueryWord> words, Lang lang, TermLookup lookup) throws IOException {
        List<Query> clauses = new ArrayList<>(words.size());
        for (QueryWord word : words) {
            List<Query> perField = new ArrayList<>();
            for (Lang fieldLang : Lang.values()) {
                float langBoost = fieldLang == lang ? 1f : OTHER_LANGUAGE_BOOST;
                for (String field : IndexFields.textFields(fieldLang)) {
                    fieldQuery(word.terms(fieldLang), field, lookup)
                            .ifPresent(q -> perField.add(new BoostQuery(q, langBoost * boost(field))));
                }
            }
            if (!perField.isEmpty()) {
                clauses.add(new DisjunctionMaxQuery(perField, TIE_BREAKER));
            }
        }
        return clauses;
    }

    private static Optional<Query> fieldQuery(Map<String, QueryWord.Source> terms, String field, TermLookup lookup)
            throws IOException {
        SynonymQuery.Builder query = new SynonymQuery.Builder(field);
        boolean any = false;
        for (var term : terms.entrySet()) {
            if (lookup.docFreq(field, term.getKey()) > 0) {
                query.addTerm(new Term(field, term.getKey()), term.getValue().credit);
                any = true;
            }
        }
        return any ? Optional.of(query.build()) : Optional.empty();
    }

    private static float boost(String field) {
        if (field.equals(IndexFields.QUESTION_NL) || field.equals(IndexFields.QUESTION_EN)) {
            return QUESTION_BOOST;
        }
        return field.equals(IndexFields.ANSWER_NL) || field.equals(IndexFields.ANSWER_EN) ? ANSWER_BOOST : CONTEXT_BOOST;
    }

    /** Hits in confidence order, one per distinct question; the other duplicates become "also in". */
    private static List<Hit> collapse(List<ScoredCandidate> ranked, String[] duplicateKeyByDoc, FaqEntry[] shownByDoc) {
        Map<String, List<ScoredCandidate>> byQuestion = new LinkedHashMap<>();
        for (ScoredCandidate candidate : ranked) {
            byQuestion.computeIfAbsent(duplicateKeyByDoc[candidate.candidate().doc()], k -> new ArrayList<>()).add(candidate);
        }
        List<Hit> hits = new ArrayList<>(byQuestion.size());
        for (List<ScoredCandidate> same : byQuestion.values()) {
            // Entries with the same question answer it alike; the first in knowledge-base order stands for
            // them all, so the same question gets the same entry whichever page's wording scored best.
            List<FaqEntry> members = same.stream().sorted(Comparator.comparingInt(c -> c.candidate().doc()))
                    .map(c -> shownByDoc[c.candidate().doc()]).distinct().toList();
            hits.add(new Hit(members.get(0), same.get(0).confidence(), members.subList(1, members.size())));
        }
        return hits;
    }

    private static long sizeInBytes(ByteBuffersDirectory directory) throws IOException {
        long bytes = 0;
        for (String file : directory.listAll()) {
            bytes += directory.fileLength(file);
        }
        return bytes;
    }

    /** Whether each document is an entry of one of the home pages. */
    private static boolean[] homeByDoc(FaqEntry[] entryByDoc, List<String> homePages) {
        boolean[] home = new boolean[entryByDoc.length];
        for (int doc = 0; doc < entryByDoc.length; doc++) {
            home[doc] = entryByDoc[doc] != null && homePages.contains(entryByDoc[doc].page());
        }
        return home;
    }

    private static EntryVectors.Item[] vectorsByDoc(FaqEntry[] entryByDoc, EntryVectors vectors) {
        EntryVectors.Item[] byDoc = new EntryVectors.Item[entryByDoc.length];
        if (vectors != null) {
            for (int doc = 0; doc < entryByDoc.length; doc++) {
                FaqEntry entry = entryByDoc[doc];
                byDoc[doc] = entry == null ? null : vectors.get(entry.id()).orElse(null);
            }
        }
        return byDoc;
    }

    private static FaqEntry[] entryByDoc(DirectoryReader reader, List<FaqEntry> entries) throws IOException {
        FaqEntry[] byDoc = new FaqEntry[reader.maxDoc()];
        if (reader.leaves().isEmpty()) {
            return byDoc;
        }
        NumericDocValues ordinals = reader.leaves().get(0).reader().getNumericDocValues(EntryDocuments.ORDINAL);
        for (int doc = ordinals.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ordinals.nextDoc()) {
            byDoc[doc] = entries.get((int) ordinals.longValue());
        }
        return byDoc;
    }
}
