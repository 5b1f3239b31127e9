package org.faqbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReader;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;

/**
 * The semantic half of the search and the fusion of both halves. A question is read into vectors
 * ({@link QueryReader}); the entries nearest to it come from its {@link NearestEntries}, over the entries' vector
 * fields in the same index as the text fields; then every candidate of either half gets its {@link Features} (the
 * closeness by meaning from {@link DocVectors}) and the {@link FusionModel}'s probability of answering, and that
 * probability orders them.
 */
final class DenseSide {

    private final DocVectors vectors;
    private final NearestEntries nearest;
    private final QueryReader reader;
    private final FaqEntry[] entryByDoc;
    private final boolean[][] numbersByDoc;
    /** Whether each document is an entry of one of the {@link SearchSettings#homePages() home pages}. */
    private final boolean[] homeByDoc;
    /** Whether each document is a page's closing "Next steps" that only points to other pages ({@link NextSteps}). */
    private final boolean[] pointers;
    private final Supplier<Optional<TextEncoder>> encoder;
    private final FusionModel model;

    DenseSide(EntryVectors.Item[] itemsByDoc, FaqEntry[] entryByDoc, boolean[][] numbersByDoc, boolean[] homeByDoc, LeafReader leaf,
            Supplier<Optional<TextEncoder>> encoder, QueryGloss gloss, Function<Lang, WordVectors> wordVectors, FusionModel model) {
        this.vectors = new DocVectors(itemsByDoc, TitleSections.byDoc(entryByDoc));
        this.nearest = new NearestEntries(vectors, leaf);
        this.reader = new QueryReader(gloss, wordVectors, model, vectors.dimensions());
        this.entryByDoc = entryByDoc;
        this.numbersByDoc = numbersByDoc;
        this.homeByDoc = homeByDoc;
        this.pointers = NextSteps.byDoc(entryByDoc);
        this.encoder = encoder;
        this.model = model;
    }

    FusionModel model() {
        return model;
    }

    /** The encoder when it is there and is the model the entries' vectors and the fusion are of: models never mix. */
    Optional<TextEncoder> encoder() {
        return encoder.get().filter(e -> e.model().equals(model.model()));
    }

    /** See {@link QueryReader#encode}. */
    QueryVectors encode(TextEncoder encoder, String question, Lang lang, Optional<QueryVectors> byWords) {
        return reader.encode(encoder, question, lang, byWords);
    }

    /** See {@link NearestEntries#of}. */
    List<Integer> nearest(QueryVectors query, List<Integer> nearestOfMapped) throws IOException {
        return nearest.of(query, nearestOfMapped);
    }

    /** See {@link QueryReader#readByWords}. */
    Optional<QueryVectors> readByWords(String question, Lang lang) {
        return reader.readByWords(question, lang);
    }

    /** The lexical candidates and the {@code nearest} entries ({@link #nearest}), each with its features, in one list. */
    List<Evidence> evidence(List<ScoredCandidate> lexical, List<ScoredCandidate> englishLexical, QueryVectors query, List<Integer> nearest,
            AnswerKinds.Amount amount, double length) {
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
        for (int doc : nearest) {
            if (!docs.contains(doc) && !pointers[doc]) {
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
            cos[i] = vectors.cosine(doc, query);
            chunk[i] = vectors.chunkCosine(doc, query, cos[i]);
            passage[i] = entryByDoc[doc].kind() != EntryKind.QA;
            home[i] = homeByDoc[doc];
            lacksAmount[i] = AnswerKinds.lacks(amount, numbersByDoc, doc);
            lexEnglish[i] = english.getOrDefault(doc, 0.0);
            if (found != null) {
                matched[i] = 1 - Math.exp(-found.candidate().matchedWeight() / Confidence.EVIDENCE_SCALE);
                heading[i] = found.candidate().questionCoverage();
            }
        }
        double[][] features = Features.of(lex, cos, chunk, passage, home, lacksAmount, matched, heading, lexEnglish, length);
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

    /**
     * A question's vectors; {@code gloss} is null for English questions and Dutch ones without a gloss,
     * {@code mapped} (the {@link WordVectors} reading) for English questions and Dutch ones without it.
     * {@code english} is the question in English words: itself, or the gloss of a Dutch one ("" if none).
     * {@code englishViews} are the vectors compared with English-only texts (the answer chunks): the question's
     * own for an English one, the gloss and the word vectors' reading (either may be null) for a Dutch one.
     */
    record QueryVectors(float[] own, float[] gloss, float[] mapped, boolean isEnglish, String english, float[][] englishViews,
            boolean namesATopic) {

        /** {@code namesATopic} is worked out once here: {@link DocVectors#cosine} asks it for each title section compared. */
        QueryVectors(float[] own, float[] gloss, float[] mapped, boolean isEnglish, String english) {
            this(own, gloss, mapped, isEnglish, english, isEnglish ? new float[][] {own} : new float[][] {gloss, mapped},
                    DocVectors.namesATopic(english));
        }
    }

    /** A candidate of the fused search and its features. */
    record Evidence(Candidate candidate, double[] features) {
    }
}
