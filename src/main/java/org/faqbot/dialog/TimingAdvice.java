package org.faqbot.dialog;

import java.util.List;
import java.util.regex.Pattern;
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
    /** Waiting supposed by an "if": "if I wait until", "als we wachten tot"; its words are no choice. */
    private static final Pattern SUPPOSED_WAIT = Pattern.compile(" (?:if|als|stel dat) (?:i|we|ik|wij) (?:wait|wacht|wachten) (?:until|till|tot) ");
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
        // "And if I wait until 1 January?" supposes the day it waits for, as "en als ik wacht tot 1 januari?" does: the
        // waiting is no choice weighed against now, so its day is the day asked about.
        String weighed = SUPPOSED_WAIT.matcher(words).replaceAll(" ");
        return CHOICES.stream().anyMatch(choice -> weighed.contains(" " + choice + " "));
    }
}
