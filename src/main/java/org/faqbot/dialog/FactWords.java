package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faqbot.rules.DateRule;

/**
 * The facts a message gives (dated, supposed or stated), each with the spans of the words that say the user did or
 * plans the fact's event, for {@link RuleChoice}. Such a word is the event's, not a cue of another rule: in "if I
 * redeem it next week, until when can I use it?" the "redeem" is the key's redemption, which the key's rule counts
 * from, not the "redeem" of "until when can I redeem my benefits?". Not thread-safe; one per message.
 */
final class FactWords {

    private final Map<String, List<int[]>> spans = new HashMap<>();
    private final Map<String, List<int[]>> dated = new HashMap<>();

    /** Adds a fact without words that claim a span ("I redeemed the key in March", read by its tense elsewhere). */
    void add(String fact) {
        spans.computeIfAbsent(fact, id -> new ArrayList<>());
    }

    /** Adds a fact with the span ({@code start} inclusive, {@code end} exclusive) of the word that says its event. */
    void add(String fact, int start, int end) {
        spans.computeIfAbsent(fact, id -> new ArrayList<>()).add(new int[] {start, end});
    }

    Set<String> ids() {
        return spans.keySet();
    }

    boolean contains(String fact) {
        return spans.containsKey(fact);
    }

    /** True when a word of the message says the user's event of {@code fact} ("if I redeem it"). */
    boolean claimsWordOf(String fact) {
        return !spans.getOrDefault(fact, List.of()).isEmpty();
    }

    /** Notes where the message dates {@code fact}: the span of its date ({@code start} inclusive, {@code end} exclusive). */
    void datedAt(String fact, int start, int end) {
        dated.computeIfAbsent(fact, id -> new ArrayList<>()).add(new int[] {start, end});
    }

    /** True when the message dates {@code fact} within {@code from} (inclusive) to {@code to} (exclusive). */
    boolean datedWithin(String fact, int from, int to) {
        return dated.getOrDefault(fact, List.of()).stream().anyMatch(span -> span[0] >= from && span[1] <= to);
    }

    /**
     * {@code text} with the words of the facts {@code rule} neither counts from nor accepts blanked out (same length,
     * so offsets stay), for weighing that rule's cues.
     */
    String forRule(String text, DateRule rule) {
        char[] blanked = text.toCharArray();
        spans.forEach((fact, at) -> {
            if (!fact.equals(rule.spec().fact()) && !rule.spec().accepts().contains(fact)) {
                at.forEach(span -> Arrays.fill(blanked, Math.max(0, span[0]), Math.min(blanked.length, span[1]), ' '));
            }
        });
        return new String(blanked);
    }
}
