package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.nlu.YearlessPolicy;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.DayQuestion;
import org.faqbot.rules.Polarity;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.PendingQuestion;

/**
 * Answers to a question the bot itself asked: the confirmation of /forget, a date picked from the readings
 * offered as buttons, the moment right after a "remember ...", "yes" to a suggested date, and cancelling.
 * Each returns empty when the message is not such an answer, so that it is handled as a message of its own.
 */
final class OpenQuestions {

    private final Forgetting forgetting;
    private final Remembering remembering;
    private final RuleFlow rules;
    private final RuleReplies ruleReplies;
    private final Texts texts;
    private final RuleBook book;
    private final KnownDates known;
    private final DateReader dates;
    private final PersonsDates persons;

    OpenQuestions(Forgetting forgetting, Remembering remembering, RuleFlow rules, RuleReplies ruleReplies, Texts texts, RuleBook book,
            KnownDates known, DateReader dates) {
        this.forgetting = forgetting;
        this.book = book;
        this.known = known;
        this.dates = dates;
        this.remembering = remembering;
        this.rules = rules;
        this.ruleReplies = ruleReplies;
        this.texts = texts;
        this.persons = new PersonsDates(book, ruleReplies, texts);
    }

    /** See {@link PersonsDates#followUp}: "en die van Sanne?", "and Piet's?" from the date kept under that name. */
    Optional<Reply> personsDate(Turn turn) {
        return persons.followUp(turn);
    }

    /**
     * The answer to /forget's "shall I delete everything?": the words "delete everything" delete it, a bare yes gets the
     * buttons again (a delete button is never pressed by a yes), a remembered date named ("the expiry date") only that one, no (or "laat maar") keeps it, the date the conversation was answering from included.
     */
    Optional<Reply> answerForget(Turn turn) {
        Optional<PendingQuestion> forget = turn.pending().filter(p -> p.intent().equals(PendingQuestion.FORGET));
        if (forget.isEmpty()) {
            return Optional.empty();
        }
        Optional<Reply> one = forgetting.answer(turn);
        if (one.isPresent()) {
            return one;
        }
        turn.clearPending();
        forgetting.keptBefore(forget.get()).ifPresent(turn::setPending);
        if (NoWords.matches(turn.text) || CancelWords.matches(turn.text)) {
            return Optional.of(forgetting.kept(turn));
        }
        return Optional.empty();
    }

    /**
     * "The first one", "2": one of the readings the bot offered as buttons, picked by its place. A place
     * that was not offered ("5" under two buttons) gets the buttons again rather than the question alone.
     */
    Optional<Reply> pickReading(Turn turn) {
        Optional<PendingQuestion> pending = turn.pending().filter(p -> !p.readings().isEmpty());
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        List<LocalDate> readings = pending.get().readings();
        Optional<LocalDate> byYear = pending.get().aboutRule() ? ReadingByYear.of(turn.text, readings) : Optional.empty();
        if (byYear.isPresent()) {
            return rules.chooseReading(turn, pending.get(), byYear.get());
        }
        OptionalInt place = ChoiceWords.position(turn.text, readings.size());
        if (place.isEmpty()) {
            return Optional.empty();
        }
        if (place.getAsInt() < 1 || place.getAsInt() > readings.size()) {
            String text = texts.get(turn.lang, "choice.not_offered", place.getAsInt(), readings.size());
            return Optional.of(Reply.builder(turn.lang, ReplyType.CLARIFY, text)
                    .intent(pending.get().aboutRule() ? pending.get().intent() : null)
                    .choices(ruleReplies.readingChoices(readings, turn.lang)).build());
        }
        LocalDate chosen = readings.get(place.getAsInt() - 1);
        return pending.get().aboutRule()
                ? rules.chooseReading(turn, pending.get(), chosen)
                : Optional.of(remembering.choose(turn, pending.get(), chosen));
    }

    /**
     * Right after a "remember ..." message, a correction of its date or the answer to the bot's question
     * about it; any other message ends that moment and is handled as usual.
     */
    Optional<Reply> afterRemember(Turn turn) {
        Optional<PendingQuestion> pending = turn.pending().filter(p -> p.intent().equals(PendingQuestion.REMEMBER));
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Optional<Reply> continued = remembering.continuePending(turn, pending.get());
        if (continued.isEmpty()) {
            turn.clearPending();
        }
        return continued;
    }

    /** "Yes" to a question back that offered exactly one date ("Did you mean 1 December 2020?") takes that date. */
    Optional<Reply> acceptSuggestion(Turn turn) {
        Optional<PendingQuestion> pending = turn.pending().filter(p -> p.readings().size() == 1);
        if (pending.isEmpty() || !YesWords.matches(turn.text)) {
            return Optional.empty();
        }
        return rules.chooseReading(turn, pending.get(), pending.get().readings().get(0));
    }

    /**
     * "Sorry, I meant 2025" or "o wacht, dat was vorig jaar" right after a rule's answer: the same answer with the date given before in that year
     * (29 February becomes the 28th in a year without it). Empty when the message is no such correction or no date
     * was given.
     */
    Optional<Reply> correctYear(Turn turn) {
        Optional<PendingQuestion> pending = turn.pending().filter(p -> p.aboutRule() && p.readings().isEmpty());
        Optional<LocalDate> given = pending.map(p -> p.facts().get(p.awaitedFact()));
        OptionalInt year = given.isPresent() ? CorrectionWords.yearOnly(turn.text, turn.today) : OptionalInt.empty();
        if (year.isEmpty()) {
            // "hmm no, the week before that": a step from the date just used.
            // "no sorry, the 12th": that day in the month of the date just used.
            return given.flatMap(day -> CorrectionWords.stepOnly(turn.text).map(day::plus)
                            .or(() -> dayInSameMonth(day, CorrectionWords.dayOnly(turn.text))))
                    .flatMap(day -> rules.chooseReading(turn, pending.get(), day));
        }
        List<LocalDate> each = pending.get().eachThing();
        List<LocalDate> readings = each.stream().map(d -> d.withYear(year.getAsInt())).distinct().toList();
        Optional<DateRule> rule = book.rule(pending.get().intent());
        if (each.size() > 1 && readings.size() == each.size() && rule.isPresent()) {
            // After an answer for several things the year may be of any of them: each date in that year is offered.
            turn.setPending(DatedAnswer.pending(rule.get(), pending.get().facts(), readings, pending.get().yesNo(), Optional.empty(), turn)
                    .withEachThing(each));
            QuestionFlow.holdWorkedOut(pending, turn);
            return Optional.of(Reply.builder(turn.lang, ReplyType.CLARIFY, texts.get(turn.lang, "followup.which_thing"))
                    .intent(rule.get().id()).choices(ruleReplies.readingChoices(readings, turn.lang)).build());
        }
        return rules.chooseReading(turn, pending.get(), given.get().withYear(year.getAsInt()));
    }

    /** {@code given} with the corrected day, when its month has that day. */
    private static Optional<LocalDate> dayInSameMonth(LocalDate given, OptionalInt day) {
        return day.isPresent() && day.getAsInt() <= given.lengthOfMonth() ? Optional.of(given.withDayOfMonth(day.getAsInt())) : Optional.empty();
    }

    /**
     * "And my other key?", "en nog een key?", "and my colleague's key?", "en die van mijn collega?" after a rule's answer
     * or question about a key: the same question about another key, so the bot asks for that key's date (the date given
     * before is of the first key, and its answer is kept) and answers with it. Empty when the thing is not the open
     * rule's ("and my other subscription?" after the key: a question of its own).
     */
    Optional<Reply> anotherOfTheSame(Turn turn) {
        Optional<PendingQuestion> pending = turn.pending().filter(PendingQuestion::aboutRule);
        Optional<FollowUps.Another> another = pending.isPresent() ? FollowUps.another(turn.text) : Optional.empty();
        // "En die van mijn collega?" names no thing: it is the one just asked about.
        Optional<DateRule> rule = another.flatMap(a -> a.thing().isPresent() ? sameRule(turn, pending.get(), a.thing().get())
                : book.rule(pending.get().intent()));
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        Map<String, LocalDate> others = new HashMap<>(pending.get().facts());
        others.remove(pending.get().awaitedFact());
        turn.setPending(DatedAnswer.pending(rule.get(), others, List.of(), pending.get().yesNo(), Optional.empty(), turn));
        QuestionFlow.holdWorkedOut(pending, turn);
        Optional<String> person = another.get().person();
        String lead = person.isEmpty() ? texts.get(turn.lang, "followup.another")
                : person.get().isEmpty() ? texts.get(turn.lang, "followup.someone_else")
                : texts.get(turn.lang, "followup.persons", person.get());
        return Optional.of(ruleReplies.ask(rule.get(), turn.lang, Optional.of(lead)));
    }

    /**
     * "And on 1 April?" right after a yes/no answer: the same question for that day, from the rule's date the
     * conversation gave (not a new rule's date of 1 April), the way round it was asked; a yes/no about no day ("is my
     * key still valid?") asked whether the rule allows it today, so it asks that of the new day, and after "will it
     * expire?" (whether it ends at all) the day asks whether it has ended by then. After an answer that was no yes/no
     * ("until when can I use it?"), a holiday ("what about Christmas?") asks the same of that day too, as a "still": the
     * reply says so, rather than taking the day for a new date of the event, while a written date ("and on 2 April
     * 2027?") stays a plan. Empty when no date was answered or the message is not just "and (on) a day".
     */
    Optional<Reply> sameQuestionOnDay(Turn turn) {
        Optional<PendingQuestion> pending = turn.pending().filter(p -> p.aboutRule() && !p.awaitsAnswer());
        Optional<Polarity> way = pending.flatMap(KeptDay::from).map(DayQuestion::polarity)
                .map(polarity -> polarity == Polarity.ENDS ? Polarity.ENDS_ON : polarity)
                .or(() -> pending.filter(p -> p.yesNo() || namesHoliday(turn)).map(p -> Polarity.ALLOWED));
        Optional<DateRule> rule = pending.flatMap(p -> book.rule(p.intent()));
        Optional<LocalDate> day = way.isPresent() && rule.isPresent()
                ? FollowUps.andOnDay(turn.text).flatMap(words -> onlyDay(words, turn, rule.get(), pending.get())) : Optional.empty();
        // "What about 11 months ago?", "and on 15 March 2026?": a day gone by is a new date of the thing, not one asked about.
        if (day.isEmpty() || rule.isEmpty() || !ThingsDayOrAskedDay.asked(day.get(), rule.get(), pending.get(), turn.countFrom())) {
            return Optional.empty();
        }
        DayQuestion asked = new DayQuestion(day.get(), way.get());
        turn.setNamedAskedDay();
        Optional<Reply> reply = known.answerOn(turn, rule.get(), asked);
        reply.ifPresent(r -> turn.setPending(DatedAnswer.pending(rule.get(), pending.get().facts(), List.of(), pending.get().yesNo(),
                Optional.of(asked), turn).withEachThing(pending.get().eachThing())));
        return reply;
    }

    /** Whether the message is "and (at) a holiday?" ("what about Christmas?", "en met oud en nieuw?"). */
    private static boolean namesHoliday(Turn turn) {
        return FollowUps.andOnDay(turn.text).filter(words -> DateExtractor.namesHoliday(words, turn.lang)).isPresent();
    }

    /**
     * The one day {@code words} are and nothing else, a day without a year the next one (a day asked about; after a
     * question that named its day, the one since the thing happened: {@link ThingsDayOrAskedDay#year}), read in the
     * whole message, whose preposition may make it a day ("at New Year"); a holiday of a few days ("oud en nieuw") asks
     * about its last day (see {@link AskedDay#from}).
     */
    private Optional<LocalDate> onlyDay(String words, Turn turn, DateRule rule, PendingQuestion pending) {
        List<DateMention> mentions = dates.read(turn.text, turn.lang, turn.today, YearlessPolicy.NEXT_OR_DAYS_PASSED);
        // "and on my birthday, 2 March 2027?": the day's name before its date is no other word (DayApposition).
        String normalized = Normalized.of(turn.text);
        if (mentions.size() != 1 || !Normalized.words(mentions.get(0).text()).equals(Normalized.words(words))
                && !Normalized.words(normalized.substring(DayApposition.start(normalized, mentions.get(0).start()), mentions.get(0).end()))
                        .equals(Normalized.words(words))) {
            return Optional.empty();
        }
        return mentions.get(0) instanceof ResolvedDate date
                ? Optional.of(ThingsDayOrAskedDay.year(date, date.date(), rule, pending, turn.countFrom()))
                : AskedDay.from(mentions.get(0));
    }

    /** The open question's rule when "until when can I use {@code subject}?" (or the like) is asked of it. */
    private Optional<DateRule> sameRule(Turn turn, PendingQuestion pending, String subject) {
        for (String asked : FollowUps.sameQuestionAbout(subject, turn.lang, true)) {
            Optional<DateRule> routed = rules.route(turn.withText(asked)).rule();
            if (routed.filter(r -> r.id().equals(pending.intent())).isPresent()) {
                return routed;
            }
        }
        return Optional.empty();
    }

    /**
     * "Laat maar", /cancel: drops the open question, and says whether there was one. A date the conversation
     * already worked out stays (without the day a yes/no asked about), so that "how many days left?" still has it, also
     * when the question dropped was asked back about another thing after that date's answer.
     */
    Reply cancel(Turn turn) {
        Optional<PendingQuestion> pending = turn.pending();
        // An answer given is no question open: only a question back or an offer of readings is dropped.
        boolean had = pending.filter(PendingQuestion::awaitsAnswer).isPresent();
        turn.clearPending();
        pending.flatMap(KnownDates::workedOut).ifPresent(turn::setPending);
        return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, had ? "cancel.done" : "cancel.nothing"));
    }
}
