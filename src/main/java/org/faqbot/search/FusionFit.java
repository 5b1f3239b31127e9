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
 * threshold that best separates answering right from answering what it should not, and the lexical
 * confidence above which the lexical side was right every time (the cascade), and reports the figures.
 */
public final class FusionFit {

    /** A question to fit on; {@code expect} is empty for a question the knowledge base does not answer. */
    public record Case(String question, Lang lang, Optional<String> expect) {
    }

    /** The fitted model and a report of what it does on the cases. */
    public record Result(FusionModel model, String report) {
    }

    /** The L2 penalty: a few hundred questions, seven weights; keeps them finite and steady. */
    static final double L2 = 1.0;
    /** What a confident wrong answer costs in the threshold's objective, against 1 for a right one. */
    static final double WRONG_ANSWER_COST = 0.5;
    /** The cascade's lexical confidence is never set below this, whatever the cases show. */
    static final double MIN_LEXICAL_ONLY = 0.5;
    /** The words stage is never trusted alone below this, whatever the cases show. */
    static final double MIN_WORDS_SURE = 0.5;

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
        double[] none = new double[Features.NAMES.size()];
        FusionModel provisional = new FusionModel(Features.NAMES, none, 0.5, 2, encoder.model(), "", kb.size(),
                new FusionModel.WordsStage(none, 0.5, 2));
        FaqIndex index = FaqIndex.hybrid(kb, settings, new FaqIndex.Dense(() -> Optional.of(encoder), gloss, wordVectors, provisional));
        List<Question> questions = new ArrayList<>();
        List<Question> byWords = new ArrayList<>();
        for (Case c : cases) {
            double lexicalTop = index.lexicalTop(c.question(), c.lang());
            boolean lexicalRight = lexicalRight(index, c, kb);
            questions.add(question(c, without(index.evidence(c.question(), c.lang()), held), kb, lexicalTop, lexicalRight));
            byWords.add(question(c, without(index.wordEvidence(c.question(), c.lang()), held), kb, lexicalTop, lexicalRight));
        }
        List<LogisticFit.Example> examples = examples(questions);
        double[] weights = LogisticFit.fit(examples, L2);
        FusionModel unthresholded = new FusionModel(Features.NAMES, weights, 0.5, 2, encoder.model(), fittedOn, kb.size());
        questions.forEach(q -> q.score(unthresholded::probability));
        double[] wordWeights = LogisticFit.fit(examples(byWords), L2);
        byWords.forEach(q -> q.score(x -> FusionModel.probability(wordWeights, x)));
        double threshold = threshold(questions);
        double wordsThreshold = threshold(byWords);
        FusionModel.WordsStage words = new FusionModel.WordsStage(wordWeights, wordsThreshold,
                wordsSure(byWords, questions, wordsThreshold, threshold));
        FusionModel model = new FusionModel(Features.NAMES, weights, threshold, lexicalOnly(questions), encoder.model(),
                fittedOn, kb.size(), words, nearFrom(questions), nearByWordsFrom(questions));
        return new Result(model, FusionFitReport.of(model, questions, byWords, examples.size()));
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

    private static Question question(Case c, List<DenseSide.Evidence> evidence, KnowledgeBase kb, double lexicalTop,
            boolean lexicalRight) {
        boolean[] right = new boolean[evidence.size()];
        for (int i = 0; i < evidence.size(); i++) {
            right[i] = c.expect().isPresent() && answers(evidence.get(i), c.expect().get(), kb);
        }
        return new Question(c, evidence, right, lexicalTop, lexicalRight);
    }

    /** Every candidate of every question, right when it answers the question. */
    private static List<LogisticFit.Example> examples(List<Question> questions) {
        List<LogisticFit.Example> examples = new ArrayList<>();
        for (Question q : questions) {
            for (int i = 0; i < q.evidence.size(); i++) {
                examples.add(new LogisticFit.Example(q.evidence.get(i).features(), q.right[i]));
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

    /**
     * The threshold that maximises the share of answerable questions answered right, less half the share
     * answered with a wrong entry, plus the share of the others rejected; of a range of equally good
     * values, its middle. A confident wrong answer misleads where "not sure" with suggestions still shows
     * the right one, but it names its source and offers the next candidates too, so it costs less than a
     * right answer gains. Counted in full, it held the whole corpus's threshold at 0.68-0.79, where a
     * quarter of the answerable corpus questions the fused ranking had right went unanswered; at half,
     * the corpus fit settles at 0.40 and the Benefits FAQ's stays where it was (0.38).
     */
    static double threshold(List<Question> questions) {
        double best = -1;
        double from = 0.5;
        double to = 0.5;
        for (int step = 5; step <= 95; step++) {
            double t = step / 100.0;
            double score = answeredRight(questions, t) - WRONG_ANSWER_COST * answeredWrong(questions, t) + rejected(questions, t);
            if (score > best + 1e-9) {
                best = score;
                from = t;
                to = t;
            } else if (Math.abs(score - best) <= 1e-9 && to == (step - 1) / 100.0) {
                to = t;
            }
        }
        return Math.round((from + to) / 2 * 100) / 100.0;
    }

    /**
     * The lowest probability of the words stage at and above which taking its answer loses nothing against
     * the encoder's on the fitting questions: over the questions it is at least that sure of, its outcomes
     * (a right answer 1, a wrong one -{@value #WRONG_ANSWER_COST}, an out-of-domain question rejected 1, as in
     * {@link #threshold}) add up to at least the full fusion's. Requiring it to be right on every one of them
     * (as the lexical cascade does) let one question held wrong by both stages set the bar at 0.81.
     */
    static double wordsSure(List<Question> byWords, List<Question> full, double wordsThreshold, double threshold) {
        Integer[] order = new Integer[byWords.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> byWords.get(i).topProbability()).reversed());
        double gain = 0;
        double lowestSafe = 2;
        for (int i : order) {
            gain += outcome(byWords.get(i), wordsThreshold) - outcome(full.get(i), threshold);
            if (gain >= -1e-9) {
                lowestSafe = byWords.get(i).topProbability();
            }
        }
        // Never below its own threshold: a skipped encode must not end in "not sure" that the encoder might have settled.
        return lowestSafe > 1 ? 2 : Math.max(Math.max(MIN_WORDS_SURE, wordsThreshold), Math.ceil(lowestSafe * 100) / 100);
    }

    private static double outcome(Question q, double threshold) {
        boolean answers = q.topProbability() >= threshold;
        if (q.c().expect().isEmpty()) {
            return answers ? 0 : 1;
        }
        return !answers ? 0 : q.topRight() ? 1 : -WRONG_ANSWER_COST;
    }

    /**
     * The closeness by meaning from which a question is near the knowledge base's topics though its best candidate
     * stays under {@link FusionModel#SUGGESTION_FLOOR}: the next hundredth above the closest out-of-domain fitting
     * question of that kind, so none of them is near; null when there is none. Such a question's best candidate
     * is a poor answer, but its candidates are worth offering: on the whole corpus, a question this close is about a
     * topic the docs cover, one section or another; on a knowledge base whose fitting questions include near-domain
     * ones it does not answer (the Benefits FAQ's: other pages' questions), it is set where those stop, so it rarely applies.
     */
    static Double nearFrom(List<Question> questions) {
        double closest = -1;
        for (Question q : questions) {
            if (q.c().expect().isEmpty() && q.topProbability() < FusionModel.SUGGESTION_FLOOR) {
                closest = Math.max(closest, q.closeness());
            }
        }
        return closest < 0 ? null : (Math.floor(closest * 100 + 1e-9) + 1) / 100;
    }

    /**
     * The lexical confidence of a question's English words from which it is near the topics though its best candidate stays
     * under {@link FusionModel#SUGGESTION_FLOOR}: as {@link #nearFrom}, the next hundredth above every out-of-domain fitting
     * question of that kind; null when there is none.
     */
    static Double nearByWordsFrom(List<Question> questions) {
        double highest = -1;
        for (Question q : questions) {
            if (q.c().expect().isEmpty() && q.topProbability() < FusionModel.SUGGESTION_FLOOR) {
                highest = Math.max(highest, Features.englishConfidence(q.evidenceFeatures()));
            }
        }
        return highest < 0 ? null : (Math.floor(highest * 100 + 1e-9) + 1) / 100;
    }

    /** The lowest lexical confidence at and above which the lexical side's first answer was right for every question. */
    static double lexicalOnly(List<Question> questions) {
        List<Question> byLexical = new ArrayList<>(questions);
        byLexical.sort(Comparator.comparingDouble(Question::lexicalTop).reversed());
        double lowestSafe = 2;
        for (Question q : byLexical) {
            if (!q.lexicalRight()) {
                break;
            }
            lowestSafe = q.lexicalTop();
        }
        return lowestSafe > 1 ? 2 : Math.max(MIN_LEXICAL_ONLY, Math.ceil(lowestSafe * 100) / 100);
    }

    private static double answeredRight(List<Question> questions, double t) {
        long faq = questions.stream().filter(q -> q.c().expect().isPresent()).count();
        long right = questions.stream().filter(q -> q.c().expect().isPresent() && q.topRight() && q.topProbability() >= t).count();
        return faq == 0 ? 0 : (double) right / faq;
    }

    private static double answeredWrong(List<Question> questions, double t) {
        long faq = questions.stream().filter(q -> q.c().expect().isPresent()).count();
        long wrong = questions.stream().filter(q -> q.c().expect().isPresent() && !q.topRight() && q.topProbability() >= t).count();
        return faq == 0 ? 0 : (double) wrong / faq;
    }

    private static double rejected(List<Question> questions, double t) {
        long ood = questions.stream().filter(q -> q.c().expect().isEmpty()).count();
        long rejected = questions.stream().filter(q -> q.c().expect().isEmpty() && q.topProbability() < t).count();
        return ood == 0 ? 0 : (double) rejected / ood;
    }

    /** A fitting question, its candidates and, once scored, the fused top candidate's probability. */
    static final class Question {
        private final Case c;
        private final List<DenseSide.Evidence> evidence;
        private final boolean[] right;
        private final double lexicalTop;
        private final boolean lexicalRight;
        private double topProbability;
        private boolean topRight;

        Question(Case c, List<DenseSide.Evidence> evidence, boolean[] right, double lexicalTop, boolean lexicalRight) {
            this.c = c;
            this.evidence = evidence;
            this.right = right;
            this.lexicalTop = lexicalTop;
            this.lexicalRight = lexicalRight;
        }

        void score(java.util.function.ToDoubleFunction<double[]> probability) {
            topProbability = 0;
            topRight = false;
            for (int i = 0; i < evidence.size(); i++) {
                double p = probability.applyAsDouble(evidence.get(i).features());
                if (p > topProbability) {
                    topProbability = p;
                    topRight = right[i];
                }
            }
        }

        Case c() {
            return c;
        }

        double lexicalTop() {
            return lexicalTop;
        }

        boolean lexicalRight() {
            return lexicalRight;
        }

        double topProbability() {
            return topProbability;
        }

        boolean topRight() {
            return topRight;
        }

        /** The best cosine of any of its candidates with the question. */
        double closeness() {
            return Features.closeness(evidenceFeatures());
        }

        /** Each candidate's features. */
        List<double[]> evidenceFeatures() {
            return evidence.stream().map(DenseSide.Evidence::features).toList();
        }

        /** Whether the candidate nearest in meaning is the right one. */
        boolean denseRight() {
            int cosFirst = Features.NAMES.indexOf("cos_first");
            for (int i = 0; i < evidence.size(); i++) {
                if (evidence.get(i).features()[cosFirst] == 1) {
                    return right[i];
                }
            }
            return false;
        }
    }
}
