package org.faqbot.dialog;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.nlu.LanguageDetector;
import org.faqbot.nlu.Markup;
import org.faqbot.nlu.SmallTalk;
import org.faqbot.rules.Evidence;
import org.faqbot.search.EncoderLoader;
import org.faqbot.store.DropLog;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.Stores;

/**
 * The conversation core behind every channel. For each message it picks the language, then handles,
 * in this order: a command or button payload; an answer to a question the bot asked ({@link OpenQuestions});
 * small talk; and otherwise a question ({@link QuestionFlow}: a date rule about the user's own dates, or an
 * answer from the knowledge base, or a fallback with suggestions). Thread-safe: all state lives in the stores.
 */
public final class FaqAssistant implements Assistant {

    private final FaqResponder faq;
    private final Commands commands;
    private final Reminders reminders;
    private final Remembering remembering;
    private final OpenQuestions openQuestions;
    private final QuestionFlow questions;
    private final ConversationTurns turns;
    private final LanguageDetector detector;
    private final Texts texts;
    private final Stores stores;
    private final Clock clock;
    private final RepeatedAnswer repeated;
    private final OfferedChoices offered;
    private final HeldAnswers held;
    private final AnnouncedThing announced;
    private final JoinedFragments fragments;
    private final SmallTalkReplies smallTalk;
    private final LoneDate loneDate;
    private final LoneLink loneLink;
    private final DropLog lateReminders;
    private final RememberedCorrection corrected;
    private final PeriodWhy periodWhy;
    private final LoneThing loneThing;
    private final DateReader dates;
    private final RuleRouter router;

    private FaqAssistant(AssistantParts parts) {
        this.texts = new Texts(parts.messages());
        this.faq = new FaqResponder(parts.kb(), parts.index(), texts, parts.stores().questions(), parts.settings());
        SelfDescription self = new SelfDescription(faq.known(), texts);
        this.dates = new DateReader(parts.dates());
        this.router = new RuleRouter(parts.rules(), dates, parts.settings().intentThreshold());
        Evidence evidence = Evidence.find(parts.rules(), parts.kb());
        RuleReplies ruleReplies = new RuleReplies(parts.rules(), evidence, parts.kb(), texts);
        this.periodWhy = new PeriodWhy(parts.rules(), evidence, parts.kb(), texts);
        Profiles profiles = new Profiles(parts.stores(), texts);
        this.reminders = new Reminders(parts.rules(), parts.stores(), texts, parts.clock().getZone());
        RuleFlow rules = new RuleFlow(parts.rules(), router, ruleReplies, faq, texts, profiles, DateExtractor.DEFAULT_MIN_YEAR,
                DateExtractor.DEFAULT_MAX_YEAR);
        this.remembering = new Remembering(parts.rules(), router, ruleReplies, profiles, reminders, parts.stores(), texts,
                DateExtractor.DEFAULT_MIN_YEAR, DateExtractor.DEFAULT_MAX_YEAR);
        MyData myData = new MyData(parts.rules(), parts.kb(), profiles, reminders, parts.stores(), texts);
        Forgetting forgetting = new Forgetting(parts.rules(), profiles, reminders, texts);
        this.corrected = new RememberedCorrection(parts.rules(), profiles, reminders, texts);
        RemindCommand remind = new RemindCommand(parts.rules(), profiles, reminders, texts);
        WordedReminder worded = new WordedReminder(parts.rules(), router, ruleReplies, remind, remembering, texts,
                DateExtractor.DEFAULT_MIN_YEAR, DateExtractor.DEFAULT_MAX_YEAR);
        this.commands = new Commands(parts.kb(), faq, rules, texts, parts.stores().questions(), forgetting, remind, worded,
                new ReminderList(reminders, parts.stores(), texts), remembering, myData, self);
        KnownDates known = new KnownDates(parts.rules(), ruleReplies, texts, profiles);
        this.openQuestions = new OpenQuestions(forgetting, remembering, rules, ruleReplies, texts, parts.rules(), known, dates);
        this.questions = new QuestionFlow(rules, faq, parts.rules(), parts.kb(), texts);
        this.repeated = new RepeatedAnswer(parts.rules(), ruleReplies, faq, parts.kb(), texts);
        this.turns = new ConversationTurns(parts.detector(), parts.stores(), parts.clock(), parts.settings().pendingTtl());
        this.detector = parts.detector();
        this.stores = parts.stores();
        this.clock = parts.clock();
        this.offered = new OfferedChoices(texts, parts.settings().pendingTtl(), new NamedDateChoice(parts.rules()));
        this.held = new HeldAnswers(offered, openQuestions, new OneOfThem(parts.rules(), known), new ShiftedFact(parts.rules(), texts),
                new ReplacedDate(rules, dates), new MonthCorrection(rules, dates));
        this.announced = new AnnouncedThing(parts.settings().pendingTtl(), faq, texts);
        this.fragments = new JoinedFragments(parts.settings().pendingTtl());
        this.smallTalk = new SmallTalkReplies(self, announced, rules, dates, texts, parts.clock().getZone());
        this.loneDate = new LoneDate(dates, ruleReplies, parts.rules(), texts);
        this.loneLink = new LoneLink(announced, texts);
        this.loneThing = new LoneThing(rules, faq);
        this.lateReminders = ReminderSender.lateDrops(parts.clock());
    }

    public static FaqAssistant of(AssistantParts parts) {
        return new FaqAssistant(parts);
    }

    /**
     * The standard assistant over {@code kb}: shipped rules, messages, search settings and fusion model.
     * A search that needs the encoder waits for it to load (about a second), so that every answer is the one
     * the whole cascade gives (a question the words stage is sure of needs no encoder and does not wait):
     * for one-shot questions, evaluation and tests.
     */
    public static FaqAssistant create(KnowledgeBase kb, Stores stores, Clock clock) {
        // The model loads on another core while the index and rules are built: started only by the first
        // search, it began after them, and `ask` waited for the two one after the other.
        EncoderLoader.start();
        return of(AssistantParts.standard(kb, stores, clock, EncoderLoader::await));
    }

    /**
     * The standard assistant for a long-running bot: while the encoder loads in the background it answers from
     * the lexical search and the word vectors, and fuses both halves from then on.
     */
    public static FaqAssistant createWarmingUp(KnowledgeBase kb, Stores stores, Clock clock) {
        EncoderLoader.start();
        return of(AssistantParts.standard(kb, stores, clock, EncoderLoader::ifReady));
    }

    @Override
    public Reply reply(IncomingMessage message) {
        try {
            return handle(message);
        } catch (RuntimeException e) {
            return FailedReply.apology(message, e, texts);
        }
    }

    /** A sender of due reminders through {@code sender}; call {@link ReminderSender#sendDue} periodically. */
    public ReminderSender reminderSender(MessageSender sender) {
        return new ReminderSender(stores.reminders(), reminders, sender, clock, lateReminders);
    }

    @Override
    public List<Reply> lookup(String query, Optional<Lang> langHint, int max) {
        if (Markup.isCodeOnly(query)) {
            return List.of();
        }
        String text = Markup.strip(query);
        Lang lang = detector.detect(text, langHint);
        return faq.search(text, lang).top(max).stream()
                .map(hit -> faq.answer(hit.entry(), lang, hit.confidence(), hit.alsoIn()))
                .toList();
    }

    @Override
    public Coverage coverage() {
        return faq.known().coverage();
    }

    private Reply handle(IncomingMessage message) {
        SearchAhead ahead = faq.ahead();
        ahead.begin();
        dates.begin();
        router.begin();
        try {
            Turn turn = turns.begin(message);
            if (!turn.text.isEmpty() && !Commands.isCommand(turn.text) && !Markup.isCodeOnly(turn.message.text())) {
                ahead.start(turn.text, turn.lang);
            }
            return handle(message, turn);
        } finally {
            router.end();
            dates.end();
            ahead.end();
        }
    }

    private Reply handle(IncomingMessage message, Turn turn) {
        Optional<PendingQuestion> before = turn.pending();
        Reply reply = respond(turn);
        if (!message.standalone()) {
            // Once per message, after the whole reply: what the message did to the date the conversation answered from.
            SupposedNotKept.keepGiven(turn, before);
            reply = corrected.follow(turn, before, reply);
            ReplacedDate.note(turn, before, reply);
            repeated.noteReply(turn, reply);
            offered.note(turn, reply);
        }
        turns.end(turn);
        return reply;
    }

    private Reply respond(Turn turn) {
        if (Markup.isCodeOnly(turn.message.text())) {
            // Pasted markup or code asks nothing, though its identifiers may be the FAQ's words ("alert").
            return faq.codeOnly(turn.lang);
        }
        if (turn.text.isEmpty()) {
            return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "empty.text"));
        }
        if (turn.message.standalone() && (RememberWords.matches(turn.text) || Commands.keepsState(turn.text))) {
            // A question on its own has no one to remember things for and no conversation to keep them in.
            return Reply.text(turn.lang, ReplyType.CLARIFY, texts.get(turn.lang, "standalone.no_memory"));
        }
        if (Commands.isCommand(turn.text)) {
            return commands.handle(turn);
        }
        Optional<Reply> forgetAnswer = openQuestions.answerForget(turn);
        if (forgetAnswer.isPresent()) {
            return forgetAnswer.get();
        }
        if (CancelWords.matches(turn.text)) {
            return openQuestions.cancel(turn);
        }
        Optional<SmallTalk.Kind> closing = CancelWords.withClosing(turn.text);
        if (closing.isPresent()) {
            // "Never mind, bye": the question is dropped as a cancel drops it, and the reply is the goodbye.
            openQuestions.cancel(turn);
            return smallTalk.reply(turn, closing.get());
        }
        Optional<Lang> otherLanguage = turn.message.standalone() ? Optional.empty() : LanguageRequest.asked(turn.text);
        if (otherLanguage.isPresent()) {
            return inLanguage(turn, otherLanguage.get());
        }
        if (RememberWords.matches(turn.text)) {
            return remembering.remember(turn);
        }
        Optional<Reply> commandInWords = commands.inWords(turn);
        if (commandInWords.isPresent()) {
            return commandInWords.get();
        }
        Optional<Reply> answered = held.answer(turn, this::respond);
        if (answered.isPresent()) {
            return answered.get();
        }
        // "Maakt niet uit" to the question for a date is no "ok" that leaves it open: the rule in general answers it
        // (QuestionFlow), the question dropped.
        boolean dateDismissed = CancelWords.dismisses(turn.text)
                && turn.pending().filter(p -> p.aboutRule() && p.awaitsAnswer() && p.readings().isEmpty()).isPresent();
        Optional<SmallTalk.Kind> kind = dateDismissed ? Optional.empty() : SmallTalk.classify(turn.text);
        if (kind.isPresent()) {
            return smallTalk.reply(turn, kind.get());
        }
        Optional<Reply> aside = smallTalk.yesOrNoToNothing(turn).or(() -> smallTalk.thinkingAloud(turn))
                .or(() -> loneDate.answer(turn))
                .or(() -> loneLink.answer(turn)).or(() -> smallTalk.dayAsked(turn)).or(() -> periodWhy.answer(turn));
        if (aside.isPresent()) {
            return aside.get();
        }
        // "When does it expire?" right after "quick question about my key": "it" is the key.
        Turn question = turn.withText(announced.resolve(turn, SmallTalk.strip(turn.text)));
        Reply reply = questions.answer(question);
        // "my key" / "redeemed on 3 March" / "is it still ok?": a question typed over several short messages, read together.
        Optional<JoinedFragments.Answered> joined = fragments.join(question, reply, text -> {
            Turn part = turn.withText(text);
            return new JoinedFragments.Answered(part, questions.answer(part));
        });
        if (joined.isPresent()) {
            question = joined.get().turn();
            reply = joined.get().reply();
        }
        if (reply.type() == ReplyType.FALLBACK && NoListToChoose.picks(turn.text)) {
            // "The first one" with no list shown (any shown is read before, {@link OfferedChoices}): say so, not "I don't know".
            return faq.noList(turn.lang);
        }
        if (reply.type() == ReplyType.FALLBACK && detector.neither(turn.text)) {
            // "Wie lange ist mein Schlüssel gültig?": not understood because it is in another language, which the reply says in both.
            return Reply.text(turn.lang, ReplyType.FALLBACK, texts.get(turn.lang, "fallback.other_language"));
        }
        Optional<Reply> noQuestion = reply.type() == ReplyType.FALLBACK ? smallTalk.noQuestionYet(turn) : Optional.empty();
        if (noQuestion.isPresent()) {
            return noQuestion.get();
        }
        // A rule's thing alone gets its entries and the rule's question to ask even when the search's suggestions reach the
        // floor: a model whose floor is low enough for vague messages ("key" at 0.08) suggests for it too, without that question.
        if (reply.type() == ReplyType.FALLBACK) {
            reply = loneThing.answer(turn).orElse(reply);
        }
        // A message the bot did not understand says nothing about the conversation so far: its dates and open
        // question stay for the next message ("hoeveel dagen nog?" after a misread line), as after small talk.
        if (SmallTalk.frustratedLead(turn.text)) {
            // "I'm tired of waiting, when does it expire?": the frustration is heard, and the question still answered.
            reply = reply.withPreface(texts.get(turn.lang,
                    reply.type() == ReplyType.FALLBACK ? "smalltalk.frustrated_unanswered" : "smalltalk.frustrated_question"));
        }
        if (reply.type() != ReplyType.FALLBACK) {
            turn.adopt(question);
            announced.answered(turn);
            fragments.answered(turn, reply);
        } else {
            fragments.keep(turn);
        }
        return reply;
    }

    /** "Can you say that in English?": the last answer again in that language, which the conversation keeps from now on. */
    private Reply inLanguage(Turn turn, Lang lang) {
        turn.setLangChoice(lang);
        return repeated.again(turn.withLang(lang));
    }
}
