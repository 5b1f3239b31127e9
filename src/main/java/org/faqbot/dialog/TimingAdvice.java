package org.faqbot.dialog;

import java.util.List;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.nlu.Supposition;

/**
 * Whether a message asks for advice on when to do something: "should I redeem the key now or wait until after
 * Christmas?", "moet ik de key nu inwisselen of wachten tot na kerst?". Its days are the choices weighed, not the
 * date of an event the user did or fixed, so the bot gives the rule in general (a key is usable for a year from the day
 * it is redeemed, benefits must be redeemed before they expire) rather than work out, or ask for, one of them.
 */
final class TimingAdvice {

    /** Words that set doing it now against doing it later, in a question of plan or advice. */
    private static final List<String> CHOICES = List.of(
            "or wait", "or should i wait", "or should we wait", "or later", "now or", "better to wait", "wait until", "wait till",
            "wait with", "wait for", "hold off", "of wachten", "of moet ik wachten", "of moeten we wachten", "of later", "nu of",
            "beter wachten", "beter om te wachten", "wachten tot", "wachten met", "even wachten", "beter nog wachten");
    /** Each of {@link #CHOICES} holds one of these: a message without any is no such question, whatever its shape. */
    private static final List<String> CHOICE_STEMS = List.of("wait", "later", "now", "hold", "wacht", "nu");

    private TimingAdvice() {
    }

    /** True when {@code text} is a question of plan ("should I", "moet ik") that weighs now against later. */
    static boolean asks(String text, QuestionShape.Read shape) {
        // Asked of every message a rule may answer: the cheap test of words first, the shape and plan after.
        String normalized = Normalized.of(text);
        if (CHOICE_STEMS.stream().noneMatch(normalized::contains) || !shape.isQuestion() || !Supposition.mayHold(text)) {
            return false;
        }
        String words = " " + Normalized.words(text) + " ";
        return CHOICES.stream().anyMatch(choice -> words.contains(" " + choice + " "));
    }
}
