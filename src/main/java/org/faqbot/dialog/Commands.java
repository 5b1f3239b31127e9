package org.faqbot.dialog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.store.Feedback;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.QuestionLog;

/**
 * The slash commands every channel shares: /start, /help, /lang, /topics, /cancel, and the payloads
 * of buttons (/faq, /date, /feedback). Telegram registers them as its command menu; the console
 * accepts them typed.
 */
final class Commands {

    private final KnowledgeBase kb;
    private final FaqResponder faq;
    private final RuleFlow rules;
    private final Topics topics;
    private final Texts texts;
    private final QuestionLog log;
    private final Forgetting forgetting;
    private final RemindCommand remind;
    private final WordedReminder wordedReminder;
    private final ReminderList reminderList;
    private final Remembering remembering;
    private final MyData myData;
    private final SelfDescription self;

    Commands(KnowledgeBase kb, FaqResponder faq, RuleFlow rules, Texts texts, QuestionLog log, Forgetting forgetting,
            RemindCommand remind, WordedReminder wordedReminder, ReminderList reminderList, Remembering remembering, MyData myData,
            SelfDescription self) {
        this.kb = kb;
        this.faq = faq;
        this.rules = rules;
        this.topics = new Topics(kb, faq.known().homePages());
        this.texts = texts;
        this.log = log;
        this.forgetting = forgetting;
        this.remind = remind;
        this.wordedReminder = wordedReminder;
        this.reminderList = reminderList;
        this.remembering = remembering;
        this.myData = myData;
        this.self = self;
    }

    /**
     * True for a slash and a word, and for a slash alone: "/" or "/xyz" is a command the user got wrong,
     * and saying so helps more than searching the FAQ for it. "/ how ..." is not a command.
     */
    static boolean isCommand(String text) {
        return text.startsWith("/") && (text.length() == 1 || !Character.isWhitespace(text.charAt(1)));
    }

    /** True for the commands that keep something about the user or the conversation (/remember, /lang, ...). */
    static boolean keepsState(String text) {
        return isCommand(text) && STATEFUL.contains(name(text.strip().split("\\s+", 2)[0]));
    }

    private static final Set<String> STATEFUL = Set.of("lang", "taal", "language", "remember", "onthoud", "mydata",
            "mijngegevens", "forget", "vergeet", "remind", "reminders", "herinneringen");

    private static String name(String command) {
        return command.substring(1).toLowerCase(Locale.ROOT).replaceFirst("@.*$", "");
    }

    Reply handle(Turn turn) {
        String[] parts = turn.text.strip().split("\\s+", 2);
        String name = name(parts[0]);
        String arg = parts.length > 1 ? parts[1].strip() : "";
        return switch (name) {
            case "start" -> self.start(turn.lang);
            case "help" -> self.help(turn.lang);
            case "lang", "taal", "language" -> lang(turn, arg);
            case "topics", "onderwerpen" -> topics(turn.lang, arg);
            case "cancel", "annuleer", "stop" -> cancel(turn);
            case "faq" -> entry(turn.lang, arg);
            case "date" -> date(turn, arg);
            case "feedback" -> feedback(turn, arg);
            case "remember", "onthoud" -> remembering.remember(turn);
            case "mydata", "mijngegevens" -> myData.show(turn);
            case "forget", "vergeet" -> forgetting.handle(turn, arg);
            case "remind" -> remind.handle(turn, arg);
            case "reminders", "herinneringen" -> reminderList.handle(turn, arg);
            default -> smalltalk(turn.lang, "command.unknown", FaqResponder.escape(parts[0]));
        };
    }

    /**
     * The reply to a command asked for in plain words ({@link CommandWords}), in the words' language: what the command
     * does, except that deleting only asks (its button deletes). A request for a language the bot does not speak ("und auf
     * Deutsch?") gets /lang's answer to it. Empty for any other message.
     */
    Optional<Reply> inWords(Turn turn) {
        // Only the answer that just two languages are spoken, so also for a question on its own (its buttons keep nothing there).
        Optional<String> unspoken = LanguageRequest.unspoken(turn.text);
        if (unspoken.isPresent()) {
            return Optional.of(lang(turn, unspoken.get()));
        }
        // Under the reminder list or its question, cancel-all words press its buttons (OfferedChoices), not ask again.
        boolean listShown = turn.recent().buttons().stream().flatMap(shown -> shown.buttons().stream())
                .anyMatch(button -> button.payload().startsWith(ReminderList.CANCEL_PAYLOAD));
        Optional<CommandWords.Asked> asked = listShown ? CommandWords.asked(turn.text) : CommandWords.asked(turn.text, turn.lang);
        if (asked.isEmpty()) {
            // "Remind me 30 days before my key expires", "herinner me morgen": a reminder's reply, never an FAQ entry.
            return ReminderRequest.read(turn.text).map(request -> remindInWords(turn, turn.withLang(request.lang())));
        }
        Turn inLang = turn.withLang(asked.get().lang());
        if (turn.message.standalone()) {
            // A question on its own has no one whose data or reminders there are.
            return Optional.of(Reply.text(inLang.lang, ReplyType.CLARIFY, texts.get(inLang.lang, "standalone.no_memory")));
        }
        Reply reply = switch (asked.get().command()) {
            case FORGET -> forgetting.askInWords(inLang);
            case FORGET_THAT -> forgetting.forgetThat(inLang);
            case MYDATA -> myData.show(inLang);
            case REMIND -> remind.inWords(inLang);
            // "Cancel all reminders" asks to cancel them all; "stop the reminders" lists them with their buttons.
            case REMINDERS -> reminderList.handle(inLang, TypedCancel.all(turn.text) ? "cancel all" : "");
        };
        turn.adopt(inLang);
        return Optional.of(reply);
    }

    private Reply remindInWords(Turn turn, Turn inLang) {
        if (turn.message.standalone()) {
            return Reply.text(inLang.lang, ReplyType.CLARIFY, texts.get(inLang.lang, "standalone.no_memory"));
        }
        Reply reply = wordedReminder.reply(inLang);
        turn.adopt(inLang);
        return reply;
    }

    private Reply lang(Turn turn, String arg) {
        // The language's name is understood as well as its code: "/lang nederlands", "/lang english".
        Optional<Lang> chosen = Lang.fromCode(arg).or(() -> LanguageRequest.named(arg));
        if (chosen.isEmpty()) {
            // Asking again without a word about "/lang fr" would read as if the command had not been understood.
            String text = arg.isBlank() ? texts.get(turn.lang, "lang.choose") : texts.get(turn.lang, "lang.unsupported", FaqResponder.escape(arg));
            List<Choice> choices = List.of(new Choice("Nederlands", "/lang nl"), new Choice("English", "/lang en"));
            return Reply.builder(turn.lang, ReplyType.SMALLTALK, text).choices(choices).build();
        }
        turn.setLangChoice(chosen.get());
        return Reply.text(chosen.get(), ReplyType.SMALLTALK, texts.get(chosen.get(), "lang.set"));
    }

    private Reply topics(Lang lang, String arg) {
        Optional<Topics.Section> section = topics.section(arg);
        if (section.isPresent()) {
            String text = texts.get(lang, "topics.section", FaqResponder.escape(section.get().heading().get(lang)));
            return Reply.builder(lang, ReplyType.SMALLTALK, text).choices(topics.questionChoices(section.get(), lang)).build();
        }
        return Reply.builder(lang, ReplyType.SMALLTALK, texts.get(lang, "topics.text")).choices(topics.sectionChoices(lang)).build();
    }

    private Reply cancel(Turn turn) {
        // Right after "remember ..." nothing is asked; the moment is dropped all the same. A date already worked out stays
        // for "how many days left?", as after "laat maar".
        Optional<PendingQuestion> pending = turn.pending();
        // An answer given is no question open: only a question back or an offer of readings is dropped.
        boolean had = pending.filter(PendingQuestion::awaitsAnswer).isPresent();
        turn.clearPending();
        pending.flatMap(KnownDates::workedOut).ifPresent(turn::setPending);
        return smalltalk(turn.lang, had ? "cancel.done" : "cancel.nothing");
    }

    private Reply entry(Lang lang, String key) {
        return kb.findByKey(key).map(e -> faq.answer(e, lang))
                .orElseGet(() -> smalltalk(lang, "faq.unknown_key"));
    }

    /** A date chosen with a button ({@code /date 2021-03-12}) or typed the same way, for the open question. */
    private Reply date(Turn turn, String arg) {
        LocalDate chosen;
        try {
            chosen = LocalDate.parse(arg);
        } catch (DateTimeParseException e) {
            return smalltalk(turn.lang, "date.bad_choice", FaqResponder.escape(arg));
        }
        if (chosen.getYear() < DateExtractor.DEFAULT_MIN_YEAR || chosen.getYear() > DateExtractor.DEFAULT_MAX_YEAR) {
            // Typed, a payload is just another way to type a date, so it gets the range check typed dates get.
            String text = texts.get(turn.lang, "date.invalid.year_out_of_range", FaqResponder.escape(arg),
                    DateExtractor.DEFAULT_MIN_YEAR, DateExtractor.DEFAULT_MAX_YEAR);
            return Reply.text(turn.lang, ReplyType.CLARIFY, text);
        }
        Optional<PendingQuestion> pending = turn.pending().filter(p -> !p.intent().equals(PendingQuestion.FORGET));
        if (pending.isPresent() && pending.get().intent().equals(PendingQuestion.REMEMBER)) {
            return remembering.choose(turn, pending.get(), chosen);
        }
        return pending.flatMap(p -> rules.chooseReading(turn, p, chosen)).orElseGet(() -> smalltalk(turn.lang, "date.no_question"));
    }

    private Reply feedback(Turn turn, String arg) {
        String[] parts = arg.split("\\s+");
        Optional<FaqEntry> entry = parts.length == 2 ? kb.findByKey(parts[1]) : Optional.empty();
        boolean helpful = parts[0].equalsIgnoreCase("up");
        if (entry.isEmpty() || !(helpful || parts[0].equalsIgnoreCase("down"))) {
            return smalltalk(turn.lang, "feedback.bad");
        }
        Feedback feedback = new Feedback(turn.now, turn.lang, entry.get().id(), helpful, "");
        SafeStores.write("feedback", () -> log.record(feedback));
        return smalltalk(turn.lang, helpful ? "feedback.thanks_up" : "feedback.thanks_down");
    }

    private Reply smalltalk(Lang lang, String key, Object... args) {
        return Reply.text(lang, ReplyType.SMALLTALK, texts.get(lang, key, args));
    }
}
