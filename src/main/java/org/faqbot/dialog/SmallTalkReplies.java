package org.faqbot.dialog;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.nlu.YearlessPolicy;
import org.faqbot.nlu.SmallTalk;
import org.faqbot.store.PendingQuestion;

/**
 * The replies to small talk: help, greetings, thanks and the like from {@link SelfDescription}; an announced question
 * ("quick question about my key") also notes its thing, so that the question that follows may call it "it". Also a bare
 * "yes" or "no" when the bot asked nothing, which would otherwise be searched in the FAQ.
 */
final class SmallTalkReplies {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern PAST_FRAME = Pattern.compile("^(?:\\w+ )*?(?:day|date|dag|datum|hoeveelste) (?:was|fell|viel)\\b");
    /** The year words a day asked about may have beside it, when the date reader leaves them out ("christmas this year"). */
    private static final Pattern YEAR_WORDS = Pattern.compile("(?:(?:this|next|last|dit|volgend|vorig) (?:year|jaar)|again|weer|dan|then)");

    private final SelfDescription self;
    private final AnnouncedThing announced;
    private final RuleFlow rules;
    private final DateReader dates;
    private final Texts texts;
    private final ZoneId zone;

    SmallTalkReplies(SelfDescription self, AnnouncedThing announced, RuleFlow rules, DateReader dates, Texts texts, ZoneId zone) {
        this.self = self;
        this.dates = dates;
        this.announced = announced;
        this.rules = rules;
        this.texts = texts;
        this.zone = zone;
    }

    Reply reply(Turn turn, SmallTalk.Kind kind) {
        if (kind == SmallTalk.Kind.QUESTION_COMING) {
            Optional<Reply> aboutTopic = announced.note(turn, thing -> namesARuleThing(turn, thing));
            if (aboutTopic.isPresent()) {
                return aboutTopic.get();
            }
        }
        if (kind == SmallTalk.Kind.TIME) {
            // The clock's time of day in its zone, and the day the conversation takes as today (which a test may set).
            String time = ZonedDateTime.ofInstant(turn.now, zone).format(CLOCK_TIME);
            String text = texts.get(turn.lang, "smalltalk.time", texts.dayAndDate(turn.today, turn.lang), time, zone.getId());
            return Reply.text(turn.lang, ReplyType.SMALLTALK, text);
        }
        boolean emojiOnly = turn.text.codePoints().noneMatch(Character::isLetterOrDigit);
        if (kind == SmallTalk.Kind.ACKNOWLEDGEMENT && emojiOnly && nothingAnswered(turn)) {
            // "👍" or "😀😀😀" before any answer acknowledges nothing: "OK! Ask me anything else" would read as the
            // reply to an answer never given, so it is greeted and invited to ask, as "hi" is. A typed "ok" keeps its
            // short "OK!", which also answers an opening "ok" of someone about to ask.
            return self.smallTalk(turn.lang, SmallTalk.Kind.GREETING, turn.today);
        }
        if (kind == SmallTalk.Kind.ACKNOWLEDGEMENT) {
            Optional<Reply> open = dateStillOpen(turn);
            if (open.isPresent()) {
                return open.get();
            }
        }
        return kind == SmallTalk.Kind.HELP ? self.help(turn.lang) : self.smallTalk(turn.lang, kind, turn.today);
    }

    /**
     * "👍" or "ok" while the bot's question for a rule's date is open (after the rule in general with the offer to work
     * out the user's own date): "OK! Ask me anything else" passed over that question as if nothing were open, so the
     * acknowledgement says the date can still come.
     */
    private Optional<Reply> dateStillOpen(Turn turn) {
        Optional<PendingQuestion> open = turn.pending().filter(p -> p.aboutRule() && p.awaitsAnswer());
        if (open.filter(p -> !p.readings().isEmpty()).isPresent()) {
            // The dates offered as buttons ("28 February 2026 or 29 February 2024?") are still to choose from.
            return Optional.of(Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "smalltalk.acknowledgement.choice_open")));
        }
        return open.flatMap(pending -> rules.factQuestion(turn, pending)).map(ask -> Reply.text(turn.lang, ReplyType.SMALLTALK,
                texts.get(turn.lang, "smalltalk.acknowledgement.date_open", ask)));
    }

    /** Whether the conversation has had no answer yet and waits for none of the user's: nothing an "ok" could be about. */
    private static boolean nothingAnswered(Turn turn) {
        return turn.recent().lastAnswer() == null && turn.pending().isEmpty() && turn.recent().shown() == null;
    }

    /**
     * "Ja", "no" on their own when nothing waits for an answer (a question back, a /forget, buttons a yes presses are
     * answered before): saying so helps more than the FAQ's "I don't know". Empty otherwise.
     */
    Optional<Reply> yesOrNoToNothing(Turn turn) {
        boolean open = turn.pending().filter(PendingQuestion::awaitsAnswer).isPresent();
        if (open || !(YesWords.matches(turn.text) || NoWords.matches(turn.text)) || SmallTalk.classify(turn.text).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "smalltalk.yes_no_nothing")));
    }

    /**
     * "Hmm", "idk", "..." when nothing waits for an answer ({@link ThinkingAloud}): what the bot can do, as for a sigh,
     * rather than "I don't know the answer to that". Empty otherwise.
     */
    Optional<Reply> thinkingAloud(Turn turn) {
        boolean open = turn.pending().filter(PendingQuestion::awaitsAnswer).isPresent();
        return open || !ThinkingAloud.matches(turn.text) ? Optional.empty()
                : Optional.of(self.smallTalk(turn.lang, SmallTalk.Kind.SHRUG, turn.today));
    }

    /**
     * A signature alone or a greeting with who is writing, which the search found nothing for ({@link NoQuestionYet}):
     * what the question is, rather than "I don't know the answer to that". Empty for any other message.
     */
    Optional<Reply> noQuestionYet(Turn turn) {
        // A name and a company say nothing of a language: a signature alone is answered in its closing's.
        Lang lang = NoQuestionYet.signatureLang(turn.text).orElse(turn.lang);
        return NoQuestionYet.of(turn.text).map(kind -> Reply.text(lang, ReplyType.SMALLTALK,
                texts.get(lang, kind == NoQuestionYet.Kind.SIGNATURE ? "smalltalk.signature_only" : "smalltalk.introduction")));
    }

    /**
     * "Welke datum is het morgen?", "what day is Christmas this year?": the date of the day asked, by the conversation's
     * today, when the words after the question read as one date and at most a year word beside it ("dit jaar"). Empty
     * otherwise: "what date is my key valid until?" asks the rules.
     */
    Optional<Reply> dayAsked(Turn turn) {
        Optional<String> words = SmallTalk.dayAsked(turn.text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        // "Which day was New Year's Day?" asks the last one, "what day is Christmas?" the next.
        boolean past = PAST_FRAME.matcher(Normalized.words(turn.text)).find();
        List<DateMention> mentions = dates.read(words.get(), turn.lang, turn.today,
                past ? YearlessPolicy.MOST_RECENT_PAST : YearlessPolicy.NEXT_UPCOMING);
        if (mentions.size() != 1 || !(mentions.get(0) instanceof ResolvedDate day)) {
            return Optional.empty();
        }
        String rest = (words.get().substring(0, day.start()) + " " + words.get().substring(day.end())).strip();
        if (!rest.isEmpty() && !YEAR_WORDS.matcher(rest).matches()) {
            return Optional.empty();
        }
        String key = day.date().isBefore(turn.today) ? "smalltalk.day_of_past" : "smalltalk.day_of";
        String text = texts.get(turn.lang, key, FaqResponder.escape(words.get()), texts.dayAndDate(day.date(), turn.lang),
                texts.dayAndDate(turn.today, turn.lang));
        return Optional.of(Reply.text(turn.lang, ReplyType.SMALLTALK, text));
    }

    /** Whether a rule is asked about {@code thing} ("my key", "onze voordelen") when asked until or from when of it. */
    private boolean namesARuleThing(Turn turn, String thing) {
        return FollowUps.sameQuestionAbout(thing, turn.lang, true).stream()
                .anyMatch(asked -> rules.route(turn.withText(asked)).rule().isPresent());
    }
}
