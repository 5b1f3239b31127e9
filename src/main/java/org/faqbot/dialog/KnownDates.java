package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.DayQuestion;
import org.faqbot.rules.Evaluation;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.ProfileFact;

/**
 * Answers rule questions that give no date of their own from the dates the bot already has: the one this
 * conversation gave for the rule (kept with the open rule question for 15 minutes), else one the user asked the
 * bot to remember. Each reply says where its date came from.
 */
final class KnownDates {

    private final RuleBook book;
    private final RuleReplies replies;
    private final Texts texts;
    private final Profiles profiles;

    KnownDates(RuleBook book, RuleReplies replies, Texts texts, Profiles profiles) {
        this.book = book;
        this.replies = replies;
        this.texts = texts;
        this.profiles = profiles;
    }

    /**
     * The date this conversation gave for the rule's fact, kept with the open rule question. A question about another
     * rule takes the date given for the open one when it counts from that fact or accepts it in place of its own, as it
     * would in one message: after "our benefits expire on 1 March, until when can we redeem keys?", "and the VS
     * subscriptions?" counts their 30 days from 1 March rather than ask for the enrollment renewal date.
     */
    static Optional<LocalDate> lastGiven(Turn turn, DateRule rule) {
        Optional<PendingQuestion> pending = turn.pending().filter(PendingQuestion::aboutRule);
        Optional<LocalDate> own = pending.filter(p -> p.intent().equals(rule.id())).map(p -> p.facts().get(rule.spec().fact()));
        if (own.isPresent() || pending.filter(p -> p.intent().equals(rule.id())).isPresent()) {
            // A question back for another of the same thing ("and my other key?") is not answered from the first one's date.
            return own.or(() -> pending.filter(PendingQuestion::awaitsAnswer)
                    .filter(p -> p.ruleHeld().filter(held -> !held.intent().equals(rule.id())).isPresent())
                    .flatMap(p -> heldGiven(p, rule)));
        }
        return pending.flatMap(p -> acceptedIn(p.facts(), rule).or(() -> heldGiven(p, rule)));
    }

    /**
     * The date an answered rule question held by a question back gave for the rule's fact or one it accepts: a date the
     * user gave stays known while the bot asks about something else ("until when does that key work?", then "and VS
     * subscriptions?" after a benefit expiry date), not only for the question asked right after it.
     */
    private static Optional<LocalDate> heldGiven(PendingQuestion pending, DateRule rule) {
        return pending.ruleHeld().filter(held -> held.aboutRule() && !held.awaitsAnswer())
                .flatMap(held -> acceptedIn(held.facts(), rule));
    }

    private static Optional<LocalDate> acceptedIn(Map<String, LocalDate> facts, DateRule rule) {
        return Stream.concat(Stream.of(rule.spec().fact()), rule.spec().accepts().stream())
                .map(facts::get).filter(Objects::nonNull).findFirst();
    }

    /**
     * The dates of each thing this conversation's last answer was for, when it was for several of the rule's things
     * ("one key on 1 March and another on 1 June"), in the order given; else empty.
     */
    static List<LocalDate> eachGiven(Turn turn, DateRule rule) {
        return turn.pending().filter(p -> p.intent().equals(rule.id()) && p.eachThing().size() > 1)
                .map(PendingQuestion::eachThing).orElse(List.of());
    }

    /**
     * A follow-up after an answer for several things ("how many days are left?", "has it expired?") answered for each
     * of them again, rather than for the last one only.
     */
    private Reply forEach(Turn turn, DateRule rule, List<LocalDate> each, boolean yesNo, Optional<DayQuestion> asked) {
        List<Evaluation> evaluations = each.stream().map(date -> Evaluation.of(rule, date, turn.today)).toList();
        // Answers for the user and a colleague keep their names ("Yours:", "Sanne's:").
        return replies.each(evaluations, turn.lang, yesNo, asked, Map.of(), texts.get(turn.lang, "rule.from_conversation.each"),
                PersonsDates.namesOf(turn, rule, each, texts));
    }

    /**
     * The dates of an answered rule question, without what it asked (a yes/no, a day): kept past a cancel or an FAQ
     * answer in between, so that "how many days left?" still has them. While the bot still waits for a date, those of
     * the answer the question back holds ("and my membership?" after the VS subscription's answer), if any.
     */
    static Optional<PendingQuestion> workedOut(PendingQuestion pending) {
        if (!pending.aboutRule()) {
            return Optional.empty();
        }
        Optional<PendingQuestion> answered = pending.awaitsAnswer()
                ? pending.ruleHeld().filter(held -> held.aboutRule() && !held.awaitsAnswer())
                : Optional.of(pending);
        return answered.map(a -> new PendingQuestion(a.intent(), a.awaitedFact(), a.facts(), List.of(), false,
                pending.askedAt()).withEachThing(a.eachThing()));
    }

    /**
     * Answers "how many days do I have left?" with the rule and date this conversation last worked out,
     * while that question is still open (15 minutes); empty when there is none.
     */
    Optional<Reply> fromConversation(Turn turn, boolean yesNo) {
        Optional<DateRule> rule = turn.pending().flatMap(p -> book.rule(p.intent()));
        Optional<Reply> open = rule.flatMap(r -> lastGiven(turn, r).map(date -> fromConversation(turn, r, date, yesNo)));
        // A question back still waiting for its date, with the answer before it held: "how many days left?" is about that
        // answer, as it is after an FAQ answer in between.
        return open.or(() -> turn.pending().filter(PendingQuestion::awaitsAnswer).flatMap(PendingQuestion::ruleHeld)
                .filter(held -> held.aboutRule() && !held.awaitsAnswer())
                .flatMap(held -> book.rule(held.intent()).flatMap(r -> Optional.ofNullable(held.facts().get(r.spec().fact()))
                        .map(date -> fromConversation(turn, r, date, yesNo)))));
    }

    Reply fromConversation(Turn turn, DateRule rule, LocalDate date, boolean yesNo) {
        List<LocalDate> each = eachGiven(turn, rule);
        if (!each.isEmpty()) {
            return forEach(turn, rule, each, yesNo, Optional.empty());
        }
        return replies.answer(Evaluation.of(rule, date, turn.today), turn.lang, yesNo, Map.of(), Optional.of(conversationPreface(turn, rule, date)));
    }

    /**
     * Answers "how many days do I have left?" from the dates the user asked the bot to remember, when
     * the message names no rule: the rule of the soonest date still ahead.
     */
    Optional<Reply> fromProfile(Turn turn, boolean yesNo) {
        Optional<List<ProfileFact>> memory = profiles.recall(turn.message.userId());
        if (memory.isEmpty()) {
            return Optional.of(Reply.text(turn.lang, ReplyType.CLARIFY, texts.get(turn.lang, "memory.unavailable")));
        }
        List<ProfileFact> stored = memory.get();
        List<Evaluation> all = book.rules().stream()
                .flatMap(rule -> stored.stream().filter(f -> f.fact().equals(rule.spec().fact()))
                        .map(f -> Evaluation.of(rule, f.date(), turn.today)))
                .toList();
        List<Evaluation> ahead = all.stream()
                .filter(e -> e.daysFromToday() >= 0)
                .sorted(Comparator.comparingLong(Evaluation::daysFromToday))
                .toList();
        if (ahead.isEmpty()) {
            // Every remembered date has passed ("my benefits expire on 4 December", remembered on 6 December): the
            // latest one answers, with how long ago it was, rather than a question for a date the user already gave.
            ahead = all.stream().sorted(Comparator.comparingLong(Evaluation::daysFromToday).reversed()).limit(1).toList();
        }
        if (ahead.isEmpty()) {
            return Optional.empty();
        }
        Evaluation first = ahead.get(0);
        // With more than one remembered date the question could mean either: the reply says which it took.
        boolean several = ahead.stream().map(e -> e.rule().spec().fact()).distinct().count() > 1;
        String preface = several
                ? texts.get(turn.lang, "rule.from_profile.several", book.factOf(first.rule()).label().get(turn.lang), texts.date(first.fact(), turn.lang))
                : texts.get(turn.lang, "rule.from_profile");
        return Optional.of(replies.answer(first, turn.lang, yesNo, Map.of(), Optional.of(preface)));
    }

    Reply fromProfile(Turn turn, DateRule rule, ProfileFact stored, boolean yesNo) {
        String preface = texts.get(turn.lang, "rule.from_profile");
        Evaluation evaluation = Evaluation.of(rule, stored.date(), turn.today);
        return replies.answer(evaluation, turn.lang, yesNo, Map.of(), Optional.of(preface));
    }

    /**
     * Answers a question about another day ("does it expire on 1 March?") from the rule's date this conversation
     * gave, else a remembered one; empty when there is neither.
     */
    Optional<Reply> answerOn(Turn turn, DateRule rule, DayQuestion asked) {
        Optional<LocalDate> given = lastGiven(turn, rule);
        List<LocalDate> each = eachGiven(turn, rule);
        if (!each.isEmpty()) {
            return Optional.of(forEach(turn, rule, each, false, Optional.of(asked)));
        }
        if (given.isPresent()) {
            Evaluation evaluation = Evaluation.of(rule, given.get(), turn.today);
            String preface = conversationPreface(turn, rule, given.get());
            return Optional.of(replies.answerOn(evaluation, asked, false, turn.lang, Map.of(), Optional.of(preface)));
        }
        Optional<ProfileFact> stored = profiles.recall(turn.message.userId()).flatMap(facts -> Profiles.storedFor(facts, rule));
        return stored.map(fact -> replies.answerOn(Evaluation.of(rule, fact.date(), turn.today), asked, false, turn.lang, Map.of(),
                Optional.of(texts.get(turn.lang, "rule.from_profile"))));
    }

    /**
     * Asks which date a question such as "how many days do I have left?" is about, when neither the
     * conversation nor the user's stored dates tell.
     */
    Reply whichDate(Turn turn) {
        String labels = String.join("; ", book.facts().stream().map(f -> f.label().get(turn.lang)).toList());
        return Reply.text(turn.lang, ReplyType.CLARIFY, texts.get(turn.lang, "rule.which_date", labels));
    }

    private String conversationPreface(Turn turn, DateRule rule, LocalDate date) {
        // The answer itself names the date ("You redeemed the product key on ..."): the preface only says where it
        // came from, and, when the conversation gave more than one date, which of them it took. One date kept as two
        // facts (the benefit expiry that is also the enrollment renewal) is one date given.
        boolean several = turn.pending().filter(p -> p.facts().values().stream().distinct().count() > 1).isPresent();
        return several
                ? texts.get(turn.lang, "rule.from_conversation.several", book.factOf(rule).label().get(turn.lang), texts.date(date, turn.lang))
                : texts.get(turn.lang, "rule.from_conversation");
    }
}
