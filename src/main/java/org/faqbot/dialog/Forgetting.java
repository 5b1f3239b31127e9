package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.ProfileFact;

/**
 * /forget: everything kept about the user, or one remembered date with its reminders. A user who wants a
 * wrong date gone should not have to lose the others: "/forget" offers a button per remembered date beside
 * "everything", and "/forget expiry date" (or the same words after the question) forgets the date it names.
 */
final class Forgetting {

    private static final String ONE = "fact ";

    private final RuleBook book;
    private final Profiles profiles;
    private final Reminders reminders;
    private final Texts texts;
    private final UnrememberedDate unremembered;
    private final FactNames names;

    Forgetting(RuleBook book, Profiles profiles, Reminders reminders, Texts texts) {
        this.book = book;
        this.profiles = profiles;
        this.reminders = reminders;
        this.texts = texts;
        this.unremembered = new UnrememberedDate(texts);
        this.names = new FactNames(book);
    }

    /** {@code /forget [confirm | fact <id> | words naming a date]}. */
    Reply handle(Turn turn, String arg) {
        if (arg.equalsIgnoreCase("confirm")) {
            return forgetAll(turn);
        }
        Optional<List<ProfileFact>> stored = profiles.recall(turn.message.userId());
        if (arg.isBlank() || stored.isEmpty()) {
            return ask(turn, stored.orElse(List.of()), "forget.ask_dates", "forget.ask");
        }
        List<ProfileFact> named = arg.startsWith(ONE)
                ? stored.get().stream().filter(f -> f.fact().equals(arg.substring(ONE.length()).strip())).toList()
                : named(stored.get(), arg);
        if (named.size() == 1) {
            return forgetOne(turn, named.get(0));
        }
        if (named.isEmpty()) {
            Optional<Reply> none = unremembered.answer(turn, stored.get(), namedFacts(arg));
            if (none.isPresent()) {
                return none.get();
            }
        }
        return ask(turn, named.isEmpty() ? stored.get() : named, "forget.which", "forget.ask");
    }

    /**
     * The answer to /forget's question when it says in words to delete everything ("delete everything", "ja, wis
     * alles"), says a bare yes (then the buttons again, with how to delete), or names one remembered date ("the expiry
     * date"); empty otherwise, and then the question is answered as before (no, or a new message).
     */
    Optional<Reply> answer(Turn turn) {
        if (CommandWords.deletesEverything(turn.text)) {
            return Optional.of(forgetAll(turn));
        }
        if (YesWords.matches(turn.text)) {
            // The question reads as a yes/no, but a delete button is never pressed by a yes (README, Commands): it
            // is not undone, and a "yes" may have been meant for an earlier question.
            Optional<List<ProfileFact>> stored = profiles.recall(turn.message.userId());
            return Optional.of(ask(turn, stored.orElse(List.of()), "forget.yes_needs_button", "forget.yes_needs_button"));
        }
        // Only a short naming answer ("the expiry date", "de vervaldatum") deletes: "when do my benefits
        // expire?" after /forget names the same date but is a new question, and deleting is not undone.
        if (!FactNames.shortAnswer(turn.text)) {
            return Optional.empty();
        }
        List<ProfileFact> named = named(profiles.facts(turn.message.userId()), turn.text);
        return named.size() == 1 ? Optional.of(forgetOne(turn, named.get(0))) : Optional.empty();
    }

    /**
     * /forget's question asked in plain words ("delete my data", "vergeet mijn key datum"): always the question with its
     * buttons, never a deletion, with only the dates the words name when they name some.
     */
    Reply askInWords(Turn turn) {
        Optional<List<ProfileFact>> stored = profiles.recall(turn.message.userId());
        List<ProfileFact> named = stored.map(facts -> named(facts, turn.text)).orElse(List.of());
        return ask(turn, named.isEmpty() ? stored.orElse(List.of()) : named, named.isEmpty() ? "forget.ask_dates" : "forget.which",
                "forget.ask");
    }

    /**
     * "Forget that date" / "vergeet die datum": the date the conversation just talked about (just remembered, or the one
     * the last answer kept), forgotten as {@code /forget expiry date} forgets one, with the same confirmation; a date only
     * the conversation kept is dropped from it. Without such a date, /forget's question.
     */
    Reply forgetThat(Turn turn) {
        Optional<PendingQuestion> talked = turn.pending().filter(p -> !p.intent().equals(PendingQuestion.FORGET))
                .filter(p -> p.facts().containsKey(p.awaitedFact()));
        if (talked.isEmpty()) {
            return askInWords(turn);
        }
        String fact = talked.get().awaitedFact();
        LocalDate date = talked.get().facts().get(fact);
        Optional<ProfileFact> remembered = profiles.facts(turn.message.userId()).stream().filter(f -> f.fact().equals(fact)).findFirst();
        if (remembered.isPresent()) {
            return forgetOne(turn, remembered.get());
        }
        turn.clearPending();
        return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "forget.conversation_done", label(fact, turn.lang),
                texts.date(date, turn.lang)));
    }

    /**
     * Deletes everything ({@link Profiles#forgetAll}); the conversation then goes on in the language the user wrote in,
     * as it would after any message, so that the next command ("/mydata") is not answered in another.
     */
    private Reply forgetAll(Turn turn) {
        Reply reply = profiles.forgetAll(turn);
        if (!turn.message.standalone()) {
            turn.setRecent(turn.recent().withLanguage(Optional.of(turn.lang)));
        }
        return reply;
    }

    /** The reply to a "no" to /forget's question: nothing deleted, and which of the user's things stay, if any. */
    Reply kept(Turn turn) {
        boolean nothingKept = profiles.facts(turn.message.userId()).isEmpty();
        return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, nothingKept ? "forget.kept_nothing" : "forget.kept"));
    }

    private Reply ask(Turn turn, List<ProfileFact> facts, String question, String questionWithoutDates) {
        // Kept so that a typed "no" is understood as keeping everything, and "yes" as the button.
        turn.setPending(whileAsking(turn));
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(texts.get(turn.lang, "forget.confirm_button"), "/forget confirm"));
        for (ProfileFact fact : facts) {
            choices.add(new Choice(texts.get(turn.lang, "forget.one_button", label(fact.fact(), turn.lang), texts.date(fact.date(), turn.lang)),
                    "/forget " + ONE + fact.fact()));
        }
        String text = texts.get(turn.lang, facts.isEmpty() ? questionWithoutDates : question);
        return Reply.builder(turn.lang, ReplyType.CLARIFY, text).choices(choices).build();
    }

    /**
     * /forget's open question, holding the rule question the conversation kept before it (with its dates, yes/no and
     * asked day), so that "no" gives back the date follow-ups are answered from ({@link #keptBefore}).
     */
    private static PendingQuestion whileAsking(Turn turn) {
        Optional<PendingQuestion> asking = turn.pending().filter(p -> p.intent().equals(PendingQuestion.FORGET));
        if (asking.isPresent()) {
            return asking.get();
        }
        return turn.pending().filter(PendingQuestion::aboutRule)
                .map(rule -> PendingQuestion.forgetAsked(turn.now, rule))
                .orElseGet(() -> PendingQuestion.forgetAsked(turn.now));
    }

    /**
     * The rule question {@code forget} held from before /forget asked, open again from when /forget asked; empty when
     * there was none.
     */
    Optional<PendingQuestion> keptBefore(PendingQuestion forget) {
        Optional<PendingQuestion> held = forget.ruleHeld().or(() -> storedBeforeHeldRule(forget));
        return held.map(rule -> new PendingQuestion(rule.intent(), rule.awaitedFact(), rule.facts(), rule.readings(), rule.yesNo(),
                forget.askedAt(), rule.asked(), rule.eachThing(), rule.ruleHeld().orElse(null)));
    }

    /** A /forget question stored before {@code heldRule}: the rule's id in {@code awaitedFact}, its dates beside it. */
    private Optional<PendingQuestion> storedBeforeHeldRule(PendingQuestion forget) {
        return book.rule(forget.awaitedFact()).map(rule -> new PendingQuestion(rule.id(), rule.spec().fact(), forget.facts(),
                List.of(), forget.yesNo(), forget.askedAt(), forget.askedDay().orElse(null)));
    }

    private Reply forgetOne(Turn turn, ProfileFact fact) {
        turn.clearPending();
        int deleted = profiles.delete(fact);
        if (deleted < 0) {
            return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "forget.failed"));
        }
        int cancelled = reminders.cancelFor(fact.userId(), fact.fact());
        return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, cancelled == 0 ? "forget.one_done" : "forget.one_done_reminders",
                label(fact.fact(), turn.lang), texts.date(fact.date(), turn.lang), cancelled));
    }

    /** The facts of the rule book the text names, remembered or not. */
    private List<Fact> namedFacts(String text) {
        return names.named(text);
    }

    /** The remembered dates the text names. */
    private List<ProfileFact> named(List<ProfileFact> stored, String text) {
        return stored.stream().filter(f -> book.fact(f.fact()).filter(fact -> names.names(text, fact)).isPresent()).toList();
    }

    private String label(String factId, Lang lang) {
        return book.fact(factId).map(f -> f.label().get(lang)).orElse(factId);
    }
}
