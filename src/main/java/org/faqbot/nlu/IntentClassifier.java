package org.faqbot.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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

    /** Per intent and message language, the own cues and the other language's not also listed as own: built once. */
    private final Map<Lang, List<Cues>> cues = new EnumMap<>(Lang.class);

    public IntentClassifier(List<IntentSignals> signals) {
        for (Lang lang : Lang.values()) {
            cues.put(lang, signals.stream().map(s -> Cues.of(s, lang)).toList());
        }
    }

    /** Intents with a score above zero, highest first (ties keep the signals' order). */
    public List<IntentScore> rank(String text, Lang lang) {
        String normalized = Normalized.of(text);
        CueTypos.Words words = CueTypos.Words.of(normalized);
        return cues.get(lang).stream()
                .map(c -> new IntentScore(c.intent(), score(normalized, words, c, lang)))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt(IntentScore::score).reversed())
                .toList();
    }

    /** An intent's cues for a message language, with those long enough to be looked for misspelt. */
    private record Cues(String intent, List<WeightedCue> own, List<WeightedCue> other,
            List<WeightedCue> ownTypos, List<WeightedCue> otherTypos) {
        static Cues of(IntentSignals signals, Lang lang) {
            List<WeightedCue> own = signals.cues(lang);
            Set<WeightedCue> ownSet = Set.copyOf(own);
            List<WeightedCue> other = signals.cues(lang.other()).stream().filter(c -> !ownSet.contains(c)).toList();
            return new Cues(signals.intent(), own, other, correctable(own), correctable(other));
        }

        private static List<WeightedCue> correctable(List<WeightedCue> cues) {
            return cues.stream().filter(c -> CueTypos.correctable(c.cue())).toList();
        }
    }

    /**
     * The own language's cues and half the other's (or the reverse, whichever is more). A cue both languages list
     * alike ("product key", weight 2, is Dutch too) counts once, with the own language; so does a cue of one language
     * found only inside a longer cue of the other: in "mijn product keys inwisselen" the English "key" is part of the
     * Dutch "product key", one thing, which must not outweigh the verb that says what is asked.
     */
    private static int score(String normalized, CueTypos.Words words, Cues cues, Lang lang) {
        List<WeightedCue> ownCues = cues.own();
        List<WeightedCue> otherCues = cues.other();
        List<Span> spans = new ArrayList<>();
        Map<WeightedCue, List<int[]>> ownFound = found(normalized, ownCues, lang, spans);
        Map<WeightedCue, List<int[]>> otherFound = found(normalized, otherCues, lang.other(), spans);
        // Only then the misspelt ones, at words no cue was found at as written ("expire" is no typo of "expiry").
        List<Span> written = List.copyOf(spans);
        misspelt(words, cues.ownTypos(), lang, written, ownFound, spans);
        misspelt(words, cues.otherTypos(), lang.other(), written, otherFound, spans);
        int own = sum(ownFound, spans);
        int other = sum(otherFound, spans);
        return Math.max(own, other) + Math.min(own, other) / 2;
    }

    /** The cues found as written, each with its spans, which are also added to {@code spans}. */
    private static Map<WeightedCue, List<int[]>> found(String normalized, List<WeightedCue> cues, Lang lang, List<Span> spans) {
        Map<WeightedCue, List<int[]>> found = new LinkedHashMap<>();
        for (WeightedCue cue : cues) {
            List<int[]> at = CueMatcher.spans(normalized, cue.cue(), lang);
            if (!at.isEmpty()) {
                found.put(cue, at);
                at.forEach(span -> spans.add(Span.of(span, cue)));
            }
        }
        return found;
    }

    /**
     * Adds to {@code found} and {@code spans} the {@link CueTypos#correctable} cues not found as written that a word
     * misspells, away from {@code written}.
     */
    private static void misspelt(CueTypos.Words words, List<WeightedCue> cues, Lang lang, List<Span> written,
            Map<WeightedCue, List<int[]>> found, List<Span> spans) {
        for (WeightedCue cue : cues) {
            if (found.containsKey(cue)) {
                continue;
            }
            List<int[]> typos = CueTypos.spans(words, cue.cue(), lang);
            if (typos.isEmpty()) {
                continue;
            }
            List<int[]> at = typos.stream()
                    .filter(typo -> written.stream().noneMatch(w -> w.start() < typo[1] && typo[0] < w.end())).toList();
            if (!at.isEmpty()) {
                found.put(cue, at);
                at.forEach(span -> spans.add(Span.of(span, cue)));
            }
        }
    }

    /**
     * The weights of the cues found, each once. A cue found only inside a longer cue that was found counts no more:
     * "product key" is one thing, not also a "key".
     */
    private static int sum(Map<WeightedCue, List<int[]>> found, List<Span> spans) {
        int total = 0;
        for (Map.Entry<WeightedCue, List<int[]>> e : found.entrySet()) {
            if (e.getValue().stream().anyMatch(span -> !insideLonger(spans, span[0], span[1]))) {
                total += e.getKey().weight();
            }
        }
        return total;
    }

    private static boolean insideLonger(List<Span> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s.holds(start, end));
    }

    /** Where a cue was found; {@code gapped} for a cue with a gap, whose span reaches from its first part to its last. */
    private record Span(int start, int end, boolean gapped) {

        static Span of(int[] span, WeightedCue cue) {
            return new Span(span[0], span[1], cue.cue().contains(CueMatcher.GAP));
        }

        /**
         * True when a shorter cue found from {@code from} to {@code to} is part of this one: inside it and, for a cue with
         * a gap, at its first or last part. The words between are no part of it: in "activate my VS subscription again"
         * the VS is a cue of its own.
         */
        boolean holds(int from, int to) {
            boolean inside = start <= from && to <= end && end - start > to - from;
            return inside && (!gapped || from == start || to == end);
        }
    }
}
