package org.faqbot.nlu;

import java.util.Comparator;
import java.util.List;
import org.faqbot.kb.Lang;

/**
 * Ranks intents by the cues a message contains. Cues of the message's own language count fully; the
 * other language's cues count too, because Dutch partners often write the English terms ("redeem",
 * "benefits"). Thread-safe.
 */
public final class IntentClassifier {

    private final List<IntentSignals> signals;

    public IntentClassifier(List<IntentSignals> signals) {
        this.signals = List.copyOf(signals);
    }

    /** Intents with a score above zero, highest first (ties keep the signals' order). */
    public List<IntentScore> rank(String text, Lang lang) {
        String normalized = Normalized.of(text);
        return signals.stream()
                .map(s -> new IntentScore(s.intent(), score(normalized, s, lang)))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt(IntentScore::score).reversed())
                .toList();
    }

    private static int score(String normalized, IntentSignals signals, Lang lang) {
        int own = sum(normalized, signals.cues(lang), lang);
        int other = sum(normalized, signals.cues(lang.other()), lang.other());
        return Math.max(own, other) + Math.min(own, other) / 2;
    }

    private static int sum(String normalized, List<WeightedCue> cues, Lang lang) {
        int total = 0;
        for (WeightedCue cue : cues) {
            if (CueMatcher.contains(normalized, cue.cue(), lang)) {
                total += cue.weight();
            }
        }
        return total;
    }
}
