package org.faqbot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;

/**
 * Fits the {@link FusionModel} on questions whose answer is known: every candidate of every question
 * (lexical and nearest entries alike) is an example, right when it is the expected entry (or the same
 * question on another page), and out-of-domain questions make every candidate wrong. Then it picks the
 * thresholds from the scored questions ({@link FitThresholds}), and reports the figures.
 */
public final class FusionFit {

    /**
     * A question to fit on; {@code expect} is empty for a question the knowledge base does not answer. A {@code topic}
     * message names a topic the knowledge base covers without asking anything of it ("a question about licences"): no
     * example for the weights or the threshold, it sets the suggestion floor ({@link FitThresholds#suggestionFloor}).
     */
    public record Case(String question, Lang lang, Optional<String> expect, boolean topic) {

        public Case(String question, Lang lang, Optional<String> expect) {
            this(question, lang, expect, false);
        }

        /** A message that names a topic the knowledge base covers and must get suggestions. */
        public static Case topic(String message, Lang lang) {
            return new Case(message, lang, Optional.empty(), true);
        }
    }

    /** The fitted model and a report of what it does on the cases. */
    public record Result(FusionModel model, String report) {
    }

    /** The L2 penalty: a few hundred questions, seven weights; keeps them finite and steady. */
    static final double L2 = 1.0;

    private FusionFit() {
    }

    public static Result fit(KnowledgeBase kb, SearchSettings settings, TextEncoder encoder, QueryGloss gloss, List<Case> cases,
            String fittedOn) {
        return fit(kb, settings, encoder, gloss, WordVectors::standard, cases, fittedOn, java.util.Set.of());
    }

    /**
     * As {@link #fit(KnowledgeBase, SearchSettings, TextEncoder, QueryGloss, List, String)}, with the
     * features {@code leftOut} held at 0 while fitting, so that their weights are 0: the model does without them.
     *
     * @throws IllegalArgumentException when a name of {@code leftOut} is not a feature
     */
    public static Result fit(KnowledgeBase kb, SearchSettings settings, TextEncoder encoder, QueryGloss gloss, List<Case> cases,
            String fittedOn, java.util.Set<String> leftOut) {
        return fit(kb, settings, encoder, gloss, WordVectors::standard, cases, fittedOn, leftOut);
    }

    /** As {@link #fit(KnowledgeBase, SearchSettings, TextEncoder, QueryGloss, List, String, java.util.Set)}, with these word vectors. */
    static Result fit(KnowledgeBase kb, SearchSettings settings, TextEncoder encoder, QueryGloss gloss,
            java.util.function.Function<Lang, WordVectors> wordVectors, List<Case> cases, String fittedOn,
            java.util.Set<String> leftOut) {
        boolean[] held = held(leftOut);
        List<FitQuestion> questions = new ArrayList<>();
        List<FitQuestion> byWords = new ArrayList<>();
        List<FitQuestion> topics = new ArrayList<>();
        List<FitQuestion> topicsByWords = new ArrayList<>();
        collect(kb, settings, encoder, gloss, wordVectors, cases, held, questions, byWords, topics, topicsByWords);
        List<LogisticFit.Example> examples = examples(questions);
        double[] weights = LogisticFit.fit(examples, L2);
        FusionModel unthresholded = new FusionModel(Features.NAMES, weights, 0.5, 2, encoder.model(), fittedOn, kb.size());
        questions.forEach(q -> q.score(unthresholded::probability));
        topics.forEach(q -> q.score(unthresholded::probability));
        double[] wordWeights = LogisticFit.fit(examples(byWords), L2);
        byWords.forEach(q -> q.score(x -> FusionModel.probability(wordWeights, x)));
        topicsByWords.forEach(q -> q.score(x -> FusionModel.probability(wordWeights, x)));
        double threshold = FitThresholds.threshold(questions);
        double wordsThreshold = FitThresholds.threshold(byWords);
        double suggestionFloor = FitThresholds.suggestionFloor(topics);
        Double nearFrom = FitThresholds.nearFrom(questions, suggestionFloor);
        Double nearByWordsFrom = FitThresholds.nearByWordsFrom(questions, suggestionFloor);
        FusionModel.WordsStage words = new FusionModel.WordsStage(wordWeights, wordsThreshold,
                FitThresholds.wordsSure(byWords, questions, wordsThreshold, threshold),
                FitThresholds.wordsHopeless(byWords, questions, topicsByWords, suggestionFloor, nearFrom, nearByWordsFrom));
        FusionModel model = new FusionModel(Features.NAMES, weights, threshold, FitThresholds.lexicalOnly(questions), encoder.model(),
                fittedOn, kb.size(), words, nearFrom, nearByWordsFrom, suggestionFloor);
        return new Result(model, FusionFitReport.of(model, questions, byWords, topics, topicsByWords, examples.size()));
    }

    /**
     * The words stage's floor ({@link FitThresholds#wordsHopeless}) that {@code model}'s own weights give on {@code cases},
     * without refitting: for a model whose weights are kept (a refit moves every weight and threshold) and that was fitted
     * before the floor existed. Features the model weighs 0 are held at 0, as its fit held them.
     */
    public static Double wordsHopeless(KnowledgeBase kb, SearchSettings settings, TextEncoder encoder, QueryGloss gloss,
            List<Case> cases, FusionModel model) {
        boolean[] held = new boolean[Features.NAMES.size()];
        List<FitQuestion> questions = new ArrayList<>();
        List<FitQuestion> byWords = new ArrayList<>();
        List<FitQuestion> topicsByWords = new ArrayList<>();
        collect(kb, settings, encoder, gloss, WordVectors::standard, cases, held, questions, byWords, new ArrayList<>(), topicsByWords);
        questions.forEach(q -> q.score(model::probability));
        byWords.forEach(q -> q.score(model.words()::probability));
        topicsByWords.forEach(q -> q.score(model.words()::probability));
        return FitThresholds.wordsHopeless(byWords, questions, topicsByWords, model.suggestionFloor(), model.nearFrom(),
                model.nearByWordsFrom());
    }

    /**
     * Each case's candidates with their features, by the full fusion and by the words stage, into the two lists; a topic
     * message's, by the full fusion into {@code topics} and by the words stage into {@code topicsByWords}.
     */
    private static void collect(KnowledgeBase kb, SearchSettings settings, TextEncoder encoder, QueryGloss gloss,
            java.util.function.Function<Lang, WordVectors> wordVectors, List<Case> cases, boolean[] held,
            List<FitQuestion> questions, List<FitQuestion> byWords, List<FitQuestion> topics, List<FitQuestion> topicsByWords) {
        double[] none = new double[Features.NAMES.size()];
        FusionModel provisional = new FusionModel(Features.NAMES, none, 0.5, 2, encoder.model(), "", kb.size(),
                new FusionModel.WordsStage(none, 0.5, 2));
        FaqIndex index = FaqIndex.hybrid(kb, settings, new FaqIndex.Dense(() -> Optional.of(encoder), gloss, wordVectors, provisional));
        for (Case c : cases) {
            if (c.topic()) {
                topics.add(question(c, without(index.evidence(c.question(), c.lang()), held), kb, 0, false));
                topicsByWords.add(question(c, without(index.wordEvidence(c.question(), c.lang()), held), kb, 0, false));
                continue;
            }
            double lexicalTop = index.lexicalTop(c.question(), c.lang());
            boolean lexicalRight = lexicalRight(index, c, kb);
            questions.add(question(c, without(index.evidence(c.question(), c.lang()), held), kb, lexicalTop, lexicalRight));
            byWords.add(question(c, without(index.wordEvidence(c.question(), c.lang()), held), kb, lexicalTop, lexicalRight));
        }
    }

    /**
     * Which features are held at 0.
     *
     * @throws IllegalArgumentException naming the features when a name of {@code leftOut} is none of them
     */
    public static boolean[] held(java.util.Set<String> leftOut) {
        boolean[] held = new boolean[Features.NAMES.size()];
        for (String name : leftOut) {
            int index = Features.NAMES.indexOf(name);
            if (index <= 0) {
                throw new IllegalArgumentException("cannot leave out '" + name + "': the features are " + Features.NAMES.subList(1, Features.NAMES.size()));
            }
            held[index] = true;
        }
        return held;
    }

    /** The evidence with the held features at 0 (a copy; the search's own features are never changed). */
    static List<DenseSide.Evidence> without(List<DenseSide.Evidence> evidence, boolean[] held) {
        List<DenseSide.Evidence> out = new ArrayList<>(evidence.size());
        for (DenseSide.Evidence e : evidence) {
            double[] x = e.features().clone();
            for (int i = 0; i < x.length; i++) {
                if (held[i]) {
                    x[i] = 0;
                }
            }
            out.add(new DenseSide.Evidence(e.candidate(), x));
        }
        return out;
    }

    private static FitQuestion question(Case c, List<DenseSide.Evidence> evidence, KnowledgeBase kb, double lexicalTop,
            boolean lexicalRight) {
        boolean[] right = new boolean[evidence.size()];
        for (int i = 0; i < evidence.size(); i++) {
            right[i] = c.expect().isPresent() && answers(evidence.get(i), c.expect().get(), kb);
        }
        return new FitQuestion(c, evidence, right, lexicalTop, lexicalRight);
    }

    /** Every candidate of every question, right when it answers the question. */
    private static List<LogisticFit.Example> examples(List<FitQuestion> questions) {
        List<LogisticFit.Example> examples = new ArrayList<>();
        for (FitQuestion q : questions) {
            for (int i = 0; i < q.evidence().size(); i++) {
                examples.add(new LogisticFit.Example(q.evidence().get(i).features(), q.right(i)));
            }
        }
        return examples;
    }

    /**
     * Near-domain questions the knowledge base does not answer: the Q&amp;A questions of other pages of
     * the corpus, in both languages, every k-th in id order so that the choice is the same each run.
     * Questions repeated on the knowledge base's own pages are left out.
     */
    public static List<Case> otherPagesQuestions(KnowledgeBase corpus, KnowledgeBase kb, int perLanguage) {
        java.util.Set<String> pages = new java.util.HashSet<>();
        java.util.Set<String> known = new java.util.HashSet<>();
        kb.entries().forEach(e -> {
            pages.add(e.page());
            known.add(DuplicateKey.of(e));
        });
        List<org.faqbot.kb.FaqEntry> others = corpus.entries().stream()
                .filter(e -> e.kind() == org.faqbot.kb.EntryKind.QA && !pages.contains(e.page()) && !known.contains(DuplicateKey.of(e)))
                .sorted(Comparator.comparing(org.faqbot.kb.FaqEntry::id))
                .toList();
        List<Case> cases = new ArrayList<>();
        int step = Math.max(1, others.size() / Math.max(1, perLanguage));
        for (int i = 0; i < others.size() && cases.size() < 2 * perLanguage; i += step) {
            org.faqbot.kb.FaqEntry entry = others.get(i);
            cases.add(new Case(entry.question().get(Lang.EN), Lang.EN, Optional.empty()));
            cases.add(new Case(entry.question().get(Lang.NL), Lang.NL, Optional.empty()));
        }
        return cases;
    }

    private static boolean answers(DenseSide.Evidence evidence, String expected, KnowledgeBase kb) {
        if (evidence.candidate().entry().id().equals(expected)) {
            return true;
        }
        return kb.find(expected).map(e -> DuplicateKey.of(e).equals(DuplicateKey.of(evidence.candidate().entry()))).orElse(false);
    }

    private static boolean lexicalRight(FaqIndex index, Case c, KnowledgeBase kb) {
        if (c.expect().isEmpty()) {
            return false;
        }
        List<ScoredCandidate> lexical = index.candidates(c.question(), c.lang());
        return !lexical.isEmpty() && answers(new DenseSide.Evidence(lexical.get(0).candidate(), new double[0]), c.expect().get(), kb);
    }
}
