package org.faqbot.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.FaqIndex;
import org.faqbot.kb.Hit;
import org.faqbot.kb.KbVocabulary;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.faqbot.kb.SearchResult;
import org.faqbot.kb.SearchSettings;
import org.faqbot.nlu.LanguageDetector;

/**
 * Runs evaluation cases through language detection and the FAQ search as the bot would (no language
 * hint) and measures: per language, FAQ top-1 accuracy (the expected entry first and at or above the
 * threshold) and MRR@3; the out-of-domain rejection rate (no hit at or above the threshold); the
 * share of cases whose every message is detected in the case's language; and how far the confidences
 * of right answers and of out-of-domain questions lie from the threshold.
 */
final class DevEvaluation {

    /** How close to the threshold a confidence counts as a coin toss, in confidence units. */
    static final double NEAR_THRESHOLD = 0.05;

    /** The figures of one run; {@code misses} lists each failed case with what went wrong. */
    record Report(Map<Lang, Double> top1, Map<Lang, Double> mrr3, double oodRejection, double languageAccuracy,
            int languageMisses, int caseCount, List<String> misses, Margins margins) {

        String summary() {
            return String.format(Locale.ROOT,
                    "FAQ top-1 nl %.3f en %.3f | MRR@3 nl %.3f en %.3f | OOD rejection %.3f | language %.3f (%d of %d wrong)%n%s%n%s",
                    top1.get(Lang.NL), top1.get(Lang.EN), mrr3.get(Lang.NL), mrr3.get(Lang.EN), oodRejection,
                    languageAccuracy, languageMisses, caseCount, margins.summary(), String.join("\n", misses));
        }
    }

    /**
     * Where the confidences fall around the threshold: the lowest of the right top hits, the highest
     * of the out-of-domain top hits, and how many of either lie within {@link #NEAR_THRESHOLD} of it.
     */
    record Margins(double threshold, double minCorrect, double maxOutOfDomain, int nearThreshold, int measured) {

        String summary() {
            return String.format(Locale.ROOT,
                    "confidence: threshold %.3f, lowest right top hit %.3f, highest out-of-domain %.3f, %d of %d within +-%.2f",
                    threshold, minCorrect, maxOutOfDomain, nearThreshold, measured, NEAR_THRESHOLD);
        }
    }

    private final FaqIndex index;
    private final LanguageDetector detector;

    DevEvaluation(FaqIndex index, LanguageDetector detector) {
        this.index = index;
        this.detector = detector;
    }

    /** The evaluation of the shipped knowledge base with default settings. */
    static DevEvaluation ofShippedKnowledgeBase() {
        return of(shippedKnowledgeBase(), SearchSettings.defaults());
    }

    static DevEvaluation of(KnowledgeBase kb, SearchSettings settings) {
        LanguageDetector detector = LanguageDetector.create().withVocabulary(Map.of(
                Lang.NL, KbVocabulary.words(kb, Lang.NL), Lang.EN, KbVocabulary.words(kb, Lang.EN)));
        return new DevEvaluation(FaqIndex.build(kb, settings), detector);
    }

    static KnowledgeBase shippedKnowledgeBase() {
        try (InputStream in = DevEvaluation.class.getResourceAsStream("/faq-data/kb.json")) {
            return KnowledgeBaseJson.read(in, "faq-data/kb.json");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped knowledge base", e);
        }
    }

    Report run(List<EvalCase> cases) {
        double threshold = index.settings().threshold();
        Map<Lang, double[]> faq = new EnumMap<>(Lang.class);
        List<String> misses = new ArrayList<>();
        List<Double> correct = new ArrayList<>();
        List<Double> outOfDomain = new ArrayList<>();
        int ood = 0;
        int oodRejected = 0;
        int languageMisses = 0;
        for (EvalCase c : cases) {
            if (!languageMatches(c, misses)) {
                languageMisses++;
            }
            if (c.isFaq()) {
                double[] counts = faq.computeIfAbsent(c.lang(), l -> new double[3]);
                SearchResult result = index.search(c.messages().get(0), detect(c.messages().get(0)));
                String expected = c.expect().orElseThrow();
                counts[0]++;
                counts[1] += isAnswered(result, expected, threshold) ? 1 : 0;
                counts[2] += reciprocalRank(result, expected);
                result.top().filter(hit -> hit.entry().id().equals(expected)).ifPresent(hit -> correct.add(hit.confidence()));
                if (!isAnswered(result, expected, threshold)) {
                    misses.add("faq miss " + c.id() + " " + c.lang().code() + " got " + describe(result.top()) + ": " + c.messages().get(0));
                }
            } else if (c.isOutOfDomain()) {
                ood++;
                SearchResult result = index.search(c.messages().get(0), detect(c.messages().get(0)));
                outOfDomain.add(result.top().map(Hit::confidence).orElse(0.0));
                Optional<Hit> answer = result.answer(threshold);
                if (answer.isEmpty()) {
                    oodRejected++;
                } else {
                    misses.add("ood answered " + c.id() + " with " + describe(answer) + ": " + c.messages().get(0));
                }
            }
        }
        Map<Lang, Double> top1 = new EnumMap<>(Lang.class);
        Map<Lang, Double> mrr = new EnumMap<>(Lang.class);
        faq.forEach((lang, counts) -> {
            top1.put(lang, counts[1] / counts[0]);
            mrr.put(lang, counts[2] / counts[0]);
        });
        return new Report(top1, mrr, ood == 0 ? 1 : (double) oodRejected / ood,
                1 - (double) languageMisses / cases.size(), languageMisses, cases.size(), misses,
                margins(threshold, correct, outOfDomain));
    }

    private static Margins margins(double threshold, List<Double> correct, List<Double> outOfDomain) {
        List<Double> all = new ArrayList<>(correct);
        all.addAll(outOfDomain);
        int near = (int) all.stream().filter(c -> Math.abs(c - threshold) <= NEAR_THRESHOLD).count();
        return new Margins(threshold, correct.stream().mapToDouble(d -> d).min().orElse(1),
                outOfDomain.stream().mapToDouble(d -> d).max().orElse(0), near, all.size());
    }

    private Lang detect(String message) {
        return detector.detect(message, Optional.empty());
    }

    private boolean languageMatches(EvalCase c, List<String> misses) {
        for (String message : c.messages()) {
            if (detect(message) != c.lang()) {
                misses.add("language miss " + c.id() + " expected " + c.lang().code() + ": " + message);
                return false;
            }
        }
        return true;
    }

    private static boolean isAnswered(SearchResult result, String expectedId, double threshold) {
        return result.answer(threshold).map(hit -> hit.entry().id().equals(expectedId)).orElse(false);
    }

    private static double reciprocalRank(SearchResult result, String expectedId) {
        List<Hit> top = result.top(3);
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i).entry().id().equals(expectedId)) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static String describe(Optional<Hit> hit) {
        return hit.map(h -> String.format(Locale.ROOT, "%s (%.2f)", h.entry().id().replaceFirst("^[^#]*#", ""), h.confidence()))
                .orElse("nothing");
    }
}
