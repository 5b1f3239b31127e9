package org.faqbot.dialog;

import java.util.List;
import org.faqbot.nlu.Normalized;

/**
 * Whether a question asks from when something can be done ("vanaf wanneer kan dat?", "from when is that possible?",
 * "how early can we ..."), for {@link RuleChoice}: only a rule that counts to the first day allowed (a
 * {@link org.faqbot.rules.FromRule}: the renewal's start, a reassignment after 90 days) answers that; an until rule
 * answers with a last day. Its cues alone do not say it: "Onze inschrijving verloopt binnenkort en ik wil de verlenging
 * op tijd doen" shares as many words with the user-assignment grace (the enrollment, the renewal) as with the renewal
 * window, and the grace came first. A question that asks from when something no longer works ("vanaf wanneer werkt hij
 * niet meer?") asks for an end, so a negation leaves it alone.
 */
final class AskedStart {

    private static final List<String> STARTS = List.of(
            " from when ", " from what date ", " from which date ", " from what day ", " from which day ", " as of when ",
            " as from when ", " starting when ", " starting from when ", " how early ", " earliest ",
            " vanaf wanneer ", " vanaf wnnr ", " vanaf wnr ", " vanaf welke ", " per wanneer ", " hoe vroeg ", " vroegst ");
    private static final List<String> NEGATIONS = List.of(
            " not ", " no longer ", " never ", " cannot ", " can't ", " won't ", " don't ", " doesn't ", " isn't ",
            " niet ", " geen ", " nooit ", " niet meer ");

    private AskedStart() {
    }

    /** Whether {@code question}, a message's question part, asks from when, and not from when no longer. */
    static boolean in(String question) {
        String words = " " + Normalized.words(question) + " ";
        return STARTS.stream().anyMatch(words::contains) && NEGATIONS.stream().noneMatch(words::contains);
    }
}
