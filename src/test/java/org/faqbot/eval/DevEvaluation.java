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
 * Runs the development cases through language detection and the FAQ search as the bot would (no
 * language hint) and measures: per language, FAQ top-1 accuracy (the expected entry first and at or
 * above the threshold) and MRR@3; the out-of-domain rejection rate (no hit at or above the threshold);
 * and the share of cases whose every message is detected in the case's language.
 */
final class DevEvaluation {

    /** The figures of one run; {@code misses} lists each failed case with what went wrong. */
    record Report(Map<Lang, Double> top1, Map<Lang, Double> mrr3, double oodRejection, double languageAccuracy,
            int languageMisses, int caseCount, List<String> misses) {

        String summary() {
            return String.format(Locale.ROOT,
                    "FAQ top-1 nl %.3f en %.3f | MRR@3 nl %.3f en %.3f | OOD rejection %.3f | language %.3f (%d of %d wrong)%n%s",
                    top1.get(Lang.NL), top1.get(Lang.EN), mrr3.get(Lang.NL), mrr3.get(Lang.EN), oodRejection,
                    languageAccuracy, languageMisses, caseCount, String.join("\n", misses));
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
        KnowledgeBase kb = shippedKnowledgeBase();
        LanguageDetector detector = LanguageDetector.create().withVocabulary(Map.of(
                Lang.NL, KbVocabulary.words(kb, Lang.NL), Lang.EN, KbVocabulary.words(kb, Lang.EN)));
        return new DevEvaluation(FaqIndex.build(kb, SearchSettings.defaults()), detector);
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
                counts[0]++;
                counts[1] += isAnswered(result, c.expect().orElseThrow(), threshold) ? 1 : 0;
                counts[2] += reciprocalRank(result, c.expect().orElseThrow());
                if (!isAnswered(result, c.expect().orElseThrow(), threshold)) {
                    misses.add("faq miss " + c.id() + " " + c.lang().code() + " got " + describe(result.top()) + ": " + c.messages().get(0));
                }
            } else if (c.isOutOfDomain()) {
                ood++;
                Optional<Hit> answer = index.search(c.messages().get(0), detect(c.messages().get(0))).answer(threshold);
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
                1 - (double) languageMisses / cases.size(), languageMisses, cases.size(), misses);
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
