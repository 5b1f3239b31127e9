package org.faqbot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The thresholds of a {@link FusionModel} set from its fitting questions once their weights are fitted and they are
 * scored: where to answer, where the lexical side and the words stage are trusted alone (the cascade), and from what
 * closeness a question is near the topics.
 */
final class FitThresholds {

    /** What a confident wrong answer costs in the threshold's objective, against 1 for a right one. */
    static final double WRONG_ANSWER_COST = 0.5;
    /** The cascade's lexical confidence is never set below this, whatever the cases show. */
    static final double MIN_LEXICAL_ONLY = 0.5;
    /** The words stage is never trusted alone below this, whatever the cases show. */
    static final double MIN_WORDS_SURE = 0.5;
    /**
     * Without topic messages, how far under the lowest chance of a question the fusion showed something the words stage's
     * floor is set: a vague message of a few words reads far lower than the fitting questions' whole ones ("question about
     * licences" 0.031 from the words stage, where the Benefits FAQ's fitting questions alone would set 0.08).
     */
    static final double HOPELESS_MARGIN = 4;
    /** The suggestion floor is never set below this, whatever the topic messages show: under it every question has suggestions. */
    static final double MIN_SUGGESTION_FLOOR = 0.05;
    /** The words stage's floor is never set below this ({@link #wordsHopeless}). */
    static final double MIN_HOPELESS = 0.02;

    private FitThresholds() {
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
    static double threshold(List<FitQuestion> questions) {
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
    static double wordsSure(List<FitQuestion> byWords, List<FitQuestion> full, double wordsThreshold, double threshold) {
        Integer[] order = new Integer[byWords.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> byWords.get(i).topProbability()).reversed());
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

    private static double outcome(FitQuestion q, double threshold) {
        boolean answers = q.topProbability() >= threshold;
        if (q.c().expect().isEmpty()) {
            return answers ? 0 : 1;
        }
        return !answers ? 0 : q.topRight() ? 1 : -WRONG_ANSWER_COST;
    }

    /**
     * The words stage's chance under which a question is not encoded ({@link FusionModel.WordsStage#hopeless}), so that on
     * the fitting messages the encoder never lifted one from below it to anything the user should see. With topic messages
     * ({@code topicsByWords}): the hundredth at or under the lowest chance it gave a message that must be shown something
     * ({@link #lowestShownByWords}). The topic messages stand for the vague messages of a few words that read far lower than
     * whole questions ("question about licences" 0.031), for which the floor was once set a quarter under the lowest of every
     * fitting question shown something ({@value #HOPELESS_MARGIN}) and then, as that gave none, by hand; an out-of-domain
     * question offered suggestions does not count (without the encoder it falls back all the same, and one, "azure is down
     * at a customer's" at 0.011, had left the Benefits FAQ without a floor). Without topic messages (the corpus's fit) as
     * before: a quarter under the lowest of every fitting question shown something. Null when the floor is under
     * {@value #MIN_HOPELESS}: among the whole corpus's thousands of entries every candidate's chance is small (its fitting
     * questions give 0.01), and there the encoder lifted questions to which the cheap stages gave no candidate at all; a
     * floor that low would spare few encodes and risk those.
     */
    static Double wordsHopeless(List<FitQuestion> byWords, List<FitQuestion> full, List<FitQuestion> topicsByWords,
            double suggestionFloor, Double nearFrom, Double nearByWordsFrom) {
        double floor;
        if (topicsByWords.isEmpty()) {
            floor = lowestShown(byWords, full, false, suggestionFloor, nearFrom, nearByWordsFrom) / HOPELESS_MARGIN;
        } else {
            FitQuestion lowest = lowestShownByWords(byWords, full, topicsByWords, suggestionFloor, nearFrom, nearByWordsFrom);
            floor = lowest == null ? 1 : lowest.topProbability();
        }
        double hopeless = Math.floor(floor * 100 + 1e-9) / 100;
        return hopeless < MIN_HOPELESS ? null : hopeless;
    }

    /** The lowest chance the words stage gave a fitting question that the fusion showed something, answerable ones only or all. */
    private static double lowestShown(List<FitQuestion> byWords, List<FitQuestion> full, boolean answerableOnly, double suggestionFloor,
            Double nearFrom, Double nearByWordsFrom) {
        double lowest = 1;
        for (int i = 0; i < full.size(); i++) {
            if (shown(full.get(i), answerableOnly, suggestionFloor, nearFrom, nearByWordsFrom)) {
                lowest = Math.min(lowest, byWords.get(i).topProbability());
            }
        }
        return lowest;
    }

    /**
     * Whether the fusion answered {@code q} or offered suggestions for it (its best candidate at the model's suggestion floor,
     * or near the topics by closeness or by its English words); with {@code answerableOnly}, never an out-of-domain question.
     */
    private static boolean shown(FitQuestion q, boolean answerableOnly, double suggestionFloor, Double nearFrom, Double nearByWordsFrom) {
        return (!answerableOnly || q.c().expect().isPresent())
                && (q.topProbability() >= suggestionFloor
                        || nearFrom != null && q.closeness() >= nearFrom
                        || nearByWordsFrom != null && Features.englishConfidence(q.evidenceFeatures()) >= nearByWordsFrom);
    }

    /** As {@link #wordsHopeless(List, List, List, double, Double, Double)} without topic messages. */
    static Double wordsHopeless(List<FitQuestion> byWords, List<FitQuestion> full, double suggestionFloor, Double nearFrom,
            Double nearByWordsFrom) {
        return wordsHopeless(byWords, full, List.of(), suggestionFloor, nearFrom, nearByWordsFrom);
    }

    /**
     * The message the words stage gave the lowest chance of those that must be shown something: a topic message of
     * {@code topicsByWords} ({@link FusionFit.Case#topic}, which must get suggestions), or an answerable fitting question
     * that the full fusion answered or offered suggestions for; null when there is none.
     */
    static FitQuestion lowestShownByWords(List<FitQuestion> byWords, List<FitQuestion> full, List<FitQuestion> topicsByWords,
            double suggestionFloor, Double nearFrom, Double nearByWordsFrom) {
        List<FitQuestion> shown = new ArrayList<>(topicsByWords);
        for (int i = 0; i < full.size(); i++) {
            if (shown(full.get(i), true, suggestionFloor, nearFrom, nearByWordsFrom)) {
                shown.add(byWords.get(i));
            }
        }
        return shown.stream().min(Comparator.comparingDouble(FitQuestion::topProbability)).orElse(null);
    }

    /**
     * The closeness by meaning from which a question is near the knowledge base's topics though its best candidate
     * stays under {@code suggestionFloor}: the next hundredth above the closest out-of-domain fitting
     * question of that kind, so none of them is near; null when there is none. Such a question's best candidate
     * is a poor answer, but its candidates are worth offering: on the whole corpus, a question this close is about a
     * topic the docs cover, one section or another; on a knowledge base whose fitting questions include near-domain
     * ones it does not answer (the Benefits FAQ's: other pages' questions), it is set where those stop, so it rarely applies.
     */
    static Double nearFrom(List<FitQuestion> questions, double suggestionFloor) {
        double closest = -1;
        for (FitQuestion q : questions) {
            if (q.c().expect().isEmpty() && q.topProbability() < suggestionFloor) {
                closest = Math.max(closest, q.closeness());
            }
        }
        return closest < 0 ? null : (Math.floor(closest * 100 + 1e-9) + 1) / 100;
    }

    /**
     * The lexical confidence of a question's English words from which it is near the topics though its best candidate stays
     * under {@code suggestionFloor}: as {@link #nearFrom}, the next hundredth above every out-of-domain fitting
     * question of that kind; null when there is none.
     */
    static Double nearByWordsFrom(List<FitQuestion> questions, double suggestionFloor) {
        double highest = -1;
        for (FitQuestion q : questions) {
            if (q.c().expect().isEmpty() && q.topProbability() < suggestionFloor) {
                highest = Math.max(highest, Features.englishConfidence(q.evidenceFeatures()));
            }
        }
        return highest < 0 ? null : (Math.floor(highest * 100 + 1e-9) + 1) / 100;
    }

    /**
     * The model's suggestion floor: the hundredth at or under the lowest best chance it gives any of the topic messages
     * ({@link FusionFit.Case#topic}: "a question about licences", which name a topic the knowledge base covers and must get
     * suggestions), and never above {@link FusionModel#DEFAULT_SUGGESTION_FLOOR}, the floor the first models were held to:
     * the fitting questions are whole questions, and a refit that weighs their length ({@code long}) lowers what a short
     * vague message gets with the intercept (0.195 to 0.134 for "question about licences"), under a floor kept fixed. Without
     * topic messages (the corpus's fit) the default.
     */
    static double suggestionFloor(List<FitQuestion> topics) {
        double lowest = topics.stream().mapToDouble(FitQuestion::topProbability).min().orElse(1);
        return Math.min(FusionModel.DEFAULT_SUGGESTION_FLOOR, Math.max(MIN_SUGGESTION_FLOOR, Math.floor(lowest * 100 + 1e-9) / 100));
    }

    /** The lowest lexical confidence at and above which the lexical side's first answer was right for every question. */
    static double lexicalOnly(List<FitQuestion> questions) {
        List<FitQuestion> byLexical = new ArrayList<>(questions);
        byLexical.sort(Comparator.comparingDouble(FitQuestion::lexicalTop).reversed());
        double lowestSafe = 2;
        for (FitQuestion q : byLexical) {
            if (!q.lexicalRight()) {
                break;
            }
            lowestSafe = q.lexicalTop();
        }
        return lowestSafe > 1 ? 2 : Math.max(MIN_LEXICAL_ONLY, Math.ceil(lowestSafe * 100) / 100);
    }

    private static double answeredRight(List<FitQuestion> questions, double t) {
        long faq = questions.stream().filter(q -> q.c().expect().isPresent()).count();
        long right = questions.stream().filter(q -> q.c().expect().isPresent() && q.topRight() && q.topProbability() >= t).count();
        return faq == 0 ? 0 : (double) right / faq;
    }

    private static double answeredWrong(List<FitQuestion> questions, double t) {
        long faq = questions.stream().filter(q -> q.c().expect().isPresent()).count();
        long wrong = questions.stream().filter(q -> q.c().expect().isPresent() && !q.topRight() && q.topProbability() >= t).count();
        return faq == 0 ? 0 : (double) wrong / faq;
    }

    private static double rejected(List<FitQuestion> questions, double t) {
        long ood = questions.stream().filter(q -> q.c().expect().isEmpty()).count();
        long rejected = questions.stream().filter(q -> q.c().expect().isEmpty() && q.topProbability() < t).count();
        return ood == 0 ? 0 : (double) rejected / ood;
    }
}
