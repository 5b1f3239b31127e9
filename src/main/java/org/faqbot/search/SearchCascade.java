package org.faqbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faqbot.kb.Lang;

/**
 * The stages of one index's search, cheapest first: the lexical side alone when it is sure, then the words stage
 * (the question read by its word vectors), and the encoder with the fusion of both halves only for the rest. Also the
 * evidence each stage weighs, for fitting the {@link FusionModel}.
 */
final class SearchCascade {

    /**
     * The share of its best candidate's heading a question must cover for the lexical side to be sure of it alone. A
     * question whose every word a longer heading holds may ask for something else than the heading says: "how do I move
     * my customer to the plan" is all in "Move a customer's plan subscriptions to a different partner", which is about
     * changing partner (0.62 of the heading). On our corpus fitting questions the one lexically sure answer that was
     * wrong covered 0.52 of its heading; on the Benefits FAQ's, 5 of the 13 lexically sure (all right) cover less than
     * this, and the fusion answers each of them the same.
     */
    static final double SURE_HEADING_COVERAGE = 0.7;

    /** The lexical side's threshold, for a search without the dense side or before its stages run. */
    private final double lexicalThreshold;
    private final LexicalSide lexical;
    /** The semantic half and the fusion; null for a lexical-only index. */
    private final DenseSide dense;
    private final HitCollapse hits;

    SearchCascade(double lexicalThreshold, LexicalSide lexical, DenseSide dense, HitCollapse hits) {
        this.lexicalThreshold = lexicalThreshold;
        this.lexical = lexical;
        this.dense = dense;
        this.hits = hits;
    }

    /** Whether searches fuse lexical and dense evidence now (the encoder has loaded). */
    boolean isHybrid() {
        return dense != null && dense.encoder().isPresent();
    }

    /** {@link FaqIndex#search(String, Lang)} in this index alone, with the question's encoding shared through {@code encoding}. */
    SearchResult search(String question, Lang lang, QueryEncoding encoding) {
        CheapStages cheap = encoding.stages(this, () -> new CheapStages(lexical.find(question, lang, true)));
        LexicalSide.Found found = cheap.found;
        List<ScoredCandidate> ranked = found.ranked();
        Optional<String> otherThing = found.otherThing();
        Optional<String> noPagesName = found.noPagesName();
        // The cascade: a question the lexical side is sure of costs no encoding (a twentieth of the time);
        // then the words stage, sure of most others in microseconds; the encoder only for the rest.
        if (dense == null || lexicalSure(ranked)) {
            return hits.result(ranked, lexicalThreshold, suggestionFloor(), false, otherThing, noPagesName, Set.of());
        }
        // The words stage before asking for the encoder: a question it is sure of is answered without waiting
        // for a model that is still loading (ask's first answer), with the answer the encoder would not change.
        // A question written in the other language's content words ("wat is de new commerce experience?") is compared by
        // meaning as that language's: its own language's views favour the entries whose text kept those words untranslated.
        Lang denseLang = found.wordsLang().orElse(lang);
        Optional<List<ScoredCandidate>> byWords = byWords(cheap, ranked, question, denseLang);
        FusionModel.WordsStage stage = dense.model().words();
        if (byWords.isPresent() && !byWords.get().isEmpty() && byWords.get().get(0).confidence() >= stage.sure()) {
            return hits.result(byWords.get(), stage.threshold(), suggestionFloor(), false, otherThing, noPagesName, Set.of());
        }
        // A question the cheap stages find nothing near ("which paint goes with a blue sofa?") is about nothing the knowledge
        // base answers: the encoder would only move a chance far below any answer or suggestion (FusionModel.WordsStage).
        boolean allowed = encoding.allowed();
        Optional<TextEncoder> encoder = allowed && !hopeless(byWords.orElse(ranked), stage) ? dense.encoder() : Optional.empty();
        if (encoder.isEmpty()) {
            return byWords.isPresent() ? hits.result(byWords.get(), stage.threshold(), suggestionFloor(), false, otherThing, noPagesName, Set.of())
                    : hits.result(ranked, lexicalThreshold, suggestionFloor(), false, otherThing, noPagesName, Set.of());
        }
        try {
            DenseSide.QueryVectors query = encoding.get(() -> dense.encode(encoder.get(), question, denseLang, cheap.read));
            List<DenseSide.Evidence> evidence = evidence(ranked, query, dense.nearest(query, cheap.nearestOfMapped(query)), question,
                    denseLang, cheap.englishSearches);
            boolean near = dense.model().near(evidence.stream().map(DenseSide.Evidence::features).toList());
            List<ScoredCandidate> fused = dense.fuse(evidence);
            Set<String> lacking = firstLacking(fused, lackingByMeaningToo(found.lackingHome(), evidence));
            encoding.noteLacking(lacking);
            return hits.result(fused, dense.model().threshold(), suggestionFloor(), near, otherThing, noPagesName, lacking);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the vectors for '" + question + "'", e);
        }
    }

    /**
     * The questions of {@code lacking} when the first of {@code fused} is one of them, else none: a home entry that the
     * whole search ranks below another page's is left to the home tier, which knows the home pages' paraphrases (long
     * chatty questions name words of their own that other pages' headings hold, and the home tier answers them right).
     */
    private Set<String> firstLacking(List<ScoredCandidate> fused, Set<Integer> lacking) {
        if (fused.isEmpty() || lacking.isEmpty()) {
            return Set.of();
        }
        Set<String> keys = hits.keys(lacking);
        return keys.contains(hits.key(fused.get(0).candidate().doc())) ? keys : Set.of();
    }

    /**
     * The home documents of {@code lexicallyLacking} ({@link LackingThing}) that the encoder does not find the closest
     * either: a question that paraphrases a home entry with a word of its own that other pages use ("timing", "vs") is
     * still nearest to that entry by meaning, one about another topic ("invoice" beside "download") is not.
     */
    static Set<Integer> lackingByMeaningToo(Set<Integer> lexicallyLacking, List<DenseSide.Evidence> evidence) {
        if (lexicallyLacking.isEmpty()) {
            return Set.of();
        }
        return evidence.stream().filter(e -> lexicallyLacking.contains(e.candidate().doc()) && !Features.closestByMeaning(e.features()))
                .map(e -> e.candidate().doc()).collect(java.util.stream.Collectors.toUnmodifiableSet());
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
        String best = hits.key(lexical.get(0).candidate().doc());
        // Ranked confidences never rise, so the first candidate of another question is the runner-up.
        return lexical.stream().skip(1).filter(c -> !hits.key(c.candidate().doc()).equals(best)).findFirst()
                .map(c -> c.confidence() < lexical.get(0).confidence()).orElse(true);
    }

    /**
     * The floor from which a first hit is worth suggesting: the model's, whichever stage's chances the hits carry (its words
     * stage is fitted on the same questions, and the lexical side is trusted only above the model's threshold).
     */
    private double suggestionFloor() {
        return dense == null ? FusionModel.DEFAULT_SUGGESTION_FLOOR : dense.model().suggestionFloor();
    }

    /**
     * Whether the cheap stages' ranking (the words stage's, or the lexical side's when no word vectors read the question)
     * has no candidate, or none with more than a hopeless chance; never for a model without a words stage.
     */
    private static boolean hopeless(List<ScoredCandidate> cheap, FusionModel.WordsStage stage) {
        return stage != null && stage.hopeless(cheap.isEmpty() ? 0 : cheap.get(0).confidence());
    }

    /**
     * The candidates ranked by the words stage; empty when there is none or no word vectors read the question. Run once
     * per question and index: a search resumed after {@link FaqIndex#searchCheaply} takes them from {@code cheap}.
     */
    private Optional<List<ScoredCandidate>> byWords(CheapStages cheap, List<ScoredCandidate> lexical, String question, Lang lang) {
        if (cheap.byWords != null) {
            return cheap.byWords;
        }
        cheap.read = dense.readByWords(question, lang);
        cheap.byWords = Optional.empty();
        if (cheap.read.isPresent()) {
            try {
                cheap.readNearest = dense.nearest(cheap.read.get(), null);
                cheap.byWords = Optional.of(dense.fuseWords(evidence(lexical, cheap.read.get(), cheap.readNearest, question, lang,
                        cheap.englishSearches)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot search the vectors for '" + question + "'", e);
            }
        }
        return cheap.byWords;
    }

    /**
     * What the cheap stages found for one question in this index, kept by its {@link QueryEncoding}: the search that goes on
     * to the encoder, or a search resumed after {@link FaqIndex#searchCheaply}, reads them rather than running them again
     * (the lexical side, the words stage, the search of a Dutch question's English gloss).
     */
    static final class CheapStages {

        private final LexicalSide.Found found;
        /** The lexical search of a Dutch question's English gloss, which the words stage and the encoder's read alike. */
        private final Map<String, List<ScoredCandidate>> englishSearches = new HashMap<>();
        /** The words stage's reading of the question; null until the words stage ran. */
        private Optional<DenseSide.QueryVectors> read;
        /** The words stage's ranking; null until it ran. */
        private Optional<List<ScoredCandidate>> byWords;
        /** The entries nearest to {@link #read}. */
        private List<Integer> readNearest;

        CheapStages(LexicalSide.Found found) {
            this.found = found;
        }

        /**
         * The entries nearest to the question's word-vector view ({@link DenseSide.QueryVectors#mapped}) when it is the words
         * stage's own reading, which the words stage has looked up already; else null.
         */
        List<Integer> nearestOfMapped(DenseSide.QueryVectors query) {
            return read != null && read.isPresent() && query.mapped() != null && query.mapped() == read.get().own() ? readNearest : null;
        }
    }

    /** See {@link FaqIndex#evidence}. */
    List<DenseSide.Evidence> evidence(String question, Lang lang) {
        Optional<TextEncoder> encoder = dense == null ? Optional.empty() : dense.encoder();
        if (encoder.isEmpty()) {
            return List.of();
        }
        try {
            LexicalSide.Found found = lexical.find(question, lang, false);
            Lang denseLang = found.wordsLang().orElse(lang);
            DenseSide.QueryVectors query = dense.encode(encoder.get(), question, denseLang, Optional.empty());
            return evidence(found.ranked(), query, dense.nearest(query, null), question, denseLang, new HashMap<>());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the vectors for '" + question + "'", e);
        }
    }

    /** See {@link FaqIndex#wordEvidence}. */
    List<DenseSide.Evidence> wordEvidence(String question, Lang lang) {
        if (dense == null) {
            return List.of();
        }
        LexicalSide.Found found = lexical.find(question, lang, false);
        Lang denseLang = found.wordsLang().orElse(lang);
        Optional<DenseSide.QueryVectors> read = dense.readByWords(question, denseLang);
        if (read.isEmpty()) {
            return List.of();
        }
        try {
            return evidence(found.ranked(), read.get(), dense.nearest(read.get(), null), question, denseLang, new HashMap<>());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the vectors for '" + question + "'", e);
        }
    }

    /**
     * {@code englishSearches} keeps the lexical search of a Dutch question's English gloss for the second
     * stage of one search: the words stage and the encoder's read the same gloss.
     */
    private List<DenseSide.Evidence> evidence(List<ScoredCandidate> ranked, DenseSide.QueryVectors query, List<Integer> nearest,
            String question, Lang lang, Map<String, List<ScoredCandidate>> englishSearches) throws IOException {
        List<ScoredCandidate> english = lang == Lang.EN ? ranked
                : query.english().isBlank() ? List.of()
                        : englishSearches.computeIfAbsent(query.english(), e -> lexical.find(e, Lang.EN, false).ranked());
        return dense.evidence(ranked, english, query, nearest, AnswerKinds.asks(question), Features.length(question));
    }
}
