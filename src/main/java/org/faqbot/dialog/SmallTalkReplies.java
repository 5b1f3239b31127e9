package org.faqbot.dialog;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.faqbot.nlu.SmallTalk;
import org.faqbot.store.PendingQuestion;

/**
 * The replies to small talk: help, greetings, thanks and the like from {@link SelfDescription}; an announced question
 * ("quick question about my key") also notes its thing, so that the question that follows may call it "it". Also a bare
 * "yes" or "no" when the bot asked nothing, which would otherwise be searched in the FAQ.
 */
final class SmallTalkReplies {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SelfDescription self;
    private final AnnouncedThing announced;
    private final RuleFlow rules;
    private final Texts texts;
    private final ZoneId zone;

    SmallTalkReplies(SelfDescription self, AnnouncedThing announced, RuleFlow rules, Texts texts, ZoneId zone) {
        this.self = self;
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
        return kind == SmallTalk.Kind.HELP ? self.help(turn.lang) : self.smallTalk(turn.lang, kind, turn.today);
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

    /** Whether a rule is asked about {@code thing} ("my key", "onze voordelen") when asked until or from when of it. */
    private boolean namesARuleThing(Turn turn, String thing) {
        return FollowUps.sameQuestionAbout(thing, turn.lang, true).stream()
                .anyMatch(asked -> rules.route(turn.withText(asked)).rule().isPresent());
    }
}
