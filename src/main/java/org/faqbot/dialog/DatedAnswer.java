package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.nlu.AmbiguousDate;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.InvalidDate;
import org.faqbot.nlu.NumericOrder;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.DayQuestion;
import org.faqbot.rules.Evaluation;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.Tense;
import org.faqbot.store.PendingQuestion;

/**
 * Answers a rule question from the date picked for its fact: the computed date, as a condition for a planned
 * action, for another day a yes/no question asks about, for each reading of an ambiguous date in a question on
 * its own; or the question back for an ambiguous, impossible or inexact date and for a date still to come for
 * something that already happened.
 */
final class DatedAnswer {

    private final RuleBook book;
    private final RuleReplies replies;
    private final Texts texts;
    private final BoundedAnswer bounded;
    private final int minYear;
    private final int maxYear;

    private final DoneRenewal renewal;

    DatedAnswer(RuleBook book, RuleReplies replies, Texts texts, BoundedAnswer bounded, int minYear, int maxYear) {
        this.renewal = new DoneRenewal(texts);
        this.book = book;
        this.replies = replies;
        this.texts = texts;
        this.bounded = bounded;
        this.minYear = minYear;
        this.maxYear = maxYear;
    }

    /**
     * As {@link #answer(Turn, DateRule, DatePicker.Pick, Map, boolean)}, or an answer for each of {@code sameFact}'s
     * dates when the message gives them for different things of the rule ("one key on 1 March and another on 1
     * June"): the same fact of two keys is no correction of one date, and dropping one would drop the key that runs
     * out first.
     */
    Reply answer(Turn turn, DateRule rule, DatePicker.Pick pick, Map<String, LocalDate> known, boolean yesNo,
            List<DateMention> sameFact) {
        List<LocalDate> each = eachThing(turn, rule, pick, sameFact);
        if (each.size() < 2) {
            return answer(turn, rule, pick, known, yesNo);
        }
        Fact fact = book.factOf(rule);
        Map<String, LocalDate> facts = new HashMap<>(known);
        facts.put(fact.id(), each.get(each.size() - 1));
        // Each date stays for follow-ups ("how many days are left?" is answered for each again).
        turn.setPending(pending(rule, facts, List.of(), yesNo, Optional.empty(), turn).withEachThing(each));
        Map<String, LocalDate> others = new HashMap<>(known);
        others.remove(fact.id());
        List<Evaluation> evaluations = each.stream().map(date -> Evaluation.of(rule, date, turn.today)).toList();
        List<DateMention> ordered = sameFact.stream().sorted(java.util.Comparator.comparingInt(DateMention::start)).toList();
        List<String> names = SeveralThings.owners(turn.text, ordered).stream()
                .map(owner -> owner.map(person -> texts.get(turn.lang, "rule.each_persons", person))
                        .orElseGet(() -> texts.get(turn.lang, "rule.each_yours"))).toList();
        List<String> labels = names.isEmpty() ? personNames(turn, rule, ordered).orElseGet(() -> labelNames(turn, ordered)) : List.of();
        return replies.each(evaluations, turn.lang, yesNo, Optional.empty(), others,
                texts.get(turn.lang, names.isEmpty() ? "rule.each_thing" : "rule.each_person"), names.isEmpty() ? labels : names);
    }

    /**
     * Each date's person as its answer's name ("Anna:") when the message gave each thing to someone by name ("to Anna on 3
     * Aug and to Tom on 20 Oct"); each date is also kept as that person's, for "and Anna's?" next.
     */
    private Optional<List<String>> personNames(Turn turn, DateRule rule, List<DateMention> ordered) {
        List<String> persons = PersonLabels.of(turn.text, ordered);
        if (persons.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < persons.size(); i++) {
            PersonsDates.keep(turn, persons.get(i), rule, ((ResolvedDate) ordered.get(i)).date());
        }
        return Optional.of(persons.stream().map(person -> texts.get(turn.lang, "rule.each_label", person)).toList());
    }

    /** Each date's label as its answer's name ("Key A:", "Item 2:"), when each date has one and no two share a day. */
    private List<String> labelNames(Turn turn, List<DateMention> ordered) {
        List<ThingLabels.Label> labels = ThingLabels.of(turn.text, ordered);
        if (labels.size() != ordered.stream().map(m -> ((ResolvedDate) m).date()).distinct().count()
                || labels.stream().anyMatch(label -> label.kind() == ThingLabels.Kind.PAIRED)) {
            return List.of();
        }
        return labels.stream().map(label -> label.kind() == ThingLabels.Kind.LISTED ? texts.get(turn.lang, "rule.each_item", label.text())
                : texts.get(turn.lang, "rule.each_label", Character.toUpperCase(label.text().charAt(0)) + label.text().substring(1))).toList();
    }

    /**
     * The dates of {@code sameFact} in the message's order when they belong to different things (see
     * {@link SeveralThings}), each an exact day that has happened; else empty, and the picked date answers alone.
     */
    private List<LocalDate> eachThing(Turn turn, DateRule rule, DatePicker.Pick pick, List<DateMention> sameFact) {
        boolean plain = pick.several() && !pick.supposed() && pick.askedDay().isEmpty() && pick.mention() instanceof ResolvedDate;
        if (!plain || sameFact.size() < 2 || !(SeveralThings.named(turn.text) || labelled(turn.text, sameFact)
                || !PersonLabels.of(turn.text, sameFact.stream().sorted(java.util.Comparator.comparingInt(DateMention::start)).toList()).isEmpty())
                || !sameFact.stream().allMatch(ResolvedDate.class::isInstance)) {
            return List.of();
        }
        Fact fact = book.factOf(rule);
        List<LocalDate> dates = sameFact.stream().sorted(java.util.Comparator.comparingInt(DateMention::start))
                .map(m -> ((ResolvedDate) m).date()).distinct().toList();
        return dates.stream().anyMatch(d -> fact.notYetHappened(d, turn.today)) ? List.of() : dates;
    }

    /** True when each of the dates has a label of its own ("key A", "sleutel 2", a list's "1.", "the other"): different things. */
    private static boolean labelled(String text, List<DateMention> dates) {
        return !ThingLabels.of(text, dates.stream().sorted(java.util.Comparator.comparingInt(DateMention::start)).toList()).isEmpty();
    }

    /**
     * The answer with the date {@code pick} chose for the rule's fact; {@code known} are the other facts the
     * conversation gave. Keeps the rule question open with the date, or for the date still needed.
     */
    Reply answer(Turn turn, DateRule rule, DatePicker.Pick given, Map<String, LocalDate> known, boolean yesNo) {
        Fact fact = book.factOf(rule);
        DatePicker.Pick pick = leapDayAsked(turn, inWrittenOrder(turn, rule, given));
        if (pick.mention() instanceof AmbiguousDate ambiguous) {
            if (turn.message.standalone()) {
                return eachReading(turn, rule, pick, ambiguous, known, yesNo);
            }
            turn.setPending(pending(rule, known, ambiguous.readings(), yesNo, pick.askedDay(), turn));
            return replies.ambiguous(rule, ambiguous, turn.lang);
        }
        if (pick.mention() instanceof InvalidDate invalid) {
            turn.setPending(pending(rule, known, List.of(), yesNo, pick.askedDay(), turn));
            return bounded.answer(turn, rule, pick, yesNo).orElseGet(() -> replies.invalid(Optional.of(rule), invalid, turn.lang, minYear, maxYear));
        }
        ResolvedDate resolved = (ResolvedDate) pick.mention();
        LocalDate date = resolved.date();
        // A supposition about the past ("if I had redeemed it on 1 March") is a condition, however long ago.
        boolean planned = pick.supposed() && (pick.counterfactual() || !date.isBefore(turn.today));
        if (fact.notYetHappened(date, turn.today) && !planned) {
            return notYetHappened(turn, rule, resolved, known, yesNo, pick.askedDay());
        }
        Map<String, LocalDate> facts = new HashMap<>(known);
        // A past renewal stood in for the rule's date: the notes speak of the next one, which the rule works with.
        pick.recurred().ifPresent(r -> facts.put(r.fact().id(), r.next()));
        facts.put(fact.id(), date);
        // The asked day stays with the answer, so that a correction of the date ("sorry, I meant 5 December") is
        // answered for the same day.
        PendingQuestion answered = pending(rule, facts, List.of(), yesNo, pick.askedDay(), turn)
                .withDateOrder(NumericOrder.of(resolved).map(Enum::name));
        // The past renewal is kept too, so that the answer said in the other language tells what it was worked out from.
        turn.setPending(pick.recurred().map(r -> answered.withRecurred(new PendingQuestion.Recurred(r.fact().id(), r.happened())))
                .orElse(answered));
        Map<String, LocalDate> others = new HashMap<>(facts);
        others.remove(fact.id());
        Optional<String> used = pick.several()
                ? Optional.of(texts.get(turn.lang, "rule.used_date", FaqResponder.escape(pick.mention().text()), book.factOf(rule).label().get(turn.lang)))
                : Optional.empty();
        Optional<String> note = pick.recurred().map(r -> used.map(u -> u + "\n\n").orElse("") + r.text(turn.lang, texts)).or(() -> used);
        Evaluation evaluation = Evaluation.of(rule, date, turn.countFrom());
        boolean supposed = planned && fact.tense() == Tense.PAST;
        if (yesNo && pick.askedDay().isPresent()) {
            return replies.answerOn(evaluation, pick.askedDay().get(), supposed, turn.lang, others, note);
        }
        return supposed
                ? replies.supposed(evaluation, turn.lang, others, note)
                : renewal.withNext(replies.answer(evaluation, turn.lang, yesNo, others, note), turn, fact, resolved, evaluation);
    }

    /**
     * A date that reads two ways ("09/04") for the rule whose date the user wrote before with digits that told the order
     * ("04/20"): the same writer's order, so a correction is not asked about again.
     */
    private static DatePicker.Pick inWrittenOrder(Turn turn, DateRule rule, DatePicker.Pick pick) {
        if (!(pick.mention() instanceof AmbiguousDate ambiguous)) {
            return pick;
        }
        return turn.pending().filter(before -> before.intent().equals(rule.id()))
                .flatMap(PendingQuestion::writtenOrder).flatMap(NumericOrder::named)
                .map(order -> new DatePicker.Pick(order.resolve(ambiguous), pick.several(), pick.supposed(), pick.counterfactual(),
                        pick.askedDay(), pick.recurred()))
                .orElse(pick);
    }

    /** The pick with a year-less 29 February in a year without one made a choice ({@link LeapDay}). */
    private static DatePicker.Pick leapDayAsked(Turn turn, DatePicker.Pick pick) {
        DateMention mention = LeapDay.asChoice(pick.mention(), turn.today);
        return mention == pick.mention() ? pick
                : new DatePicker.Pick(mention, pick.several(), pick.supposed(), pick.counterfactual(), pick.askedDay(), pick.recurred());
    }

    /**
     * A question on its own (`ask`, the HTTP API without a conversation) cannot be asked back, so a date that
     * reads two ways ("03/04/2021") gets the answer for each reading instead of buttons nobody can press.
     */
    private Reply eachReading(Turn turn, DateRule rule, DatePicker.Pick pick, AmbiguousDate ambiguous, Map<String, LocalDate> known,
            boolean yesNo) {
        StringBuilder text = new StringBuilder(texts.get(turn.lang, "rule.each_reading", FaqResponder.escape(ambiguous.text())));
        Reply last = null;
        for (LocalDate reading : ambiguous.readings()) {
            ResolvedDate date = new ResolvedDate(ambiguous.text(), ambiguous.start(), ambiguous.end(), reading, false, true);
            last = answer(turn, rule, new DatePicker.Pick(date, false, pick.supposed(), pick.counterfactual(), pick.askedDay()), known, yesNo);
            text.append("\n\n").append(texts.get(turn.lang, "rule.if_you_meant", texts.date(reading, turn.lang))).append('\n').append(last.text());
        }
        return Reply.builder(turn.lang, ReplyType.RULE, text.toString()).intent(rule.id()).faqId(last.faqId().orElse(null))
                .sourceUrl(last.sourceUrl().orElse(null)).build();
    }

    /**
     * A date still to come for something that has already happened (a key redeemed next month) is a
     * typo or a wrong year, not a fact to compute with. When the user wrote the year, the same day a
     * year earlier is offered as a button, as that is the usual slip; otherwise the user is asked to
     * check the date. The question stays open for the corrected date.
     */
    private Reply notYetHappened(Turn turn, DateRule rule, ResolvedDate date, Map<String, LocalDate> known, boolean yesNo,
            Optional<DayQuestion> asked) {
        LocalDate yearEarlier = date.date().minusYears(1);
        boolean offerYearEarlier = date.yearGiven() && !date.relative() && !yearEarlier.isAfter(turn.today);
        Map<String, LocalDate> facts = new HashMap<>(known);
        facts.remove(rule.spec().fact());
        turn.setPending(pending(rule, facts, offerYearEarlier ? List.of(yearEarlier) : List.of(), yesNo, asked, turn));
        return replies.notYetHappened(rule, date.date(), offerYearEarlier ? Optional.of(yearEarlier) : Optional.empty(), turn.lang);
    }

    /** The rule question kept open for the next message, with the facts known so far and the day it asked about. */
    static PendingQuestion pending(DateRule rule, Map<String, LocalDate> facts, List<LocalDate> readings, boolean yesNo,
            Optional<DayQuestion> asked, Turn turn) {
        return new PendingQuestion(rule.id(), rule.spec().fact(), facts, readings, yesNo, turn.now,
                asked.map(day -> KeptDay.of(day, turn.namedAskedDay())).orElse(null));
    }
}
