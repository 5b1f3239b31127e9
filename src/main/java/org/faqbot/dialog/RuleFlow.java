package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.InvalidDate;
import org.faqbot.nlu.NamedMonth;
import org.faqbot.nlu.NamedSpan;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.nlu.YearlessPolicy;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.DayQuestion;
import org.faqbot.rules.Polarity;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.Tense;
import org.faqbot.search.SearchResult;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.ProfileFact;

/**
 * Applies date rules to the user's own dates: answers when the date is there ({@link DatedAnswer}, or
 * {@link EndAnswer} for the end of the rule's thing), from a date the conversation or the user's memory holds
 * ({@link KnownDates}), and asks for it when there is none ({@link GeneralAnswer}). Keeps the rule question as
 * pending state, so the next message can give or correct the date.
 */
final class RuleFlow {

    private final RuleBook book;
    private final RuleRouter router;
    private final RuleReplies replies;
    private final Texts texts;
    private final Profiles profiles;
    private final DatePicker dates;
    private final EndAnswer ends;
    private final KnownDates known;
    private final GeneralAnswer general;
    private final DatedAnswer dated;
    private final AnotherPersonsDate anothers;
    private final DayCount counts;
    private final BoundedAnswer bounded;

    RuleFlow(RuleBook book, RuleRouter router, RuleReplies replies, FaqResponder faq, Texts texts, Profiles profiles,
            int minYear, int maxYear) {
        this.book = book;
        this.router = router;
        this.replies = replies;
        this.texts = texts;
        this.profiles = profiles;
        this.dates = new DatePicker(book, router);
        BoundedAnswer bounded = new BoundedAnswer(book, replies, texts);
        this.bounded = bounded;
        this.ends = new EndAnswer(book, replies, bounded, texts, minYear, maxYear);
        this.known = new KnownDates(book, replies, texts, profiles);
        this.general = new GeneralAnswer(book, replies, faq, texts);
        this.dated = new DatedAnswer(book, replies, texts, bounded, minYear, maxYear);
        this.anothers = new AnotherPersonsDate(replies, texts, new PersonsDates(book, replies, texts));
        this.counts = new DayCount(book, router, texts);
    }

    RuleRouter.Routing route(Turn turn) {
        return router.route(turn.text, turn.lang, turn.today, turn.pending().map(PendingQuestion::intent));
    }

    /**
     * {@code sameFact}, or when it has fewer than two dates and the message gives the user's date and another person's
     * ("mijn key is van 3 maart en die van mijn collega van 5 mei"), the dates whose owners tell them apart: the
     * colleague's date has no cue of the fact, and would otherwise be dropped or taken for the user's.
     */
    private static List<DateMention> withOthersThings(Turn turn, List<DateMention> sameFact, RuleRouter.Routing routing) {
        if (sameFact.size() >= 2) {
            return sameFact;
        }
        List<DateMention> all = new java.util.ArrayList<>(sameFact);
        routing.otherDates().stream().filter(d -> !all.contains(d)).forEach(all::add);
        all.sort(java.util.Comparator.comparingInt(DateMention::start));
        List<Optional<String>> owners = SeveralThings.owners(turn.text, all);
        return all.size() >= 2 && owners.contains(Optional.empty()) && owners.stream().anyMatch(Optional::isPresent) ? all : sameFact;
    }

    /**
     * Answers a message that gives dates for a rule, or empty when no rule fits them (then the FAQ
     * answers).
     */
    Optional<Reply> withDates(Turn turn, RuleRouter.Routing routing) {
        // "How many days until 15 December?" counts to a day: no fact of any rule's.
        Optional<Reply> count = counts.answer(turn, routing, turn.pending());
        if (count.isPresent() || routing.rule().isEmpty()) {
            return count;
        }
        DateRule rule = routing.rule().get();
        // The end of the rule's own thing ("my key expires on 1 March") answers unless the rule's own fact is given too.
        Optional<DateMention> end = Optional.ofNullable(routing.endDates().get(rule.id()));
        if (end.isPresent() && !routing.factMentions().containsKey(rule.spec().fact())) {
            return Optional.of(ends.answer(turn, rule, end.get(), routing.yesNo()));
        }
        Optional<Reply> inSpan = spanWithoutFact(turn, rule, routing);
        if (inSpan.isPresent()) {
            return inSpan;
        }
        // "Is my key still valid on 1 March?" gives the day it asks about, not the rule's date.
        Optional<DayQuestion> askedAlone = dates.askedAlone(rule, routing, turn);
        if (askedAlone.isPresent()) {
            return Optional.of(askedWithoutFact(turn, rule, askedAlone.get()));
        }
        Optional<DatePicker.Pick> pick = dates.pick(rule, routing, turn);
        Map<String, LocalDate> known = pick.map(p -> givenBeside(p, routing, turn)).orElseGet(() -> DatePicker.resolvedFacts(routing.factDates()));
        Optional<EndDates.AskedEnd> askedEnd = routing.askedEnd(rule);
        if (pick.isEmpty() && askedEnd.isPresent()) {
            return Optional.of(askedWithoutFact(turn, rule, DatePicker.question(askedEnd.get())));
        }
        if (pick.isEmpty()) {
            turn.setPending(pending(rule, known, List.of(), routing.yesNo(), Optional.empty(), turn));
            String context = unusedDates(rule, routing, turn).map(u -> u + "\n\n").orElse("") + replies.generalRule(rule, turn.lang);
            return Optional.of(replies.ask(rule, turn.lang, Optional.of(context)));
        }
        List<DateMention> sameFact = withOthersThings(turn, routing.factMentions().getOrDefault(rule.spec().fact(), List.of()), routing);
        // "My colleague Sanne redeemed hers on 10 June, ...": answered as hers, her date kept under her name.
        return anothers.alone(turn, rule, pick.get(), known, routing.yesNo())
                .or(() -> Optional.of(dated.answer(turn, rule, pick.get(), known, routing.yesNo() || turn.namedAskedDay(), sameFact)));
    }

    /**
     * Says that the dates the message gave are of no use to the rule and which date it needs instead ("my
     * key expires on 1 March" gives no redeem date), so that the question back does not ignore them silently.
     */
    private Optional<String> unusedDates(DateRule rule, RuleRouter.Routing routing, Turn turn) {
        List<String> given = routing.factDates().values().stream().map(m -> FaqResponder.escape(m.text())).distinct().toList();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        String label = book.factOf(rule).label().get(turn.lang);
        return Optional.of(texts.get(turn.lang, "rule.unused_date", String.join(", ", given), label));
    }

    /**
     * Answers a personal date question that gives no date: from the FAQ with an offer to work out the
     * user's own date when the FAQ answers the question, otherwise with the question back.
     */
    Reply withoutDates(Turn turn, DateRule rule, RuleRouter.Routing routing, SearchResult search) {
        boolean yesNo = routing.yesNo();
        // "Has my key expired?" asks the other way round from "can I still use it?".
        Optional<Reply> endedToday = routing.askedToday(rule, turn.today).flatMap(asked -> known.answerOn(turn, rule, asked));
        if (endedToday.isPresent()) {
            return endedToday.get();
        }
        Optional<Reply> inSpan = spanWithoutFact(turn, rule, routing);
        if (inSpan.isPresent()) {
            return inSpan.get();
        }
        Optional<Reply> given = fromBound(turn, rule).or(() -> fromGiven(turn, rule, yesNo));
        if (given.isPresent()) {
            return given.get();
        }
        Optional<List<ProfileFact>> memory = profiles.recall(turn.message.userId());
        Optional<ProfileFact> stored = memory.flatMap(facts -> Profiles.storedFor(facts, rule));
        if (stored.isPresent()) {
            return known.fromProfile(turn, rule, stored.get(), yesNo);
        }
        // "Has my key expired?" / "will it expire?" keep their question for the date the user gives next.
        Optional<DayQuestion> asked = routing.askedToday(rule, turn.today);
        turn.setPending(pending(rule, Map.of(), List.of(), yesNo, asked, turn));
        Reply reply = general.answer(turn, rule, search);
        return memory.isPresent() ? reply : profiles.withUnreachableNote(reply);
    }

    /**
     * {@code rule}'s answer from the date the conversation holds for its fact or one it accepts ("and VS subscriptions?"
     * after a benefit expiry date), kept as the open question; empty when it holds none.
     */
    Optional<Reply> fromGiven(Turn turn, DateRule rule, boolean yesNo) {
        Optional<LocalDate> given = KnownDates.lastGiven(turn, rule);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Reply reply = known.fromConversation(turn, rule, given.get(), yesNo);
        AnsweredElsewhere.keep(turn, rule, given.get(), yesNo);
        return Optional.of(reply);
    }

    /** The FAQ's sentence of {@code rule}, quoted, for an answer in general without a question back. */
    String generalRule(DateRule rule, org.faqbot.kb.Lang lang) {
        return replies.generalRule(rule, lang);
    }

    /**
     * Answers a general question about the rule ("how long is a product key valid?") with its general answer and the
     * offer to work out the user's own date; the rule question stays open, so that the date can simply come next.
     */
    Reply general(Turn turn, DateRule rule, SearchResult search) {
        Optional<Reply> inSpan = spanWithoutFact(turn, rule, route(turn));
        if (inSpan.isPresent()) {
            return inSpan.get();
        }
        turn.setPending(pending(rule, Map.of(), List.of(), false, Optional.empty(), turn));
        return general.answerInGeneral(turn, rule, search);
    }

    /**
     * "Kan ik mijn VS-abonnement in maart opnieuw toewijzen?", "will my key still work next summer?" with no date of the
     * rule's own: answered for that span from the date the conversation or the user's memory holds, else asked back with
     * the span kept for the date given next ({@link AskedSpan}). Empty when the message names no such span or gives
     * another date besides.
     */
    private Optional<Reply> spanWithoutFact(Turn turn, DateRule rule, RuleRouter.Routing routing) {
        Optional<AskedSpan.Found> span = AskedSpan.find(turn.text, turn.lang, turn.today, Optional.empty(), dates.spanCues(rule, turn.lang));
        List<DateMention> mentions = new java.util.ArrayList<>(routing.otherDates());
        routing.factMentions().values().forEach(mentions::addAll);
        if (span.isEmpty() || !mentions.stream().allMatch(span.get()::covers)) {
            return Optional.empty();
        }
        turn.setNamedAskedDay();
        return Optional.of(askedWithoutFact(turn, rule, span.get().question()));
    }

    /**
     * "Is my key still valid on 1 March?" or "does my key expire on 1 March?" without the rule's own date in the
     * message: answered from the date the conversation or the user's memory holds, else asked back with what the day
     * needs. The question back keeps the day, so that the date given next answers the yes/no for it.
     */
    private Reply askedWithoutFact(Turn turn, DateRule rule, DayQuestion asked) {
        Optional<Reply> answered = known.answerOn(turn, rule, asked);
        if (answered.isPresent()) {
            return answered.get();
        }
        turn.setPending(pending(rule, Map.of(), List.of(), true, Optional.of(asked), turn));
        String day = texts.date(asked.day(), turn.lang);
        String label = book.factOf(rule).label().get(turn.lang);
        String needs = asked.through().isPresent() ? texts.get(turn.lang, "rule.asked_span.needs_fact", replies.span(asked, turn.lang), label)
                : asked.polarity() == Polarity.ALLOWED
                ? texts.get(turn.lang, "rule.asked_day.needs_fact", day, label)
                : texts.get(turn.lang, "rule.asked_end.needs_fact", day, label, texts.date(rule.factFor(asked.day()), turn.lang));
        return replies.ask(rule, turn.lang, Optional.of(needs + "\n\n" + replies.generalRule(rule, turn.lang)));
    }

    /**
     * See {@link KnownDates#fromConversation(Turn, boolean)}; "has it expired already?" is answered the other way
     * round from "can I still use it?".
     */
    Optional<Reply> fromConversation(Turn turn, RuleRouter.Routing routing) {
        Optional<DateRule> open = turn.pending().flatMap(p -> book.rule(p.intent()));
        Optional<DayQuestion> endedToday = open.flatMap(rule -> routing.askedToday(rule, turn.today));
        if (endedToday.isPresent()) {
            return known.answerOn(turn, open.get(), endedToday.get());
        }
        return known.fromConversation(turn, routing.yesNo()).or(() -> open.flatMap(rule -> fromBound(turn, rule)));
    }

    /**
     * {@code rule}'s answer again from the bounds the open question kept of its date ("is hij dan nog geldig?" after "begin
     * maart ingewisseld" was answered from 1 - 10 March); empty when it kept none.
     */
    private Optional<Reply> fromBound(Turn turn, DateRule rule) {
        return turn.pending().filter(p -> p.intent().equals(rule.id())).flatMap(PendingQuestion::factBound)
                .flatMap(bound -> bounded.again(turn, rule, bound));
    }

    /** The answer the conversation's kept date gives, as a date question and not a yes/no; empty when none is kept. */
    Optional<Reply> again(Turn turn) {
        return known.fromConversation(turn, false);
    }

    /** See {@link KnownDates#fromProfile(Turn, boolean)}. */
    Optional<Reply> fromProfile(Turn turn, boolean yesNo) {
        return known.fromProfile(turn, yesNo);
    }

    /** See {@link KnownDates#whichDate}. */
    Reply whichDate(Turn turn) {
        return known.whichDate(turn);
    }

    /**
     * "En in juli?", "is mijn key in juli nog geldig?" after the rule's answer: the rule's answer for that month or
     * season ({@link AskedSpan}) from the date the conversation holds, the open question kept. Empty when the message
     * gives a date of its own, asks no such span or the conversation holds no date for the rule.
     */
    Optional<Reply> askedInSpan(Turn turn, PendingQuestion pending, RuleRouter.Routing routing) {
        Optional<DateRule> rule = routing.rule().or(() -> book.rule(pending.intent()));
        Optional<LocalDate> given = rule.flatMap(r -> KnownDates.lastGiven(turn, r));
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Optional<AskedSpan.Found> span = AskedSpan.find(turn.text, turn.lang, turn.today, given, dates.spanCues(rule.get(), turn.lang));
        List<DateMention> mentions = new java.util.ArrayList<>(routing.otherDates());
        routing.factMentions().values().forEach(mentions::addAll);
        // "If I redeem a key in January, is it still valid in December?" gives a date of its own: not the conversation's.
        boolean otherMonth = NamedMonth.all(turn.text, turn.lang, turn.today).stream()
                .anyMatch(month -> month.start() >= span.map(AskedSpan.Found::end).orElse(0) || month.end() <= span.map(AskedSpan.Found::start).orElse(0));
        if (span.isEmpty() || otherMonth || !mentions.stream().allMatch(span.get()::covers)) {
            return Optional.empty();
        }
        Optional<Reply> reply = known.answerOn(turn, rule.get(), span.get().question());
        if (reply.isPresent() && rule.get().id().equals(pending.intent())) {
            // The span stays with the dates, so that "nee, het was 4 juni" next is answered for March again.
            turn.setPending(pending(rule.get(), pending.facts(), List.of(), pending.yesNo(), Optional.of(span.get().question()), turn)
                    .withEachThing(pending.eachThing()));
        }
        return reply;
    }

    /**
     * Handles a message while a rule question is pending. Empty when the message is not about it
     * (then it is answered as a new message).
     */
    Optional<Reply> continuePending(Turn turn, PendingQuestion pending, RuleRouter.Routing routing) {
        DateRule rule = book.rule(pending.intent()).orElse(null);
        if (rule == null) {
            turn.clearPending();
            return Optional.empty();
        }
        // "And my VS sub from 3 weeks ago, can I reassign?" after the key's answer asks a yes/no of the user's own that
        // another rule's cues chose: that rule's question with the new date, not the key's rule again.
        // "We hebben op 15 februari verlengd" in answer to the VS grace question gives that rule's own date, though the
        // renewal's cues choose the renewal window's rule: a statement with only dates the open rule takes answers it.
        boolean answersOpen = awaiting(pending) && !routing.factDates().isEmpty() && !QuestionShape.isQuestion(turn.text)
                && routing.factDates().keySet().stream().allMatch(rule.spec()::takes);
        boolean otherRule = routing.rule().filter(r -> !r.id().equals(rule.id())).isPresent() && !answersOpen
                && (routing.personalDateQuestion() || !routing.factDates().isEmpty()
                        || routing.yesNo() && QuestionShape.isPersonal(turn.text));
        Optional<Reply> count = otherRule || !routing.hasDates() ? Optional.empty() : counts.answer(turn, routing, Optional.of(pending));
        if (otherRule || !routing.hasDates() || count.isPresent()) {
            return count;
        }
        // Right after the answer, "is it still valid on 1 March?" asks about that day, not of a key redeemed then. The day
        // stays with the dates, so that "and on 1 April?" next is the same question again, not a key redeemed on 1 April.
        Optional<DayQuestion> asked = awaiting(pending) ? Optional.empty() : dates.askedAlone(rule, routing, turn);
        if (asked.isPresent()) {
            Optional<Reply> reply = known.answerOn(turn, rule, asked.get());
            reply.ifPresent(r -> turn.setPending(pending(rule, pending.facts(), List.of(), pending.yesNo(), asked, turn)
                    .withEachThing(pending.eachThing())));
            return reply;
        }
        Optional<DatePicker.Pick> pick = dates.pick(rule, routing, turn);
        if (pick.isEmpty()) {
            return Optional.empty();
        }
        // "And my colleague on 5 February" after the user's own date: theirs, answered beside the user's.
        Optional<Reply> theirs = anothers.answer(turn, rule, pending, pick.get());
        if (theirs.isPresent()) {
            return theirs;
        }
        Map<String, LocalDate> known = new HashMap<>(pending.facts());
        known.putAll(givenBeside(pick.get(), routing, turn));
        DatePicker.Pick withDay = keptDay(turn, pending, pick.get());
        return Optional.of(dated.answer(turn, rule, withDay, known, carriedYesNo(turn, pending) || routing.yesNo() || withDay.askedDay().isPresent()));
    }

    /**
     * Whether the open question's yes/no holds for this message too: a reply that only gives the date ("on 1 December")
     * keeps it, a message that asks for a date of its own ("..., until when?", "hoe lang dan?") is a new question.
     */
    private static boolean carriedYesNo(Turn turn, PendingQuestion pending) {
        QuestionShape.Read shape = QuestionShape.read(turn.text);
        return pending.yesNo() && !(shape.isQuestion() && shape.asksForDate());
    }

    /**
     * The pick with the day the open question asked about, when the message asks about none of its own and only gives
     * the date ("on 1 December 2020", "sorry, I meant 5 December"): a new question asks what it asks.
     */
    private DatePicker.Pick keptDay(Turn turn, PendingQuestion pending, DatePicker.Pick pick) {
        if (pick.askedDay().isPresent() || (!awaiting(pending) && QuestionShape.isQuestion(turn.text))) {
            return pick;
        }
        return pick.withAskedDay(KeptDay.from(pending));
    }

    /** Answers with one of the readings the bot offered for an ambiguous date. */
    Optional<Reply> chooseReading(Turn turn, PendingQuestion pending, LocalDate chosen) {
        Optional<DateRule> rule = book.rule(pending.intent());
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        Optional<DayQuestion> asked = KeptDay.from(pending);
        DatePicker.Pick pick = new DatePicker.Pick(new ResolvedDate(chosen.toString(), 0, 0, chosen, false, true), false, false, false, asked);
        Reply reply = dated.answer(turn, rule.get(), pick, pending.facts(), pending.yesNo() || asked.isPresent());
        // The date of one of several things answered before: the others stay for "the first one" or "my other key".
        OneOfThem.replaceChosen(turn, pending, chosen);
        return Optional.of(reply);
    }

    /** The question for the fact {@code pending} waits for ("On what date did you redeem the product key?"), if its rule is known. */
    Optional<String> factQuestion(Turn turn, PendingQuestion pending) {
        return book.rule(pending.intent()).map(rule -> book.factOf(rule).ask().get(turn.lang));
    }

    /**
     * "In June" in answer to the question back for the day: answered from all the month's days when they decide the rule
     * ({@link BoundedAnswer}), as "I redeemed it in June, until when?" is in one message; a thing done is in the last such
     * month begun by today, a date still to come in the next. Empty when the days leave the answer open (the bot then asks
     * for the day in that month) or the message names no month for the fact asked.
     */
    Optional<Reply> fromMonth(Turn turn, PendingQuestion pending) {
        Optional<DateRule> rule = book.rule(pending.intent()).filter(r -> !pending.facts().containsKey(pending.awaitedFact()));
        Optional<NamedMonth> month = rule.flatMap(r -> MonthOfFact.answeredMonth(turn, book.factOf(r), book.facts()));
        Optional<InvalidDate> span = month.flatMap(m -> NamedSpan.in(turn.text, turn.lang, turn.today)).filter(s -> s.start() == month.get().start());
        if (span.isEmpty()) {
            return Optional.empty();
        }
        InvalidDate days = book.factOf(rule.get()).tense() == Tense.PAST ? span.get() : NamedSpan.ahead(span.get(), turn.text, turn.today);
        Optional<DayQuestion> asked = KeptDay.from(pending);
        boolean yesNo = pending.yesNo() || asked.isPresent();
        turn.setPending(pending(rule.get(), pending.facts(), List.of(), yesNo, asked, turn));
        Optional<Reply> reply = bounded.answer(turn, rule.get(), new DatePicker.Pick(days, false, false, false, asked), yesNo);
        if (reply.isEmpty()) {
            turn.setPending(pending);
        }
        return reply;
    }

    /** Reminds the user what the pending question still needs. */
    Reply stillNeeded(Turn turn, PendingQuestion pending) {
        Optional<DateRule> rule = book.rule(pending.intent());
        String ask = rule.map(r -> book.factOf(r).ask().get(turn.lang)).orElse("");
        String text = rule.flatMap(r -> MonthOfFact.answered(turn, book.factOf(r), book.facts(), texts)).map(month -> texts.get(turn.lang, "pending.still_needed.month", month, ask))
                .orElseGet(() -> texts.get(turn.lang, "pending.still_needed", ask));
        return Reply.builder(turn.lang, ReplyType.CLARIFY, text)
                .intent(pending.intent())
                .build();
    }

    /** True when a question asked in between is about the pending one (its source entry or its fact). */
    boolean related(PendingQuestion pending, Turn turn, Reply answer) {
        Optional<DateRule> rule = book.rule(pending.intent());
        if (rule.isEmpty()) {
            return false;
        }
        boolean sameEntry = answer.faqId().filter(id -> id.equals(rule.get().spec().source())).isPresent();
        return sameEntry || router.mentionsFact(turn.text, turn.lang, book.factOf(rule.get()));
    }

    boolean awaiting(PendingQuestion pending) {
        return !pending.facts().containsKey(pending.awaitedFact()) || !pending.readings().isEmpty();
    }

    /**
     * The facts the message gives, without the day its yes/no asks about: in "can I still redeem a key on 10 February?"
     * the redeem word also made that day a key's redeem date, which the conversation would then keep as a second date
     * given ("you gave me more than one date").
     */
    private Map<String, LocalDate> givenBeside(DatePicker.Pick pick, RuleRouter.Routing routing, Turn turn) {
        Map<String, DateMention> given = new HashMap<>(routing.factDates());
        pick.askedDay().ifPresent(asked -> given.values().removeIf(
                mention -> mention.start() != pick.mention().start() && isDay(mention, asked.day(), turn)));
        return DatePicker.resolvedFacts(given);
    }

    /** Whether {@code mention} is {@code day}, read as a day asked about (one still to come unless its year says otherwise). */
    private boolean isDay(DateMention mention, LocalDate day, Turn turn) {
        return router.reread(mention, turn.text, turn.lang, turn.today, YearlessPolicy.NEXT_OR_DAYS_PASSED) instanceof ResolvedDate date
                && date.date().equals(day);
    }

    /**
     * "And if it was later?" after {@code pending}'s answer: the rule's question back, led by a word that the answer
     * depends on that day, with the rule open again for the date that comes next.
     */
    Optional<Reply> otherDayAsked(Turn turn, PendingQuestion pending) {
        return book.rule(pending.intent()).map(rule -> {
            turn.setPending(pending(rule, Map.of(), List.of(), pending.yesNo(), Optional.empty(), turn));
            return replies.ask(rule, turn.lang, Optional.of(texts.get(turn.lang, "rule.other_day")));
        });
    }

    private static PendingQuestion pending(DateRule rule, Map<String, LocalDate> facts, List<LocalDate> readings,
            boolean yesNo, Optional<DayQuestion> asked, Turn turn) {
        return DatedAnswer.pending(rule, facts, readings, yesNo, asked, turn);
    }
}
