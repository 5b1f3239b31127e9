package org.faqbot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.faqbot.kb.Lang;

/** What {@code faqbot fit} prints: the weights of both stages, their thresholds, and their figures on the fitting questions. */
final class FusionFitReport {

    private FusionFitReport() {
    }

    static String of(FusionModel model, List<FitQuestion> questions, List<FitQuestion> byWords, List<FitQuestion> topics,
            List<FitQuestion> topicsByWords, int examples) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "fit: %d questions, %d candidate examples, encoder %s%n", questions.size(), examples,
                model.model()));
        for (int i = 0; i < model.weights().length; i++) {
            out.append(String.format(Locale.ROOT, "  weight %-9s %8.3f%n", model.features().get(i), model.weights()[i]));
        }
        out.append(String.format(Locale.ROOT, "threshold %.2f, lexical-only cascade from %.2f, suggestions from %.2f%n", model.threshold(),
                model.lexicalOnly(), model.suggestionFloor()));
        if (!topics.isEmpty()) {
            out.append(String.format(Locale.ROOT, "suggestion floor %.2f: %d topic messages, the lowest best chance %.3f (\"%s\")%n",
                    model.suggestionFloor(), topics.size(), topics.stream().mapToDouble(FitQuestion::topProbability).min().orElse(1),
                    topics.stream().min(java.util.Comparator.comparingDouble(FitQuestion::topProbability)).map(q -> q.c().question()).orElse("")));
        }
        if (model.nearFrom() != null) {
            out.append(String.format(Locale.ROOT, "near the topics (suggestions under %.2f) from closeness %.2f%n", model.suggestionFloor(),
                    model.nearFrom()));
        }
        if (model.nearByWordsFrom() != null) {
            out.append(String.format(Locale.ROOT, "near the topics (suggestions under %.2f) from the English words' confidence %.2f%n",
                    model.suggestionFloor(), model.nearByWordsFrom()));
        }
        for (int i = 0; i < model.words().weights().length; i++) {
            out.append(String.format(Locale.ROOT, "  words stage weight %-9s %8.3f%n", model.features().get(i), model.words().weights()[i]));
        }
        out.append(String.format(Locale.ROOT, "words stage: threshold %.2f (while the encoder loads), sure from %.2f%n",
                model.words().threshold(), model.words().sure()));
        if (model.words().hopeless() != null) {
            out.append(String.format(Locale.ROOT, "words stage: not encoded under %.2f%n", model.words().hopeless()));
        }
        FitQuestion lowestShown = FitThresholds.lowestShownByWords(byWords, questions, topicsByWords, model.suggestionFloor(),
                model.nearFrom(), model.nearByWordsFrom());
        if (lowestShown != null) {
            out.append(String.format(Locale.ROOT, "words stage: the lowest best chance of a message shown something %.3f (\"%s\")%n",
                    lowestShown.topProbability(), lowestShown.c().question()));
        }
        out.append(String.format(Locale.ROOT, "%-42s %6s %6s%n", "on the fitting questions", "nl", "en"));
        for (String measure : List.of("ranked first (fused)", "ranked first (lexical)", "ranked first (dense)", "answered right", "out-of-domain rejected",
                "ranked first (words stage)", "answered right (words stage alone)", "out-of-domain rejected (words stage alone)",
                "skipped the encoder", "answered right (cascade)")) {
            out.append(String.format(Locale.ROOT, "%-42s %6s %6s%n", measure, figure(questions, byWords, measure, Lang.NL, model),
                    figure(questions, byWords, measure, Lang.EN, model)));
        }
        return out.toString();
    }

    private static String figure(List<FitQuestion> all, List<FitQuestion> allByWords, String measure, Lang lang, FusionModel model) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).c().lang() == lang) {
                indices.add(i);
            }
        }
        List<Integer> faq = indices.stream().filter(i -> all.get(i).c().expect().isPresent()).toList();
        List<Integer> ood = indices.stream().filter(i -> all.get(i).c().expect().isEmpty()).toList();
        FusionModel.WordsStage words = model.words();
        IntPredicate lexicalSure = i -> all.get(i).lexicalTop() >= model.lexicalOnly();
        IntPredicate wordsSure = i -> !lexicalSure.test(i) && allByWords.get(i).topProbability() >= words.sure();
        double value = switch (measure) {
            case "ranked first (fused)" -> share(faq, i -> all.get(i).topRight());
            case "ranked first (lexical)" -> share(faq, i -> all.get(i).lexicalRight());
            case "ranked first (dense)" -> share(faq, i -> all.get(i).denseRight());
            case "answered right" -> share(faq, i -> all.get(i).topRight() && all.get(i).topProbability() >= model.threshold());
            case "out-of-domain rejected" -> share(ood, i -> all.get(i).topProbability() < model.threshold());
            case "ranked first (words stage)" -> share(faq, i -> allByWords.get(i).topRight());
            case "answered right (words stage alone)" -> share(faq,
                    i -> allByWords.get(i).topRight() && allByWords.get(i).topProbability() >= words.threshold());
            case "out-of-domain rejected (words stage alone)" -> share(ood, i -> allByWords.get(i).topProbability() < words.threshold());
            case "answered right (cascade)" -> share(faq, i -> wordsSure.test(i) ? allByWords.get(i).topRight()
                    : lexicalSure.test(i) ? all.get(i).lexicalRight()
                    : all.get(i).topRight() && all.get(i).topProbability() >= model.threshold());
            default -> share(indices, i -> lexicalSure.test(i) || wordsSure.test(i));
        };
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static double share(List<Integer> indices, IntPredicate test) {
        return indices.isEmpty() ? 0 : (double) indices.stream().filter(test::test).count() / indices.size();
    }
}
