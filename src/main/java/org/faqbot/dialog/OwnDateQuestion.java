package org.faqbot.dialog;

import java.util.Map;
import java.util.Optional;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.rules.FromRule;
import org.faqbot.rules.Polarity;

/**
 * How a message asks about the user's own dates, whatever rule it asks, for {@link RuleRouter}. {@code personalText}:
 * the user speaks of their own ("my key", "onze voordelen") or only asks how many days are left; {@code yesNo}: a yes/no
 * question, also whether a thing ends ("verloopt hij op 1 maart?"); {@code asksOwnEnd}: whether the user's own thing
 * ends ("will my key expire?", "has it expired?"); {@code personalDateQuestion}: a question for the user's own date or
 * about now ("until when can I use my key?", "can I still ...?"); {@code asksOwnDate}: the same, but a yes/no question
 * counts only with "still" or "nog", as its "when" is a conjunction ("should I ... when the portal warns me?").
 */
record OwnDateQuestion(boolean personalText, boolean yesNo, boolean asksOwnEnd, boolean personalDateQuestion,
        boolean asksOwnDate) {

    /**
     * How {@code shape} asks about the user's dates. {@code inGeneral}: the message asks for advice or what becomes of a
     * thing, which is no question of the user's own; {@code askedEnds} and {@code askedNow} by rule id, the days and the
     * ways a question asks whether a rule's thing ends; {@code pendingRule} the rule whose question back is open.
     */
    static OwnDateQuestion of(QuestionShape.Read shape, boolean inGeneral, Map<String, EndDates.AskedEnd> askedEnds,
            Map<String, Polarity> askedNow, Optional<String> pendingRule) {
        // "How many days left?" needs no "I": counting days left is about the user's own date anyway.
        boolean personalText = (shape.isPersonal() || shape.asksOnlyForDaysLeft()) && !shape.asksAboutOthers() && !inGeneral;
        // A question whether the thing ends is a yes/no question, also when it opens with its verb ("verloopt hij ...?").
        boolean yesNo = shape.isYesNo() || !askedEnds.isEmpty() || !askedNow.isEmpty();
        boolean asksForDate = shape.asksForDate();
        boolean aboutNow = yesNo && shape.isAboutNow();
        // "Does it expire?" with "it" for the thing of the open rule question asks about the user's own date too.
        boolean asksOwnEnd = !askedNow.isEmpty() && !shape.asksAboutOthers()
                && (personalText || pendingRule.filter(askedNow::containsKey).isPresent());
        boolean personal = personalText && (asksForDate || aboutNow) || asksOwnEnd;
        boolean asksOwnDate = personalText && (yesNo ? aboutNow : asksForDate) || asksOwnEnd;
        return new OwnDateQuestion(personalText, yesNo, asksOwnEnd, personal, asksOwnDate);
    }

    /**
     * True when this yes/no question, of the user's own and without dates, asks whether the user may do the rule's thing,
     * which their own date decides, as "can I still use my key?" does. A "from" rule's thing waits for a date, so strong
     * cues are enough: "can I give my VS subscription to someone else?". An "until" rule's thing is allowed within its
     * period, and "can I use the key for a demo?" asks what for: only a question whose own words name the rule's act asks
     * whether the period still runs ("can I reactivate my VS subscription?", "kan ik ons VS-abonnement heractiveren?").
     */
    boolean asksMayDo(Optional<RuleChoice.Chosen> chosen) {
        return personalText && yesNo
                && chosen.filter(c -> c.rule() instanceof FromRule ? c.strong() : c.askedOnItsOwn()).isPresent();
    }
}
