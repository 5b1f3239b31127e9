package org.faqbot.dialog;

import org.faqbot.nlu.SmallTalk;

/**
 * The replies to small talk: help, greetings, thanks and the like from {@link SelfDescription}; an announced question
 * ("quick question about my key") also notes its thing, so that the question that follows may call it "it".
 */
final class SmallTalkReplies {

    private final SelfDescription self;
    private final AnnouncedThing announced;
    private final RuleFlow rules;

    SmallTalkReplies(SelfDescription self, AnnouncedThing announced, RuleFlow rules) {
        this.self = self;
        this.announced = announced;
        this.rules = rules;
    }

    Reply reply(Turn turn, SmallTalk.Kind kind) {
        if (kind == SmallTalk.Kind.QUESTION_COMING) {
            announced.note(turn, thing -> namesARuleThing(turn, thing));
        }
        return kind == SmallTalk.Kind.HELP ? self.help(turn.lang) : self.smallTalk(turn.lang, kind, turn.today);
    }

    /** Whether a rule is asked about {@code thing} ("my key", "onze voordelen") when asked until or from when of it. */
    private boolean namesARuleThing(Turn turn, String thing) {
        return FollowUps.sameQuestionAbout(thing, turn.lang, true).stream()
                .anyMatch(asked -> rules.route(turn.withText(asked)).rule().isPresent());
    }
}
