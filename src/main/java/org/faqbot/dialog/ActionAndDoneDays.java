package org.faqbot.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.nlu.Supposition;

/**
 * The day a question asks about when each of its two dates stands beside a verb of its own, without an "if": "VS
 * assigned on 7 Sep, reassign on 6 Dec possible?", "key redeemed 10 Nov 2025, use it on 1 Nov?", "opnieuw toewijzen op 6
 * december, toegewezen op 7 september?". A date right after the done form ("assigned on", "redeemed", "toegewezen op",
 * or Dutch "op 7 september toegewezen") dates the fact; one right beside the rule's own action ("reassign on", "use it
 * on", "gebruiken op", "op 6 december herverdelen") is the day asked about. The action's word holds the fact's cue
 * ("reassign"), so {@link AskedDay} passed it by, and without a condition {@link DoneInCondition} has nothing to go on.
 */
final class ActionAndDoneDays {

    /** A preposition between a verb and its day: "reassign on 6 Dec", "gebruiken op 1 november". */
    private static final Set<String> PREPOSITIONS = Set.of("on", "op", "at", "per");
    /** Words for the thing between a verb and its day: "use it on", "ik hem op", "reassign the sub on". */
    private static final Set<String> PRONOUNS = Set.of("it", "him", "her", "them", "this", "that", "hem", "het", "ze", "die", "dat", "deze");
    private static final Pattern CLAUSE_START = Pattern.compile(".*[,;.!?]");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private ActionAndDoneDays() {
    }

    /**
     * The one of two {@code candidates} (the fact's dates, in text order) that stands beside one of the rule's
     * {@code actions} (its signal cues, in both languages) in no past form, when the other stands beside a past form
     * and the message is a question.
     */
    static Optional<DateMention> asked(String text, List<DateMention> candidates, List<String> actions) {
        String normalized = Normalized.of(text);
        if (candidates.size() != 2 || !normalized.strip().endsWith("?")) {
            return Optional.empty();
        }
        for (int i = 0; i < 2; i++) {
            DateMention own = candidates.get(i);
            DateMention other = candidates.get(1 - i);
            if (other instanceof ResolvedDate && done(normalized, own) && !done(normalized, other) && action(normalized, other, actions)) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }

    /** Whether a past form stands right before {@code mention} (its preposition aside) or right after it (Dutch word order). */
    private static boolean done(String normalized, DateMention mention) {
        List<String> before = wordsBefore(normalized, mention);
        boolean pastBefore = !before.isEmpty() && Supposition.pastForm(before.get(before.size() - 1));
        List<String> after = wordsAfter(normalized, mention);
        return pastBefore || !after.isEmpty() && Supposition.pastForm(after.get(0));
    }

    /** Whether one of {@code actions} ends the words right before {@code mention} or starts those right after it. */
    private static boolean action(String normalized, DateMention mention, List<String> actions) {
        List<String> before = wordsBefore(normalized, mention);
        String joined = " " + String.join(" ", before) + " ";
        List<String> bare = before.isEmpty() || !PRONOUNS.contains(before.get(before.size() - 1)) ? before : before.subList(0, before.size() - 1);
        String withoutPronoun = " " + String.join(" ", bare) + " ";
        String after = " " + String.join(" ", wordsAfter(normalized, mention)) + " ";
        return actions.stream().map(String::strip).filter(cue -> !cue.isEmpty() && !cue.contains("…"))
                .anyMatch(cue -> joined.endsWith(" " + cue + " ") || withoutPronoun.endsWith(" " + cue + " ") || after.startsWith(" " + cue + " "));
    }

    /** Up to four words of {@code mention}'s clause before it, without the preposition that leads to it. */
    private static List<String> wordsBefore(String normalized, DateMention mention) {
        String head = normalized.substring(0, mention.start());
        Matcher clause = CLAUSE_START.matcher(head);
        List<String> words = words(clause.lookingAt() ? head.substring(clause.end()) : head);
        if (!words.isEmpty() && PREPOSITIONS.contains(words.get(words.size() - 1))) {
            words = words.subList(0, words.size() - 1);
        }
        return words.subList(Math.max(0, words.size() - 4), words.size());
    }

    /** Up to three words of {@code mention}'s clause after it. */
    private static List<String> wordsAfter(String normalized, DateMention mention) {
        String tail = normalized.substring(mention.end()).split("[,;.!?]", 2)[0];
        List<String> words = words(tail);
        return words.subList(0, Math.min(3, words.size()));
    }

    private static List<String> words(String text) {
        return Arrays.stream(Normalized.words(text).split(" ")).filter(w -> WORD.matcher(w).matches()).toList();
    }
}
