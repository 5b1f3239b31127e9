package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.Evaluation;
import org.faqbot.store.PendingQuestion;

/**
 * Someone else's date right after the answer for the user's own: "and my colleague on 5 February", "en mijn collega op
 * 5 februari". It is that person's thing, so it is answered for each of them ("Yours:", "Your colleague's:") and the
 * user's own date stays the conversation's, rather than being replaced by the colleague's.
 */
final class AnotherPersonsDate {

    private static final String PERSONS = Colleagues.WORDS;
    /** Group 1: the person whose date the message gives. */
    private static final Pattern PERSON = Pattern.compile("\\b(?:my|our|mijn|onze|ons|m'n) (" + PERSONS + ")s?\\b");
    /** The user's own part: with it the message gives two dates, which the message's own reading tells apart. */
    private static final Pattern OWN = Pattern.compile("\\b(?:i|ik|mine|me|mij|de mijne|het mijne|my own|mijn eigen)\\b");

    private final RuleReplies replies;
    private final Texts texts;
    private final PersonsDates persons;

    AnotherPersonsDate(RuleReplies replies, Texts texts, PersonsDates persons) {
        this.replies = replies;
        this.texts = texts;
        this.persons = persons;
    }

    /** See {@link PersonsDates#alone}: a new question that gives only another person's date. */
    Optional<Reply> alone(Turn turn, DateRule rule, DatePicker.Pick pick, Map<String, LocalDate> known, boolean yesNo) {
        return persons.alone(turn, rule, pick, known, yesNo);
    }

    /**
     * The answer for the user's date and the person's, when {@code pending} answered the user's own date of {@code rule}
     * and this message gives a date ({@code pick}) for a person of theirs only; else empty.
     */
    Optional<Reply> answer(Turn turn, DateRule rule, PendingQuestion pending, DatePicker.Pick pick) {
        // "En ik de mijne op 2 augustus" after a colleague's date: the user's own, answered beside the colleague's.
        Optional<Reply> withTheirs = persons.withOwn(turn, rule, pending, pick);
        if (withTheirs.isPresent()) {
            return withTheirs;
        }
        Optional<String> person = person(turn.text);
        LocalDate own = pending.facts().get(rule.spec().fact());
        if (person.isEmpty() || own == null || pending.awaitsAnswer() || !pending.eachThing().isEmpty()
                || !(pick.mention() instanceof ResolvedDate theirs) || pick.supposed() || pick.askedDay().isPresent()) {
            return Optional.empty();
        }
        List<LocalDate> each = List.of(own, theirs.date());
        // Theirs is also kept under their name, for "and Piet's?" after answers for someone else in between.
        PersonsDates.keep(turn, PersonsDates.whose(turn.text).orElse(person.get()), rule, theirs.date());
        // The user's own date stays the rule's; both stay for follow-ups ("how many days left?" answers for each).
        turn.setPending(DatedAnswer.pending(rule, pending.facts(), List.of(), false, Optional.empty(), turn).withEachThing(each));
        List<Evaluation> evaluations = each.stream().map(date -> Evaluation.of(rule, date, turn.today)).toList();
        List<String> names = List.of(texts.get(turn.lang, "rule.each_yours"), PersonsDates.label(turn, PersonsDates.whose(turn.text).orElse(person.get()), texts));
        return Optional.of(replies.each(evaluations, turn.lang, false, Optional.empty(), Map.of(),
                texts.get(turn.lang, "rule.each_person"), names));
    }

    /** The person a message gives a date for, when it names one and not the user's own part. */
    static Optional<String> person(String text) {
        String words = Normalized.words(text);
        Matcher person = PERSON.matcher(words);
        return person.find() && !OWN.matcher(words).find() ? Optional.of(person.group(1)) : Optional.empty();
    }
}
