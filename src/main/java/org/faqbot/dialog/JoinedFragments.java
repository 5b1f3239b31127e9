package org.faqbot.dialog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.store.RecentTurns;

/**
 * A question typed over several short messages ("my key" / "redeemed on 3 March" / "is it still ok?"): a short message
 * that gets no answer alone is kept for a while ({@link RecentTurns.Fragments}), and the next short message is read
 * together with the one or two before it. The joined text is taken only when it gets an answer its parts did not: a
 * fallback alone that the joined text answers, or an answer without the user's date that the joined text answers by
 * the same rule from the date a fragment gave ("onze benefits verlopen 1 april" / "kan ik nog keys inwisselen?").
 */
final class JoinedFragments {

    /** The most words of a message read as a fragment: a longer one that got no answer is a whole question. */
    private static final int MAX_WORDS = 8;
    /** The most fragments kept before the current message. */
    private static final int KEPT = 2;

    private static final Pattern END_MARK = Pattern.compile("[.!?]$");
    /** A thing named and nothing said about it: two to four words after "my", "our", "mijn", "onze", without a stop. */
    private static final Pattern BARE_THING = Pattern.compile("(?iu)(?:my|our|the|mijn|onze|ons|de|het|m'n)(?: [\\p{L}-]+){1,3}");

    /** A message's text answered, with the turn that holds what answering it changed. */
    record Answered(Turn turn, Reply reply) {
    }

    private final Duration ttl;

    JoinedFragments(Duration ttl) {
        this.ttl = ttl;
    }

    /**
     * The current message read with the fragments before it, when that answers what {@code alone} did not; the nearest
     * fragment first, then the two. {@code answer} answers a text as the current message.
     */
    Optional<Answered> join(Turn turn, Reply alone, Function<String, Answered> answer) {
        List<String> before = fragments(turn);
        if (before.isEmpty() || !isShort(turn.text) || alone.type() == ReplyType.RULE || alone.date().isPresent()) {
            return Optional.empty();
        }
        for (int from = before.size() - 1; from >= 0; from--) {
            List<String> parts = new ArrayList<>(before.subList(from, before.size()));
            parts.add(turn.text);
            Answered joined = answer.apply(joined(parts));
            if (better(alone, joined.reply())) {
                return Optional.of(joined);
            }
        }
        return Optional.empty();
    }

    /**
     * The parts as one sentence: "my key, redeemed on 3 March, is it still ok" (a comma reads better than a bare space:
     * "mijn key is die nog geldig" reads "key" as what "is"), a part ending in its own stop or question mark as it is.
     */
    private static String joined(List<String> parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            String words = part.strip();
            if (!text.isEmpty()) {
                text.append(END_MARK.matcher(text).find() ? " " : ", ");
            }
            text.append(words.replaceAll("[,;]+$", ""));
        }
        return text.toString();
    }

    /** Keeps the current message, when short, as a fragment for the next one; the oldest goes beyond {@link #KEPT}. */
    void keep(Turn turn) {
        if (turn.message.standalone()) {
            return;
        }
        List<String> kept = new ArrayList<>(fragments(turn));
        if (!isShort(turn.text)) {
            kept.clear();
        } else {
            kept.add(turn.text);
        }
        List<String> last = kept.subList(Math.max(0, kept.size() - KEPT), kept.size());
        turn.setRecent(turn.recent().withFragments(last.isEmpty() ? Optional.empty()
                : Optional.of(new RecentTurns.Fragments(last, turn.now))));
    }

    /**
     * Drops the fragments once a message was answered: the question they were part of is over. A bare thing answered
     * from the FAQ ("our VS subscriptions", "onze VS abonnementen") is kept as a fragment of its own, though: the entry
     * it found is about the thing in general, and the next short message may say what about it ("expired on 1
     * December"), which read together gets the rule's answer for that date.
     */
    void answered(Turn turn, Reply reply) {
        boolean bareThing = reply.type() == ReplyType.FAQ && !turn.message.standalone() && BARE_THING.matcher(turn.text.strip()).matches()
                && !QuestionShape.isQuestion(turn.text) && !turn.text.matches(".*\\d.*");
        turn.setRecent(turn.recent().withFragments(bareThing ? Optional.of(new RecentTurns.Fragments(List.of(turn.text.strip()), turn.now))
                : Optional.empty()));
    }

    /** The fragments still fresh, oldest first. */
    private List<String> fragments(Turn turn) {
        return turn.recent().unanswered().filter(f -> !f.at().plus(ttl).isBefore(turn.now)).map(RecentTurns.Fragments::texts)
                .orElse(List.of());
    }

    /**
     * Whether the joined reply answers what the message alone did not: any answer after a fallback, or a rule worked out
     * from a date after an answer without one (by no rule, or by the same rule in general).
     */
    private static boolean better(Reply alone, Reply joined) {
        // A question back counts when it is a rule's (the date it needs), not a "which did you mean".
        if (joined.type() == ReplyType.FALLBACK || joined.type() == ReplyType.SMALLTALK
                || joined.type() == ReplyType.CLARIFY && joined.intent().isEmpty()) {
            return false;
        }
        if (alone.type() == ReplyType.FALLBACK) {
            return true;
        }
        // "zijn op 1 december verlopen" after "onze VS abonnementen" finds the entry on expiry dates alone, without a rule.
        return joined.type() == ReplyType.RULE && joined.date().isPresent() && joined.intent().isPresent()
                && (alone.intent().isEmpty() || joined.intent().equals(alone.intent()));
    }

    private static boolean isShort(String text) {
        String words = text.strip();
        return !words.isEmpty() && words.split("\\s+").length <= MAX_WORDS;
    }
}
