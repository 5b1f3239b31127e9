package org.faqbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;
import org.faqbot.kb.QuantizedVector;

/**
 * The semantic half of the search and the fusion of both halves. A question is encoded (a Dutch one
 * also as its English {@link QueryGloss gloss}, since the model is English-trained); the entries nearest
 * to it come from Lucene's HNSW graphs over the entries' vector fields, in the same index as the text
 * fields; then every candidate of either half gets its {@link Features} and the {@link FusionModel}'s
 * probability of answering, and that probability orders them.
 */
final class DenseSide {

    /**
     * Runs the second encode of a Dutch question beside the first: one thread per further core (at
     * least one), daemon threads so that they never hold up the JVM's exit.
     */
    private static final ExecutorService SECOND_ENCODES = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), runnable -> {
                Thread thread = new Thread(runnable, "faqbot-encode");
                thread.setDaemon(true);
                return thread;
            });

    /** Entries taken from each vector field's nearest neighbours. */
    static final int NEIGHBOURS = 8;

    private final float[][][] vectorsByDoc;
    /** Each document's English answer chunks; empty when it has none. */
    private final QuantizedVector[][] chunksByDoc;
    private final FaqEntry[] entryByDoc;
    private final boolean[][] numbersByDoc;
    /** Whether each document is an entry of one of the {@link SearchSettings#homePages() home pages}. */
    private final boolean[] homeByDoc;
    private final IndexSearcher searcher;
    private final Supplier<Optional<TextEncoder>> encoder;
    private final QueryGloss gloss;
    private final Function<Lang, WordVectors> wordVectors;
    private final FusionModel model;
    private final int dimensions;

    DenseSide(EntryVectors.Item[] itemsByDoc, FaqEntry[] entryByDoc, boolean[][] numbersByDoc, boolean[] homeByDoc, LeafReader leaf,
            Supplier<Optional<TextEncoder>> encoder, QueryGloss gloss, Function<Lang, WordVectors> wordVectors, FusionModel model) {
        this.vectorsByDoc = new float[itemsByDoc.length][][];
        this.chunksByDoc = new QuantizedVector[itemsByDoc.length][];
        for (int doc = 0; doc < itemsByDoc.length; doc++) {
            vectorsByDoc[doc] = itemsByDoc[doc] == null ? null : itemsByDoc[doc].vectors();
            chunksByDoc[doc] = itemsByDoc[doc] == null ? new QuantizedVector[0] : itemsByDoc[doc].chunks();
        }
        this.entryByDoc = entryByDoc;
        this.numbersByDoc = numbersByDoc;
        this.homeByDoc = homeByDoc;
        this.searcher = new IndexSearcher(leaf);
        this.encoder = encoder;
        this.gloss = gloss;
        this.wordVectors = wordVectors;
        this.model = model;
        this.dimensions = dimensions(vectorsByDoc);
    }

    static String field(int vectorField) {
        return "vec_" + EntryVectors.FIELDS.get(vectorField);
    }

    /** The vector fields of an entry's document; dot product, since every vector has unit length. */
    static List<KnnFloatVectorField> fields(EntryVectors.Item item) {
        List<KnnFloatVectorField> fields = new ArrayList<>();
        for (int f = 0; f < item.vectors().length; f++) {
            fields.add(new KnnFloatVectorField(field(f), item.vectors()[f], VectorSimilarityFunction.DOT_PRODUCT));
        }
        return fields;
    }

    FusionModel model() {
        return model;
    }

    /** The encoder when it is there and is the model the entries' vectors and the fusion are of: models never mix. */
    Optional<TextEncoder> encoder() {
        return encoder.get().filter(e -> e.model().equals(model.model()));
    }

    /**
     * The question's vectors: as written, and for Dutch also its English gloss (none when it has none) and
     * its {@link WordVectors} reading (none when no word is known, or the vectors are of another model).
     */
    QueryVectors encode(TextEncoder encoder, String question, Lang lang) {
        if (lang == Lang.EN) {
            return new QueryVectors(encoder.query(question), null, null, true, question);
        }
        String english = gloss.english(question);
        String sentence = gloss.sentence(question);
        // A Dutch question costs two encodes; the gloss's runs on another core meanwhile (ONNX Runtime
        // sessions take concurrent runs), so the reply waits for one encode, not two.
        CompletableFuture<float[]> glossed = english.isBlank() ? null : CompletableFuture.supplyAsync(() -> encoder.query(sentence), SECOND_ENCODES);
        float[] own = encoder.query(question);
        return new QueryVectors(own, glossed == null ? null : join(glossed), wordsReading(question, Lang.NL), false, english);
    }

    /**
     * The question read by its {@link WordVectors} alone, in the English texts' space: the cascade's cheap
     * stage. Empty when there is no words stage, no vectors of the language or of this model, or no known word.
     */
    Optional<QueryVectors> readByWords(String question, Lang lang) {
        float[] vector = model.words() == null ? null : wordsReading(question, lang);
        return vector == null ? Optional.empty()
                : Optional.of(new QueryVectors(vector, null, null, true, lang == Lang.EN ? question : gloss.english(question)));
    }

    /**
     * {@code question} read by {@code lang}'s word vectors in the entries' space; null when there are none,
     * they are of another model than the entries' vectors, or no word of the question is known.
     */
    private float[] wordsReading(String question, Lang lang) {
        WordVectors words = wordVectors.apply(lang);
        return words == null || !words.model().equals(model.model()) || words.dimensions() != dimensions ? null : words.query(question);
    }

    /** The length of the entries' vectors (-1 when none has any). */
    private static int dimensions(float[][][] vectorsByDoc) {
        for (float[][] vectors : vectorsByDoc) {
            if (vectors != null) {
                return vectors[0].length;
            }
        }
        return -1;
    }

    private static float[] join(CompletableFuture<float[]> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * How close an entry's meaning is to the question: the best of the entry's question and
     * question-with-answer. An English question is compared with the English texts. A Dutch one is
     * compared as written with the Dutch texts and as its gloss with the English texts, and the two are
     * averaged: either view alone is noisy for an English-trained model (with E5 and the topic-word gloss,
     * on the fitting questions the right entry came first for 0.70-0.78 of the Dutch questions by the Dutch
     * text, 0.83-0.85 by the gloss, 0.85-0.86 by their mean). The Dutch word vectors' reading, compared
     * with the English texts, is a third view in the mean: with it 0.861 / 0.900 (dev / own fitting
     * questions) against 0.861 / 0.867 without. With bge and the fluent gloss the mean of the three ranks
     * first for 140 of the 197 Dutch fitting questions, the gloss alone for 144, the Dutch text alone for 98;
     * the Dutch text stays in the mean because without it the refitted models answered Dutch questions that
     * are off the FAQ (README, "Tried", fifth session).
     */
    double cosine(int doc, QueryVectors query) {
        float[][] vectors = vectorsByDoc[doc];
        if (vectors == null) {
            return 0;
        }
        if (query.isEnglish()) {
            return Math.max(dot(query.own(), vectors[0]), dot(query.own(), vectors[1]));
        }
        double sum = Math.max(dot(query.own(), vectors[2]), dot(query.own(), vectors[3]));
        int views = 1;
        for (float[] english : new float[][] {query.gloss(), query.mapped()}) {
            if (english != null) {
                sum += Math.max(dot(english, vectors[0]), dot(english, vectors[1]));
                views++;
            }
        }
        return sum / views;
    }

    /**
     * How close the question is to the entry's closest answer chunk: an English question's own vector, a
     * Dutch one's English views (gloss and word vectors, averaged), as the chunks are English only.
     * {@code otherwise} (the entry's {@link #cosine}) when the entry has no chunks or a Dutch question no
     * English view.
     */
    double chunkCosine(int doc, QueryVectors query, double otherwise) {
        QuantizedVector[] chunks = chunksByDoc[doc];
        if (chunks.length == 0) {
            return otherwise;
        }
        float[][] views = query.englishViews();
        double sum = 0;
        int counted = 0;
        for (float[] view : views) {
            if (view != null) {
                double best = -1;
                for (QuantizedVector chunk : chunks) {
                    best = Math.max(best, chunk.dot(view));
                }
                sum += best;
                counted++;
            }
        }
        return counted == 0 ? otherwise : sum / counted;
    }

    /**
     * Up to this many entries the nearest are found by comparing the question with every entry: exact, and
     * on the Benefits FAQ cheaper than setting up Lucene's HNSW queries (a few hundred thousand
     * multiply-adds at most, against a query object, its rewrite and a graph walk per field).
     */
    static final int EXHAUSTIVE_UP_TO = 256;

    /** The documents nearest to the question in the vector fields it is compared with. */
    List<Integer> neighbours(QueryVectors query) throws IOException {
        if (entryByDoc.length <= EXHAUSTIVE_UP_TO) {
            return nearestByComparingAll(query);
        }
        if (entryByDoc.length <= NEIGHBOURS) {
            List<Integer> all = new ArrayList<>();
            for (int doc = 0; doc < entryByDoc.length; doc++) {
                if (vectorsByDoc[doc] != null) {
                    all.add(doc);
                }
            }
            return all;
        }
        List<Integer> docs = new ArrayList<>();
        if (query.isEnglish()) {
            knn(query.own(), 0, docs);
            knn(query.own(), 1, docs);
        } else {
            knn(query.own(), 2, docs);
            knn(query.own(), 3, docs);
            for (float[] english : new float[][] {query.gloss(), query.mapped()}) {
                if (english != null) {
                    knn(english, 0, docs);
                    knn(english, 1, docs);
                }
            }
        }
        return docs;
    }

    /** The {@link #NEIGHBOURS} documents of highest {@link #cosine}, computed for every document. */
    private List<Integer> nearestByComparingAll(QueryVectors query) {
        List<Integer> docs = new ArrayList<>();
        double[] cosines = new double[vectorsByDoc.length];
        for (int doc = 0; doc < vectorsByDoc.length; doc++) {
            if (vectorsByDoc[doc] != null) {
                docs.add(doc);
                cosines[doc] = cosine(doc, query);
            }
        }
        docs.sort(Comparator.comparingDouble((Integer doc) -> cosines[doc]).reversed());
        return docs.subList(0, Math.min(NEIGHBOURS, docs.size()));
    }

    private void knn(float[] vector, int field, List<Integer> into) throws IOException {
        for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(field(field), vector, NEIGHBOURS), NEIGHBOURS).scoreDocs) {
            if (!into.contains(hit.doc)) {
                into.add(hit.doc);
            }
        }
    }

    /** The lexical candidates and the nearest entries, each with its features, in one list. */
    List<Evidence> evidence(List<ScoredCandidate> lexical, List<ScoredCandidate> englishLexical, QueryVectors query,
            AnswerKinds.Amount amount) throws IOException {
        Map<Integer, ScoredCandidate> byDoc = new LinkedHashMap<>();
        for (ScoredCandidate candidate : lexical) {
            byDoc.put(candidate.candidate().doc(), candidate);
        }
        Map<Integer, Double> english = new LinkedHashMap<>();
        for (ScoredCandidate candidate : englishLexical) {
            english.put(candidate.candidate().doc(), candidate.confidence());
        }
        List<Integer> docs = new ArrayList<>(byDoc.keySet());
        for (int doc : english.keySet()) {
            if (!byDoc.containsKey(doc)) {
                docs.add(doc);
            }
        }
        for (int doc : neighbours(query)) {
            if (!docs.contains(doc)) {
                docs.add(doc);
            }
        }
        int n = docs.size();
        double[] lex = new double[n];
        double[] cos = new double[n];
        double[] chunk = new double[n];
        boolean[] passage = new boolean[n];
        boolean[] home = new boolean[n];
        boolean[] lacksAmount = new boolean[n];
        double[] matched = new double[n];
        double[] heading = new double[n];
        double[] lexEnglish = new double[n];
        for (int i = 0; i < n; i++) {
            int doc = docs.get(i);
            ScoredCandidate found = byDoc.get(doc);
            lex[i] = found == null ? 0 : found.confidence();
            cos[i] = cosine(doc, query);
            chunk[i] = chunkCosine(doc, query, cos[i]);
            passage[i] = entryByDoc[doc].kind() != EntryKind.QA;
            home[i] = homeByDoc[doc];
            lacksAmount[i] = AnswerKinds.lacks(amount, numbersByDoc, doc);
            lexEnglish[i] = english.getOrDefault(doc, 0.0);
            if (found != null) {
                matched[i] = 1 - Math.exp(-found.candidate().matchedWeight() / Confidence.EVIDENCE_SCALE);
                heading[i] = found.candidate().questionCoverage();
            }
        }
        double[][] features = Features.of(lex, cos, chunk, passage, home, lacksAmount, matched, heading, lexEnglish);
        List<Evidence> evidence = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int doc = docs.get(i);
            ScoredCandidate found = byDoc.get(doc);
            Candidate candidate = found != null ? found.candidate()
                    : new Candidate(doc, entryByDoc[doc], 0, 0, 0, new double[0], 0, 0, 0);
            evidence.add(new Evidence(candidate, features[i]));
        }
        return evidence;
    }

    /** The candidates ranked by the fusion model's probability, best first. */
    List<ScoredCandidate> fuse(List<Evidence> evidence) {
        return fuse(evidence, model::probability);
    }

    /** The candidates of a {@link #readByWords} reading ranked by the words stage's probability, best first. */
    List<ScoredCandidate> fuseWords(List<Evidence> evidence) {
        return fuse(evidence, model.words()::probability);
    }

    private static List<ScoredCandidate> fuse(List<Evidence> evidence, java.util.function.ToDoubleFunction<double[]> probability) {
        List<ScoredCandidate> fused = new ArrayList<>(evidence.size());
        for (Evidence e : evidence) {
            fused.add(new ScoredCandidate(e.candidate(), probability.applyAsDouble(e.features())));
        }
        fused.sort(Comparator.comparingDouble(ScoredCandidate::confidence).reversed());
        return fused;
    }

    private static double dot(float[] a, float[] b) {
        // Four sums side by side: one sum waits for each addition before the next, four keep the core busy
        // (the words stage compares every entry's vectors, 6% of a reply with one sum).
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * A question's vectors; {@code gloss} is null for English questions and Dutch ones without a gloss,
     * {@code mapped} (the {@link WordVectors} reading) for English questions and Dutch ones without it.
     * {@code english} is the question in English words: itself, or the gloss of a Dutch one ("" if none).
     * {@code englishViews} are the vectors compared with English-only texts (the answer chunks): the question's
     * own for an English one, the gloss and the word vectors' reading (either may be null) for a Dutch one.
     */
    record QueryVectors(float[] own, float[] gloss, float[] mapped, boolean isEnglish, String english, float[][] englishViews) {

        QueryVectors(float[] own, float[] gloss, float[] mapped, boolean isEnglish, String english) {
            this(own, gloss, mapped, isEnglish, english, isEnglish ? new float[][] {own} : new float[][] {gloss, mapped});
        }
    }

    /** A candidate of the fused search and its features. */
    record Evidence(Candidate candidate, double[] features) {
    }
}
