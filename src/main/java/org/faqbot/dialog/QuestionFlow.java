package org.faqbot.dialog;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.QuestionParts;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.Evidence;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.Tense;
import org.faqbot.rules.UntilRule;
import org.faqbot.search.SearchResult;
import org.faqbot.store.PendingQuestion;

/**
 * A question, once commands, answers to the bot's own questions and small talk are out of the way: the
 * user's own dates and the date rules first, then the FAQ search, with a question back still open kept
 * open or dropped as the message's relation to it says.
 */
final class QuestionFlow {

    private final RuleFlow rules;
    private final FaqResponder faq;
    private final RuleBook book;
    private final KnowledgeBase kb;
    private final Texts texts;
    private final EndTypos typos;
    private final SeveralQuestions several;
    private final WhereShown shown;
    private final FollowUpContext context;
    private final UnnamedThing unnamed;
    private final JoinedThings joined;
    private final MissedDay missed;
    private final SameKindRule sameKind;
    private final Evidence evidence;

    QuestionFlow(RuleFlow rules, FaqResponder faq, RuleBook book, KnowledgeBase kb, Texts texts) {
        this.rules = rules;
        this.typos = EndTypos.of(book, DetectorVocabulary.allWords(kb, book));
        this.faq = faq;
        this.book = book;
        this.kb = kb;
        this.texts = texts;
        this.shown = new WhereShown(kb);
        this.context = new FollowUpContext(faq, kb, book);
        this.unnamed = new UnnamedThing(texts, book);
        this.joined = new JoinedThings(book);
        this.missed = new MissedDay(book, kb, texts);
        this.sameKind = new SameKindRule(book);
        this.evidence = Evidence.find(book, kb);
        this.several = new SeveralQuestions(texts, new PartSearch(faq), rules::route, faq.known(), joined::namesThing);
    }

    Reply answer(Turn asked) {
        // "Has it expird?" is read, and searched, as "has it expired?"; "the 5th" after "If you tell me the day in March"
        // as "the 5th of March".
        // "My colleague asks if she can renew on 20 February" as the user's own "I wonder if she can ...?"; "doesnt" as "doesn't".
        // A pasted e-mail's own questions ("Want to keep your benefits?") are its sender's when the user asks after it.
        // "No, I meant the membership" as "and my membership?". "When do the key and the subscription expire?" as a
        // question about each.
        Turn corrected = asked.withText(MeantThing.asFollowUp(ReportedQuestion.direct(MonthOfFact.withMonthAsked(
                joined.split(typos.corrected(Contractions.restored(PastedMail.withoutItsQuestions(asked.text)))), asked)), asked.lang, book));
        // "... and what is the weather tomorrow?": a question the FAQ is nowhere near is answered by a note, not read.
        OutsideQuestions.Inside inside = several.inside(corrected);
        Turn turn = corrected.withText(inside.text());
        Turn before = turn.withText(turn.text);
        Turn first = turn;
        Reply reply = turn.pending().isPresent() ? withPending(turn, turn.pending().get())
                : unnamed.ask(turn, rules.route(turn)).orElseGet(() -> fresh(first));
        // "hoe verlengen we onze voordelen en wat kost een brood?": the bread's words can pull the whole message under the
        // threshold (a refit that weighs length reads it at 0.31); then the questions the FAQ is near are answered alone.
        if (!SeveralQuestions.confident(reply) && inside.rest().isPresent() && corrected.pending().isEmpty()) {
            Turn rest = corrected.withText(inside.rest().get());
            Turn restBefore = rest.withText(rest.text);
            Reply alone = fresh(rest);
            if (SeveralQuestions.confident(alone)) {
                turn = rest;
                before = restBefore;
                reply = alone;
            }
        }
        // "How do I renew? And how does activation work?": the other questions' answers follow the first, each
        // answered from the conversation as it was before this message.
        reply = several.withOutsideNote(several.answer(before, turn, reply, this::partAnswer,
                inside.searched()), inside.outside());
        holdWorkedOut(asked.pending(), turn);
        MonthOfFact.keepAsking(asked.pending(), turn);
        asked.adopt(turn);
        return reply;
    }

    /**
     * One question of several in a message, answered from the conversation as it was before the message: "and the
     * benefits?" of "and the key and the benefits?" after the key's question is "and my X?" about that question, as it
     * is when asked alone; searched on its own words it lost that context.
     */
    private Reply partAnswer(Turn part, BiFunction<String, Lang, SearchResult> search) {
        Optional<PendingQuestion> pending = part.pending().filter(PendingQuestion::aboutRule);
        Optional<String> subject = pending.isPresent() ? joinedFollowUp(part.text) : Optional.empty();
        if (subject.isPresent() && !rules.route(part).hasDates()) {
            return sameQuestionAbout(part, pending.get(), subject.get());
        }
        return fresh(part, rules.route(part), search);
    }

    /**
     * The first thing of "and the key? and the benefits?" (two things joined after "and", {@link JoinedThings}) when
     * every question of the message is such a follow-up: the first is answered as "and my X?"; the others follow
     * ({@link #partAnswer}).
     */
    private static Optional<String> firstOfJoined(String text) {
        QuestionParts.Parts parts = QuestionParts.of(text);
        if (!parts.several() || !parts.context().isBlank() || !FollowUpContext.followsUp(text)
                || !parts.questions().stream().allMatch(question -> joinedFollowUp(question).isPresent())) {
            return Optional.empty();
        }
        return joinedFollowUp(parts.questions().get(0));
    }

    /** The thing of a follow-up question of several: "and my X?", or "the benefits?" whose "and" joined it to the one before. */
    private static Optional<String> joinedFollowUp(String question) {
        return FollowUps.andMy(question).or(() -> FollowUps.andMy("and " + question));
    }

    /**
     * A question back that now waits for a date ("and my membership?" after the VS subscription's answer) holds the dates
     * worked out before it, so that a cancel keeps them for "how many days left?" as it does after an answer.
     */
    static void holdWorkedOut(Optional<PendingQuestion> before, Turn turn) {
        Optional<PendingQuestion> held = before.flatMap(KnownDates::workedOut);
        Optional<PendingQuestion> after = turn.pending();
        if (held.isPresent() && after.isPresent() && !after.equals(before) && after.get().aboutRule() && after.get().awaitsAnswer()
                && after.get().ruleHeld().isEmpty()) {
            turn.setPending(after.get().holding(held.get()));
        }
    }

    private Reply withPending(Turn turn, PendingQuestion pending) {
        RuleRouter.Routing routing = rules.route(turn);
        // "And my key from 100 days ago?" after the VS subscription's answer: the key's rule with that date, not the open one.
        Optional<Reply> named = routing.hasDates() && pending.aboutRule() ? otherThingFrom(turn, pending) : Optional.empty();
        if (named.isPresent()) {
            return named.get();
        }
        // "And what about my GDAP relationship created on 1 March?": that date is another thing's, never the open rule's.
        Optional<String> unknown = routing.hasDates() && pending.aboutRule() && routing.rule().isEmpty()
                ? UnknownDatedThing.of(turn.text, turn.lang, book) : Optional.empty();
        if (unknown.isPresent()) {
            return faq.respond(turn.text, turn.lang, faq.search(turn.text, turn.lang), turn.now)
                    .withPreface(texts.get(turn.lang, "followup.unknown_thing", FaqResponder.escape(unknown.get())));
        }
        Optional<Reply> inSpan = pending.aboutRule() && !rules.awaiting(pending) ? rules.askedInSpan(turn, pending, routing) : Optional.empty();
        if (inSpan.isPresent()) {
            return inSpan.get();
        }
        Optional<Reply> continued = rules.continuePending(turn, pending, routing);
        if (continued.isPresent()) {
            return continued.get();
        }
        boolean awaiting = rules.awaiting(pending);
        Optional<Reply> followUp = followUp(turn, pending, routing, awaiting);
        if (followUp.isPresent()) {
            return followUp.get();
        }
        if (awaiting && !routing.hasDates() && !QuestionShape.isQuestion(turn.text) && !AnsweredElsewhere.newTopic(turn, routing, pending)
                && !TopicWord.only(turn.text, book)) {
            return rules.fromMonth(turn, pending).orElseGet(() -> rules.stillNeeded(turn, pending));
        }
        Reply reply = fresh(turn, routing);
        // An answer again from the bounds kept ("is it still valid then?" after "begin maart") asks for the day itself.
        boolean fromBound = pending.factBound().isPresent() && reply.type() == ReplyType.RULE && reply.intent().equals(Optional.of(pending.intent()));
        boolean keep = awaiting && !fromBound && turn.pending().equals(Optional.of(pending)) && rules.related(pending, turn, reply);
        if (keep) {
            return withReminder(reply, turn, pending);
        }
        // A reply about the same rule ("how many days do I have left?" answered from its date) keeps the
        // question open, so that a follow-up can use that date too.
        boolean sameRule = reply.intent().equals(Optional.of(pending.intent()));
        if (turn.pending().equals(Optional.of(pending)) && !sameRule) {
            turn.clearPending();
            // An FAQ answer in between ("how do I renew my membership?") leaves the date worked out before for "how many
            // days left?", as a message not understood does.
            if (reply.intent().isEmpty()) {
                KnownDates.workedOut(pending).ifPresent(turn::setPending);
            }
        }
        return reply;
    }

    /**
     * "How do I find it?" while the bot waits for a date: where the FAQ says the date is, with the question
     * kept open. "And my benefits?" after a rule's answer: the same kind of question about that thing.
     */
    private Optional<Reply> followUp(Turn turn, PendingQuestion pending, RuleRouter.Routing routing, boolean awaiting) {
        if (routing.hasDates() || !pending.aboutRule()) {
            return Optional.empty();
        }
        if (awaiting && AskedDateWords.asksWhereToFind(turn.text)) {
            return whereShown(turn, pending, false).map(text -> Reply.builder(turn.lang, ReplyType.CLARIFY, text).intent(pending.intent()).build())
                    .or(() -> whereToFind(turn, pending)).map(reply -> withReminder(reply, turn, pending));
        }
        if (awaiting && AskedDateWords.asksWhichDate(turn.text)) {
            // "Which date do you mean?": the date's name and where it is shown; searched, the words find nothing of the FAQ's.
            String label = book.fact(pending.awaitedFact()).map(f -> f.label().get(turn.lang)).orElse("");
            String text = texts.get(turn.lang, "followup.which_date", label) + whereShown(turn, pending, true).map(w -> " " + w).orElse("");
            return Optional.of(withReminder(Reply.builder(turn.lang, ReplyType.CLARIFY, text).intent(pending.intent()).build(), turn, pending));
        }
        if (awaiting && AskedDateWords.asksWhyNeeded(turn.text)) {
            // "Why do you need that?": the rule counts from that date, as the FAQ's sentence says; the entry found by the
            // words would not say why a date is asked.
            Optional<DateRule> rule = book.rule(pending.intent());
            if (rule.isPresent()) {
                String label = book.factOf(rule.get()).label().get(turn.lang);
                String page = kb.find(rule.get().spec().source()).map(e -> e.pageTitle().get(turn.lang)).orElse("FAQ");
                String text = texts.get(turn.lang, "followup.why_needed", label, evidence.sentence(rule.get().id(), turn.lang),
                        FaqResponder.escape(page));
                return Optional.of(withReminder(Reply.builder(turn.lang, ReplyType.CLARIFY, text).intent(pending.intent()).build(),
                        turn, pending));
            }
        }
        if (awaiting && AskedDateWords.doesNotKnow(turn.text)) {
            // "I don't remember" answers the question back: asking it again word for word would go round in circles.
            String where = whereShown(turn, pending, true).orElseGet(() -> texts.get(turn.lang, "followup.where_unknown"));
            return Optional.of(Reply.builder(turn.lang, ReplyType.CLARIFY, texts.get(turn.lang, "followup.no_date", where))
                    .intent(pending.intent()).build());
        }
        if (awaiting && CancelWords.dismisses(turn.text)) {
            // "Doesn't matter" to the question for a date: the rule in general is what is wanted; asked again, the question
            // would go round in circles.
            Optional<DateRule> rule = book.rule(pending.intent());
            if (rule.isPresent()) {
                turn.clearPending();
                KnownDates.workedOut(pending).ifPresent(turn::setPending);
                String source = rule.get().spec().source();
                return Optional.of(Reply.builder(turn.lang, ReplyType.FAQ,
                                texts.get(turn.lang, "followup.in_general", rules.generalRule(rule.get(), turn.lang)))
                        .faqId(source).confidence(1.0)
                        .sourceUrl(kb.find(source).map(entry -> entry.sourceUrl().get(turn.lang)).orElse(null))
                        .intent(rule.get().id()).build());
            }
        }
        // "What if I miss it?": what the open rule says happens after its last day; the question for the date stays open.
        Optional<Reply> afterLastDay = missed.reply(turn.text, turn.lang, pending.intent());
        if (afterLastDay.isPresent()) {
            return afterLastDay.map(reply -> awaiting ? withReminder(reply, turn, pending) : reply);
        }
        if (!awaiting && AskedDateWords.asksWhenThen(turn.text)) {
            // "When then?" after "No, not yet", "until when?" after the answer: the rule's date again, from the date given.
            return rules.fromConversation(turn, routing);
        }
        Optional<java.time.temporal.ChronoUnit> unit = awaiting ? Optional.empty() : SpanInUnits.asked(turn.text);
        if (unit.isPresent()) {
            // "And in weeks?": the answer from the date worked out, led by the time to it in that unit.
            return rules.again(turn).map(reply -> reply.date()
                    .map(date -> reply.withPreface(SpanInUnits.said(turn.today, date, unit.get(), turn.lang, texts))).orElse(reply));
        }
        if (!awaiting && UndatedShift.asks(turn.text)) {
            // "And if it was later?": which day then decides, so it is asked for, not the rule's entry found by its words.
            return rules.otherDayAsked(turn, pending);
        }
        if (!awaiting && AskedDateWords.doubtsIt(turn.text)) {
            // "Is that right? It feels short": the same date said to be right, with the rule it comes from.
            return rules.again(turn).map(reply -> reply.withPreface(texts.get(turn.lang, "rule.checked")));
        }
        // "And benefits needing a user assignment?" after the benefit expiry's answer names another rule, whose
        // date the conversation holds: that rule's answer from it, not the FAQ entry its words find.
        Optional<DateRule> named = routing.rule()
                .or(() -> FollowUps.assignsToUsers(turn.text, turn.lang).flatMap(words -> rules.route(turn.withText(words)).rule()))
                .filter(r -> !r.id().equals(pending.intent()));
        if (!awaiting && named.isPresent() && FollowUpContext.followsUp(turn.text)) {
            Optional<Reply> held = rules.fromGiven(turn, named.get(), routing.yesNo());
            if (held.isPresent()) {
                return held;
            }
        }
        // Also while the bot waits for a date: "and my key?" after its question moves on to the same question about the key.
        Optional<String> subject = FollowUps.andMy(turn.text).or(() -> firstOfJoined(turn.text));
        // "And redeem keys?" after "can we still assign VS subscriptions?": the same question about that act.
        return subject.map(s -> sameQuestionAbout(turn, pending, s))
                .or(() -> otherRule(turn, pending, FollowUps.otherActAsked(turn.text, turn.lang, pending.yesNo())));
    }

    /**
     * The FAQ's own sentence on where the awaited date is shown, introduced, if one says so. With {@code sameDates}, a
     * date whose question back itself says where it is shown ("... (shown on the Membership Offers page)?") may have that
     * sentence under the name of a date the rules take for it: the FAQ says where the renewal start date is, the bot asks
     * for the benefit expiry ("I don't know" gets that sentence; "how do I find it?" the entry the question has it from).
     */
    private Optional<String> whereShown(Turn turn, PendingQuestion pending, boolean sameDates) {
        List<String> dates = book.fact(pending.awaitedFact())
                .filter(f -> sameDates && WhereShown.saysWhere(f.ask().get(turn.lang)))
                .map(f -> WhereShown.sameDates(book, f.id())).orElse(List.of(pending.awaitedFact()));
        return dates.stream().flatMap(id -> book.fact(id).stream())
                .flatMap(f -> shown.sentence(f.label().get(turn.lang), turn.lang).stream()).findFirst()
                .map(sentence -> texts.get(turn.lang, "followup.where_shown", sentence));
    }

    /**
     * Where the awaited date is shown when no FAQ sentence names its place: that the FAQ does not say, with what it does
     * say about where the date's thing is dealt with; the rule's entry would say no more. A question back that itself
     * says where the date is ("... (shown on the Membership Offers page)?") gets the entry it has that from.
     */
    private Optional<Reply> whereToFind(Turn turn, PendingQuestion pending) {
        Optional<Fact> fact = book.fact(pending.awaitedFact()).filter(f -> !WhereShown.saysWhere(f.ask().get(turn.lang)));
        if (fact.isEmpty()) {
            return book.rule(pending.intent()).flatMap(rule -> kb.find(rule.spec().source())).map(entry -> faq.answer(entry, turn.lang));
        }
        String label = fact.get().label().get(turn.lang);
        String text = shown.nearest(label, turn.lang)
                .map(sentence -> texts.get(turn.lang, "followup.where_not_named", label, sentence))
                .orElseGet(() -> texts.get(turn.lang, "followup.where_not_named.nothing", label));
        return Optional.of(Reply.builder(turn.lang, ReplyType.CLARIFY, text).intent(pending.intent()).build());
    }

    /**
     * "And my benefits?" after "until when can I use my key?" asks the same about the benefits, and "and my
     * membership?" after "when can I reassign the VS subscription?" from when the membership can be renewed. It is
     * asked as such when the question finds a rule of its own, one of the answered rule's kind first; otherwise
     * the bot asks for the whole question rather than guess.
     */
    private Reply sameQuestionAbout(Turn turn, PendingQuestion pending, String subject) {
        boolean until = book.rule(pending.intent()).filter(UntilRule.class::isInstance).isPresent();
        List<String> questions = FollowUps.sameQuestionAbout(subject, turn.lang, until);
        // "And the key?" when the answer before gave the key's date only beside another ("About the date you gave:"):
        // the open rule's own thing, so its answer from that date, not another rule's that also names keys. Only for an
        // "until" rule: a "from" rule's act ("reassign") chooses its rule whatever thing it is asked of.
        if (until && !rules.awaiting(pending) && rules.route(turn.withText(questions.get(0))).rule().map(DateRule::id).equals(Optional.of(pending.intent()))) {
            Optional<Reply> again = rules.again(turn);
            if (again.isPresent()) {
                return again.get();
            }
        }
        return ofSameKind(turn, pending, subject, questions.get(0)).or(() -> otherRule(turn, pending, questions))
                .orElseGet(() -> Reply.text(turn.lang, ReplyType.CLARIFY, texts.get(turn.lang, "followup.and_my")));
    }

    /**
     * "And the subscription?" after the key's question: the subscription's rule of the kind just asked ({@link SameKindRule}),
     * answered as {@code asked} would be, when the words alone choose one of the other kind or none.
     */
    private Optional<Reply> ofSameKind(Turn turn, PendingQuestion pending, String subject, String asked) {
        Optional<DateRule> meant = book.rule(pending.intent()).flatMap(previous -> sameKind.of(subject, turn.lang, previous));
        if (meant.isEmpty()) {
            return Optional.empty();
        }
        Turn question = turn.withText(asked);
        RuleRouter.Routing routing = rules.route(question);
        if (routing.hasDates() || routing.rule().filter(r -> r.getClass() == meant.get().getClass()).isPresent()) {
            return Optional.empty();
        }
        Reply reply = rules.withoutDates(question, meant.get(), routing, faq.search(asked, turn.lang));
        turn.adopt(question);
        return Optional.of(reply);
    }

    /**
     * "And my key from 100 days ago?" names a thing and the date it is from, so the date is the thing's own start (its
     * redemption, its assignment): asked as the open question's kind about that thing, as "and my X?" is, and answered
     * when a rule other than the open one, counting from such a past date, takes it. Any other reading stays the open
     * question's ("and my other key from 1 March?").
     */
    private Optional<Reply> otherThingFrom(Turn turn, PendingQuestion pending) {
        Optional<String> subject = FollowUps.andMyFrom(turn.text);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        boolean until = book.rule(pending.intent()).filter(UntilRule.class::isInstance).isPresent();
        for (String asked : FollowUps.sameQuestionAbout(subject.get(), turn.lang, until)) {
            Turn question = turn.withText(asked);
            RuleRouter.Routing routing = rules.route(question);
            Optional<String> rule = routing.rule().filter(r -> !r.id().equals(pending.intent()) && book.factOf(r).tense() == Tense.PAST)
                    .map(DateRule::id);
            if (rule.isPresent()) {
                Reply reply = fresh(question, routing);
                if (reply.intent().equals(rule)) {
                    turn.adopt(question);
                    return Optional.of(reply);
                }
            }
        }
        return Optional.empty();
    }

    /** The first of the {@code questions} that a rule other than the pending one answers, as if asked. */
    private Optional<Reply> otherRule(Turn turn, PendingQuestion pending, List<String> questions) {
        for (String asked : questions) {
            Turn question = turn.withText(asked);
            Reply reply = fresh(question);
            if (reply.intent().isPresent() && !reply.intent().equals(Optional.of(pending.intent()))) {
                turn.adopt(question);
                return Optional.of(reply);
            }
        }
        return Optional.empty();
    }

    private Reply fresh(Turn turn) {
        return fresh(turn, rules.route(turn));
    }

    private Reply fresh(Turn turn, RuleRouter.Routing routing) {
        return fresh(turn, routing, faq::search);
    }

    /** {@code searching}: the whole search, or the cheap stages first for a message's further questions ({@link PartSearch}). */
    private Reply fresh(Turn turn, RuleRouter.Routing routing, BiFunction<String, Lang, SearchResult> searching) {
        // A rule names its things by their nouns, so "hoe verleng ik mijn ANWB-lidmaatschap?" finds the renewal
        // rule; the lexical side tells that the membership is another one (OtherThings), and then no rule answers.
        // Asked apart only before a date answers (the whole search would take the encoder for most date
        // questions); without dates the search below tells the same.
        if (routing.rule().isPresent() && routing.hasDates() && faq.otherThing(routing.withoutDates(turn.text), turn.lang).isPresent()) {
            return faq.respond(turn.text, turn.lang, searching.apply(turn.text, turn.lang), turn.now);
        }
        if (routing.hasDates()) {
            Optional<Reply> answered = rules.withDates(turn, routing);
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        SearchResult search = searching.apply(turn.text, turn.lang);
        if (routing.rule().isPresent() && routing.personalDateQuestion() && !routing.hasDates() && search.otherThing().isEmpty()) {
            return rules.withoutDates(turn, routing.rule().get(), routing, search);
        }
        if (routing.rule().isPresent() && routing.generalQuestion() && search.otherThing().isEmpty()
                && (routing.outranksSearch() || answersInGeneral(search, routing.rule().get()))) {
            // "How long is a product key valid?" asks the rule in general: the search alone ranks its FAQ sentence low,
            // as the FAQ words it differently ("you can use product keys for one year from the day you redeem").
            return rules.general(turn, routing.rule().get(), search);
        }
        if (search.otherThing().isPresent()) {
            // "Hoe lang is mijn paspoort nog geldig?" right after a benefits answer asks about another thing: no
            // date of this conversation or of the user's memory answers it.
            return faq.respond(turn.text, turn.lang, search, turn.now);
        }
        if (routing.rule().isEmpty() && routing.personalDateQuestion() && !routing.hasDates() && faq.confident(search).isEmpty()) {
            // "How many days do I have left?" names no rule: the date worked out just before in this
            // conversation comes first, then a remembered one; with neither, ask which date is meant. A
            // message with a date of its own that no rule took ("my passport expires on 1 March, can I still
            // travel?") is about something else, so no remembered date answers it.
            Optional<Reply> known = rules.fromConversation(turn, routing).or(() -> rules.fromProfile(turn, routing.yesNo()));
            if (known.isPresent()) {
                return known.get();
            }
            if (QuestionShape.asksOnlyForDaysLeft(turn.text)) {
                return rules.whichDate(turn);
            }
        }
        if (refersToTheOpenRule(turn, routing)) {
            // "When does it expire?" right after a rule's answer: "it" is what that answer was about, even
            // when the search, which reads meaning now, finds a general answer to "when does a key expire".
            Optional<Reply> known = rules.fromConversation(turn, routing);
            if (known.isPresent()) {
                return known.get();
            }
        }
        // "And what does it cost?" after an answer about MFA: read about the topic of the answer, or of an announcement, before.
        return context.respond(turn, search);
    }

    /** True when the search is sure of no entry, or of the rule's own. */
    private boolean answersInGeneral(SearchResult search, DateRule rule) {
        return faq.confident(search).map(hit -> hit.entry().id().equals(rule.spec().source())).orElse(true);
    }

    /** A date question without "I" or "my" that points back with a pronoun ("when does it expire?"). */
    private static boolean refersToTheOpenRule(Turn turn, RuleRouter.Routing routing) {
        return !routing.personalDateQuestion() && !routing.hasDates() && turn.pending().isPresent()
                && (QuestionShape.refersBack(turn.text) || FollowUps.itAfterModal(turn.text))
                && (QuestionShape.asksForDate(turn.text)
                        || routing.yesNo() && QuestionShape.isAboutNow(turn.text));
    }

    private Reply withReminder(Reply reply, Turn turn, PendingQuestion pending) {
        String text = reply.text() + "\n\n" + rules.stillNeeded(turn, pending).text();
        return Reply.builder(reply.lang(), reply.type(), text)
                .faqId(reply.faqId().orElse(null))
                .confidence(reply.confidence())
                .suggestions(reply.suggestions())
                .sourceUrl(reply.sourceUrl().orElse(null))
                .choices(reply.choices())
                .intent(pending.intent())
                .build();
    }
}
