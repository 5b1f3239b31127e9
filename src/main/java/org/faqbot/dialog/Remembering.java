package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.AmbiguousDate;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.InvalidDate;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.ProfileFact;
import org.faqbot.store.Stores;

/**
 * "Remember ..." messages ("onthoud dat onze voordelen op 31 januari verlopen"): stores the dates they
 * give for the user's facts, moves the reminders of a fact whose date changed, and treats an ambiguous
 * or impossible date as a date question does (the readings as buttons, or why the date cannot be). Right
 * afterwards a bare correction ("sorry, I meant 31 March") or a chosen reading goes to that fact.
 */
final class Remembering {

    private final RuleBook book;
    private final RuleRouter router;
    private final RuleReplies replies;
    private final Profiles profiles;
    private final Reminders reminders;
    private final Stores stores;
    private final Texts texts;
    private final int minYear;
    private final int maxYear;
    private final KeptDates keptDates;

    Remembering(RuleBook book, RuleRouter router, RuleReplies replies, Profiles profiles, Reminders reminders, Stores stores,
            Texts texts, int minYear, int maxYear) {
        this.book = book;
        this.router = router;
        this.replies = replies;
        this.profiles = profiles;
        this.reminders = reminders;
        this.stores = stores;
        this.texts = texts;
        this.minYear = minYear;
        this.maxYear = maxYear;
        this.keptDates = new KeptDates(book, texts);
    }

    /** Stores the dates of a "remember ..." message and confirms, offering reminders or saying where they moved. */
    Reply remember(Turn turn) {
        RuleRouter.Routing routing = router.route(turn.text, turn.lang, turn.today);
        Optional<Reply> theirs = someoneElses(turn, routing);
        if (theirs.isPresent()) {
            return theirs.get();
        }
        Outcome outcome = new Outcome();
        for (Map.Entry<String, DateMention> entry : routing.factDates().entrySet()) {
            Fact fact = book.fact(entry.getKey()).orElseThrow();
            take(turn, fact, stated(turn, routing, fact, entry.getValue()), outcome);
        }
        routing.endDates().forEach((rule, end) -> takeEnd(turn, book.rule(rule).orElseThrow(), end, outcome));
        if (!outcome.isEmpty()) {
            return outcome.reply(turn);
        }
        Optional<InvalidDate> impossible = routing.otherDates().stream()
                .filter(InvalidDate.class::isInstance).map(InvalidDate.class::cast).findFirst();
        if (impossible.isPresent()) {
            // "onthoud 31-02-2022": which fact it is for matters less than that the date cannot be.
            return replies.invalid(Optional.empty(), impossible.get(), turn.lang, minYear, maxYear);
        }
        if (!routing.factDates().isEmpty() && !stores.reachable().getAsBoolean()) {
            return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "memory.unavailable"));
        }
        // Right after a worked-out date, a remember without a date means that one: offered, and kept in the conversation meanwhile.
        Optional<Reply> kept = routing.hasDates() ? Optional.empty() : keptDates.answer(turn, (fact, date) -> choose(turn,
                PendingQuestion.afterRemember(fact.id(), Map.of(), List.of(), turn.now), date));
        if (kept.isPresent()) {
            return kept.get();
        }
        String key = routing.hasDates() ? "remember.which_fact" : "remember.how";
        // The bot asked what to remember: the answer is remembered as if it had come with the command.
        turn.setPending(PendingQuestion.rememberAsked(turn.now));
        return Reply.text(turn.lang, ReplyType.CLARIFY, texts.get(turn.lang, key, factLabels(turn.lang)));
    }

    /**
     * "Remember that my colleague's key was redeemed on 1 July": the profile holds one date per fact, the user's own, so
     * a date of someone else's is not stored over it; the reply says so and how to ask about it. Empty when the message
     * names no other person, or the user's own part too ("mine on 1 March and my colleague's on 5 April").
     */
    private Optional<Reply> someoneElses(Turn turn, RuleRouter.Routing routing) {
        Optional<String> person = AnotherPersonsDate.person(turn.text);
        Optional<DateMention> date = routing.factDates().values().stream().findFirst()
                .or(() -> routing.endDates().values().stream().findFirst());
        if (person.isEmpty() || date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Reply.text(turn.lang, ReplyType.CLARIFY, texts.get(turn.lang, "remember.someone_elses", person.get(),
                FaqResponder.escape(date.get().text()))));
    }

    /**
     * Handles the message after a "remember ..." message: a date for the same fact that corrects it
     * ("sorry, I meant 31 March 2022"), or answers the bot's question about an ambiguous or impossible
     * date. Empty when the message is something else.
     */
    Optional<Reply> continuePending(Turn turn, PendingQuestion pending) {
        if (pending.asksWhatToRemember()) {
            return answerWhatToRemember(turn);
        }
        Optional<Fact> fact = book.fact(pending.awaitedFact());
        if (fact.isEmpty() || QuestionShape.isQuestion(turn.text)) {
            return Optional.empty();
        }
        RuleRouter.Routing routing = router.route(turn.text, turn.lang, turn.today);
        boolean otherFact = routing.factDates().keySet().stream().anyMatch(id -> !id.equals(fact.get().id()));
        List<DateMention> mentions = new ArrayList<>(routing.factMentions().getOrDefault(fact.get().id(), List.of()));
        mentions.addAll(routing.otherDates());
        if (otherFact || mentions.size() != 1) {
            return Optional.empty();
        }
        DateMention mention = mentions.get(0);
        boolean answers = pending.awaitsAnswer() || routing.factDates().containsKey(fact.get().id());
        if (!answers && !CorrectionWords.correct(turn.text, mention)) {
            return Optional.empty();
        }
        Outcome outcome = new Outcome();
        take(turn, fact.get(), router.reread(mention, turn.text, turn.lang, turn.today, fact.get().tense()), outcome);
        return Optional.of(outcome.reply(turn));
    }

    /**
     * The answer to "tell me the date and what it is" after a bare /remember ("our benefits expire on 31
     * January 2022"): remembered like the one-line form. Empty for a question or a message without a date.
     */
    private Optional<Reply> answerWhatToRemember(Turn turn) {
        if (QuestionShape.isQuestion(turn.text) || !router.route(turn.text, turn.lang, turn.today).hasDates()) {
            return Optional.empty();
        }
        return Optional.of(remember(turn));
    }

    /** Stores the reading the user picked for the fact the bot asked about (a /date button, "the first one"). */
    Reply choose(Turn turn, PendingQuestion pending, LocalDate chosen) {
        Fact fact = book.fact(pending.awaitedFact()).orElseThrow();
        Outcome outcome = new Outcome();
        take(turn, fact, new ResolvedDate(chosen.toString(), 0, 0, chosen, false, true), outcome);
        return outcome.reply(turn);
    }

    /**
     * A deadline stated in the present without a year ("remember that my benefits expire on 1 December", said on
     * 6 December) may be one that has just passed: read as the rules' answers read it ({@link DatePicker}).
     */
    private DateMention stated(Turn turn, RuleRouter.Routing routing, Fact fact, DateMention mention) {
        return router.reread(mention, turn.text, turn.lang, turn.today, DateReader.stated(fact.tense(), routing.verbTense(mention)));
    }

    private void take(Turn turn, Fact fact, DateMention mention, Outcome outcome) {
        if (mention instanceof AmbiguousDate ambiguous) {
            Reply question = replies.ambiguous(ambiguous, turn.lang);
            outcome.paragraphs.add(question.text());
            outcome.choices.addAll(question.choices());
            outcome.pending = Optional.of(PendingQuestion.afterRemember(fact.id(), Map.of(), ambiguous.readings(), turn.now));
        } else if (mention instanceof InvalidDate invalid) {
            outcome.paragraphs.add(replies.invalid(Optional.empty(), invalid, turn.lang, minYear, maxYear).text());
            outcome.pending = Optional.of(PendingQuestion.afterRemember(fact.id(), Map.of(), List.of(), turn.now));
        } else {
            store(turn, fact, ((ResolvedDate) mention).date(), outcome);
        }
    }

    /**
     * The end of a rule's thing ("remember that my key expires on 1 March 2022") is kept as the fact the rule gives
     * back from it (redeemed on 1 March 2021), so that its answers and reminders come out at that end; the reply
     * says so. An end that reads two ways or cannot be is not kept.
     */
    private void takeEnd(Turn turn, DateRule rule, DateMention end, Outcome outcome) {
        if (!(end instanceof ResolvedDate resolved)) {
            return;
        }
        Fact fact = book.factOf(rule);
        LocalDate given = rule.factFor(resolved.date());
        String label = fact.label().get(turn.lang);
        if (fact.notYetHappened(given, turn.today)) {
            outcome.refused.add(texts.get(turn.lang, "rule.end.too_far", FaqResponder.escape(end.text()), label, texts.date(given, turn.lang)));
            return;
        }
        int saved = outcome.saved.size();
        store(turn, fact, given, outcome);
        if (outcome.saved.size() > saved) {
            outcome.paragraphs.add(texts.get(turn.lang, "rule.end.remembered", FaqResponder.escape(end.text()), label, texts.date(given, turn.lang)));
        }
    }

    private void store(Turn turn, Fact fact, LocalDate date, Outcome outcome) {
        if (fact.notYetHappened(date, turn.today)) {
            // A key redeemed next month cannot be right: storing it would feed every later answer a wrong date.
            outcome.refused.add(texts.get(turn.lang, "rule.future_fact.check", texts.date(date, turn.lang), fact.label().get(turn.lang)));
            outcome.pending = Optional.of(PendingQuestion.afterRemember(fact.id(), Map.of(), List.of(), turn.now));
            return;
        }
        ProfileFact stored = new ProfileFact(turn.message.userId(), fact.id(), date, turn.now);
        // A thing has one date: a new one replaces the old, and the reply says so rather than losing it quietly.
        Optional<LocalDate> before = profiles.facts(turn.message.userId()).stream().filter(f -> f.fact().equals(fact.id()))
                .map(ProfileFact::date).filter(old -> !old.equals(date)).findFirst();
        if (!profiles.save(stored)) {
            return;
        }
        before.ifPresent(old -> outcome.replaced.add(texts.get(turn.lang, "remember.replaced", fact.label().get(turn.lang),
                texts.date(old, turn.lang), texts.date(date, turn.lang))));
        outcome.saved.add(texts.get(turn.lang, "remember.line", fact.label().get(turn.lang), texts.date(date, turn.lang)));
        Optional<String> moved = reminders.reschedule(turn, stored);
        moved.ifPresent(outcome.moved::add);
        if (moved.isEmpty() && reminders.anyAhead(stored, turn.now)) {
            reminderChoice(fact, turn.lang).ifPresent(outcome.choices::add);
        }
        if (outcome.pending.isEmpty() && !turn.pending().filter(PendingQuestion::awaitsAnswer).filter(PendingQuestion::aboutRule).isPresent()) {
            // Kept so that "sorry, I meant ..." next corrects this date; an open date question is not pushed aside for it.
            outcome.pending = Optional.of(PendingQuestion.afterRemember(fact.id(), Map.of(fact.id(), date), List.of(), turn.now));
        }
    }

    private Optional<Choice> reminderChoice(Fact fact, Lang lang) {
        return reminders.remindable(fact.id()) ? Optional.of(new Choice(texts.get(lang, "remember.remind_button"), "/remind " + fact.id())) : Optional.empty();
    }

    private String factLabels(Lang lang) {
        return String.join("\n", book.facts().stream().map(f -> "- " + f.label().get(lang)).toList());
    }

    /** What one message made of its dates: stored, refused, moved reminders, and questions back. */
    private final class Outcome {
        final List<String> saved = new ArrayList<>();
        final List<String> replaced = new ArrayList<>();
        final List<String> refused = new ArrayList<>();
        final List<String> moved = new ArrayList<>();
        final List<String> paragraphs = new ArrayList<>();
        final List<Choice> choices = new ArrayList<>();
        Optional<PendingQuestion> pending = Optional.empty();

        boolean isEmpty() {
            return saved.isEmpty() && refused.isEmpty() && paragraphs.isEmpty();
        }

        Reply reply(Turn turn) {
            pending.ifPresent(turn::setPending);
            List<String> text = new ArrayList<>();
            if (!saved.isEmpty()) {
                text.add(texts.get(turn.lang, "remember.saved", String.join("\n", saved)));
            }
            text.addAll(replaced);
            text.addAll(moved);
            if (!refused.isEmpty()) {
                text.add(String.join("\n", refused));
            }
            text.addAll(paragraphs);
            ReplyType type = saved.isEmpty() ? ReplyType.CLARIFY : ReplyType.SMALLTALK;
            return Reply.builder(turn.lang, type, String.join("\n\n", text)).choices(choices).build();
        }
    }
}
