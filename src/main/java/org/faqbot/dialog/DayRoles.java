package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.nlu.Supposition;

/**
 * What a date of a message is when it is not the fact's own, though it was found beside the fact's cue: the day a
 * yes/no question asks about in the same sentence as the event ("is my key redeemed on 15 December 2025 still valid on
 * 1 January 2027?", "I redeemed the key on 1 December 2025, can I still use it tomorrow?"), or the day the user says
 * today is ("... and today is 6 December 2026"). {@link AskedDay} finds an asked day only in a clause without the
 * fact's cue; here the event's date comes first and the asked day after it.
 */
final class DayRoles {

    /** What states a date as today: "today is", "it's now", "vandaag is het", "het is nu". */
    private static final Pattern TODAY_IS = Pattern.compile(
            "(?:^|[^\\p{L}])(?:today is|today's date is|the date today is|it is now|it's now|it is today|it's today"
                    + "|vandaag is het|vandaag is|het is nu|het is vandaag|we zijn nu|we zitten nu op)\\s*(?:the\\s*)?$");
    /** Where a sentence ends, for the question an asked day belongs to. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;](?=\\s|$)");

    private DayRoles() {
    }

    /**
     * The last of {@code candidates} (the fact's dates, in text order) when it is the day a yes/no question asks about
     * rather than a second date of the fact: it follows another of them, stands after an asking preposition ("on",
     * "op", "until") or is counted from today ("tomorrow", "next week"), no past form dates it ("the key I activated
     * on 1 March"), its sentence is a yes/no question and holds no correction between the two ("on 3 March, no wait,
     * on 5 March") and speaks of one thing ("one key on 1 March and another on 1 June", "key A on 1 March, key B on 1 June"). The caller checks that the
     * day does not lie before the fact's.
     */
    static Optional<DateMention> askedAfterFact(String text, List<DateMention> candidates) {
        if (candidates.size() < 2 || !(candidates.get(candidates.size() - 1) instanceof ResolvedDate last)) {
            return Optional.empty();
        }
        DateMention before = candidates.get(candidates.size() - 2);
        String normalized = Normalized.of(text);
        String between = " " + Normalized.words(normalized.substring(before.end(), last.start())) + " ";
        boolean asking = last.relative() || AskedDay.afterAskingPreposition(normalized, last);
        String sentence = sentenceOf(normalized, last);
        boolean question = sentence.strip().endsWith("?") && QuestionShape.isYesNo(sentence);
        if (!asking || !question || AskedDay.afterPastForm(text, last) || CorrectionWords.anyCue(between) || SeveralThings.named(text)
                || !ThingLabels.of(text, List.of(before, last)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(last);
    }

    /**
     * The other of two {@code candidates} when one is a bare "today" that dates a supposed action and the other stands in
     * the yes/no question: in "kan ik mijn key over een jaar nog gebruiken als ik hem vandaag inwisselt?" the redemption is
     * today and the question is about a year later, whichever comes first. {@link #askedAfterFact} covers the order
     * "if I redeem it today, will it work on ...?" too, and is asked first.
     */
    static Optional<DateMention> askedBesideSupposedToday(String text, List<DateMention> candidates, LocalDate today) {
        if (candidates.size() != 2) {
            return Optional.empty();
        }
        for (int i = 0; i < 2; i++) {
            DateMention own = candidates.get(i);
            DateMention other = candidates.get(1 - i);
            boolean supposedToday = own instanceof ResolvedDate day && day.relative() && day.date().equals(today)
                    && Supposition.around(text, own.start(), own.end());
            if (supposedToday && other instanceof ResolvedDate asked && !asked.date().equals(today)) {
                String sentence = sentenceOf(Normalized.of(text), other);
                boolean question = sentence.strip().endsWith("?") && QuestionShape.isYesNo(sentence);
                return question && !AskedDay.afterPastForm(text, other) ? Optional.of(other) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code mention} is stated as today ("I redeemed it on 1 December 2025 and today is 6 December 2026",
     * "vandaag is het 6 december 2026"): no date of the fact, but the day the user counts from.
     */
    static boolean statedAsToday(String text, DateMention mention) {
        return TODAY_IS.matcher(Normalized.of(text).substring(0, mention.start())).find();
    }

    /** The sentence of {@code mention}, up to and with the mark that ends it. */
    private static String sentenceOf(String normalized, DateMention mention) {
        Matcher before = SENTENCE_END.matcher(normalized);
        int from = 0;
        while (before.find() && before.end() <= mention.start()) {
            from = before.end();
        }
        Matcher after = SENTENCE_END.matcher(normalized);
        int to = after.find(mention.end()) ? after.end() : normalized.length();
        return normalized.substring(from, to);
    }
}
