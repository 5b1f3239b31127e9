package org.faqbot.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * The own language's cues and half the other's (or the reverse, whichever is more). A cue both languages list
     * alike ("product key", weight 2, is Dutch too) counts once, with the own language.
     */
    private static int score(String normalized, IntentSignals signals, Lang lang) {
        List<WeightedCue> ownCues = signals.cues(lang);
        Set<WeightedCue> ownSet = Set.copyOf(ownCues);
        List<WeightedCue> otherCues = signals.cues(lang.other()).stream().filter(c -> !ownSet.contains(c)).toList();
        int own = sum(normalized, ownCues, lang);
        int other = sum(normalized, otherCues, lang.other());
        return Math.max(own, other) + Math.min(own, other) / 2;
    }

    /**
     * The weights of the cues found, each once. A cue found only inside a longer cue that was found counts no more:
     * "product key" is one thing, not also a "key".
     */
    private static int sum(String normalized, List<WeightedCue> cues, Lang lang) {
        List<int[]> spans = new ArrayList<>();
        Map<WeightedCue, List<Integer>> found = new LinkedHashMap<>();
        for (WeightedCue cue : cues) {
            List<Integer> at = CueMatcher.positions(normalized, cue.cue(), lang);
            if (!at.isEmpty()) {
                found.put(cue, at);
                at.forEach(start -> spans.add(new int[] {start, start + cue.cue().length()}));
            }
        }
        int total = 0;
        for (Map.Entry<WeightedCue, List<Integer>> e : found.entrySet()) {
            int length = e.getKey().cue().length();
            if (e.getValue().stream().anyMatch(start -> !insideLonger(spans, start, start + length))) {
                total += e.getKey().weight();
            }
        }
        return total;
    }

    private static boolean insideLonger(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s[0] <= start && end <= s[1] && s[1] - s[0] > end - start);
    }
}
