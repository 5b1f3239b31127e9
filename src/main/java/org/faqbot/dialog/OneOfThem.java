package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.DayQuestion;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.PendingQuestion;

/**
 * "The first one", "the second key", "de tweede" after an answer for several things ("one key on 1 March and another
 * on 1 June"): that one of them, by its place in the answer. The conversation then keeps that thing's date, so that
 * "how many days left?" or "sorry, I meant 2025" is about it, and holds the answer for all of them, so that "the second
 * one" or "and my other key?" can still pick another.
 */
final class OneOfThem {

    /** A place in the answer, after a preposition or not, with a noun for the thing or "one" after it. */
    private static final Pattern PLACE = Pattern.compile(
            "(?:\\b(for|of|about|with|voor|van|over|met|bij) )?\\b(?:the|de|het|die) (first|1st|second|2nd|third|3rd|last|eerste|1e|1ste"
            + "|tweede|2e|2de|derde|3e|3de|laatste)(?: (?:one|key|keys|product key|code|subscription|date|sleutel|productcode"
            + "|code|abonnement|datum))?\\b");
    private static final List<List<String>> PLACES = List.of(
            List.of("first", "1st", "eerste", "1e", "1ste"), List.of("second", "2nd", "tweede", "2e", "2de"), List.of("third", "3rd", "derde", "3e", "3de"));
    /** What may stand beside the place when the message asks nothing else: "and the second key?", "en de eerste?". */
    private static final Pattern NOTHING_ELSE = Pattern.compile(
            "^\\s*(?:(?:and|what about|how about|and what about|and for|en|en voor|en wat met|hoe zit het met|en hoe zit het met)\\s*)?\\??\\s*$");

    private final RuleBook book;
    private final KnownDates known;

    OneOfThem(RuleBook book, KnownDates known) {
        this.book = book;
        this.known = known;
    }

    /**
     * The answer about the thing the message picks by its place, the same question as before when it asks nothing else
     * ("and the second key?"), else its own question about that thing, made by {@code respond}. Empty when the
     * conversation holds no answer for several things or the message picks none of them.
     */
    Optional<Reply> answer(Turn turn, Function<Turn, Reply> respond) {
        Optional<PendingQuestion> pending = turn.pending().filter(p -> p.aboutRule() && !p.awaitsAnswer());
        Optional<PendingQuestion> all = pending.flatMap(OneOfThem::answered);
        Optional<DateRule> rule = pending.flatMap(p -> book.rule(p.intent()));
        if (all.isEmpty() || rule.isEmpty()) {
            return Optional.empty();
        }
        List<LocalDate> dates = all.get().eachThing();
        Optional<Picked> picked = picked(turn.text, dates.size()).or(() -> theOther(turn.text, pending.get(), all.get()));
        if (picked.isEmpty() || picked.get().place() < 1 || picked.get().place() > dates.size()) {
            return Optional.empty();
        }
        LocalDate date = dates.get(picked.get().place() - 1);
        Map<String, LocalDate> facts = new HashMap<>(all.get().facts());
        facts.put(all.get().awaitedFact(), date);
        Optional<DayQuestion> day = KeptDay.from(pending.get());
        turn.setPending(DatedAnswer.pending(rule.get(), facts, List.of(), pending.get().yesNo(), day, turn).holding(all.get()));
        if (picked.get().rest().isEmpty()) {
            return Optional.of(day.flatMap(d -> known.answerOn(turn, rule.get(), d))
                    .orElseGet(() -> known.fromConversation(turn, rule.get(), date, pending.get().yesNo())));
        }
        Turn question = turn.withText(picked.get().rest().get());
        Reply reply = respond.apply(question);
        turn.adopt(question);
        return Optional.of(reply);
    }

    /** The answer for several things {@code pending} is, or holds while it is about one of them; else empty. */
    static Optional<PendingQuestion> answered(PendingQuestion pending) {
        return pending.eachThing().size() > 1 ? Optional.of(pending) : pending.ruleHeld().filter(held -> held.eachThing().size() > 1);
    }

    /**
     * After the date of one of several things was chosen again ({@code chosen}, a correction of it or a reading offered
     * for it), the conversation keeps that thing's new answer and holds the answer for all with the new date in its place.
     * {@code before} is the question the choice answered.
     */
    static void replaceChosen(Turn turn, PendingQuestion before, LocalDate chosen) {
        Optional<PendingQuestion> all = answered(before);
        Optional<PendingQuestion> now = turn.pending().filter(p -> p.aboutRule() && !p.awaitsAnswer() && p.intent().equals(before.intent()));
        if (all.isEmpty() || now.isEmpty()) {
            return;
        }
        List<LocalDate> dates = new ArrayList<>(all.get().eachThing());
        int place = before.readings().size() == dates.size() ? before.readings().indexOf(chosen)
                : before == all.get() ? -1 : dates.indexOf(before.facts().get(before.awaitedFact()));
        if (place < 0) {
            return;
        }
        dates.set(place, chosen);
        Map<String, LocalDate> facts = new HashMap<>(all.get().facts());
        facts.put(all.get().awaitedFact(), dates.get(dates.size() - 1));
        PendingQuestion updated = new PendingQuestion(all.get().intent(), all.get().awaitedFact(), facts, List.of(), all.get().yesNo(),
                all.get().askedAt(), all.get().asked(), dates, null);
        turn.setPending(now.get().holding(updated));
    }

    /** A place named in {@code text} and the question beside it, if any. */
    record Picked(int place, Optional<String> rest) {
    }

    /** The place "the first one", "de tweede sleutel" names among {@code count} things, and what the message asks of it. */
    static Optional<Picked> picked(String text, int count) {
        Matcher matcher = PLACE.matcher(Normalized.of(text));
        if (!matcher.find()) {
            return Optional.empty();
        }
        String word = matcher.group(2);
        int place = word.equals("last") || word.equals("laatste") ? count : placeOf(word);
        String without = text.substring(0, matcher.start()) + text.substring(matcher.end());
        if (NOTHING_ELSE.matcher(Normalized.words(without)).matches()) {
            return Optional.of(new Picked(place, Optional.empty()));
        }
        // "Is the first one still valid?" asks of it: the thing stays in the sentence as a pronoun.
        String pronoun = matcher.group(1) != null ? "" : isDutch(word) ? "hij" : "it";
        String rest = (text.substring(0, matcher.start()) + pronoun + text.substring(matcher.end())).replaceAll("\\s+", " ").strip();
        return Optional.of(new Picked(place, Optional.of(rest.replaceAll("\\s+([?.!,])", "$1"))));
    }

    /** "And my other key?" while the conversation is about one of two things: the other one. */
    private static Optional<Picked> theOther(String text, PendingQuestion pending, PendingQuestion all) {
        if (pending == all || all.eachThing().size() != 2 || FollowUps.andMyOther(text).isEmpty()
                || !Normalized.of(text).matches(".*\\b(?:other|andere|ander)\\b.*")) {
            return Optional.empty();
        }
        int focused = all.eachThing().indexOf(pending.facts().get(pending.awaitedFact()));
        return focused < 0 ? Optional.empty() : Optional.of(new Picked(2 - focused, Optional.empty()));
    }

    private static int placeOf(String word) {
        for (int i = 0; i < PLACES.size(); i++) {
            if (PLACES.get(i).contains(word)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The Dutch place words all end in "e" ("eerste", "2e", "laatste"), the English ones never. */
    private static boolean isDutch(String word) {
        return word.endsWith("e");
    }
}
