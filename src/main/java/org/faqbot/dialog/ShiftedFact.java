package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.Tense;
import org.faqbot.store.PendingQuestion;

/**
 * "And if I had redeemed it a month later?", "en als ik hem een week eerder had ingewisseld?" right after a rule's answer:
 * the same question for the date answered moved by that span, answered as the supposition it is ("If you redeem the
 * product key on 1 April 2026, ..."), under a line that names both dates. The conversation keeps the date actually
 * given: "how many days left?" afterwards is about it, not about the supposed one.
 */
final class ShiftedFact {

    private final RuleBook book;
    private final Texts texts;

    ShiftedFact(RuleBook book, Texts texts) {
        this.book = book;
        this.texts = texts;
    }

    /**
     * "And if it was 3 November?", "en als het 3 november was?": another date for the one answered, supposed, not given.
     * Group 1 is the day's words. "No, it was 3 November" has no "if" and stays a correction.
     */
    private static final Pattern IF_IT_WAS = Pattern.compile(
            "^(?:(?:and|but|so|en|maar|dus) )?(?:(?:what if|if|suppose|supposing|say) it (?:was|were|had been|would have been) (.+?)"
                    + "|(?:als|wat als|stel dat|stel|indien) het (?:nou |dan )?(.+?) (?:was|was geweest|geweest was|zou zijn))\\s*\\??$");

    /** The answer for the shifted date, made by {@code respond}; empty when the message shifts no date answered. */
    Optional<Reply> answer(Turn turn, Function<Turn, Reply> respond) {
        Optional<PendingQuestion> pending = turn.pending().filter(p -> p.aboutRule() && !p.awaitsAnswer());
        Optional<LocalDate> given = pending.map(p -> p.facts().get(p.awaitedFact()));
        if (given.isEmpty() || given.get() == null) {
            return Optional.empty();
        }
        Optional<String> done = pastVerb(pending.get().awaitedFact(), turn.lang);
        Optional<String> asked = FollowUps.shifted(turn.text, turn.lang).map(shift -> spanAsked(shift, given.get(), turn.lang))
                // "And if it was the Tuesday before?": a day named from the date given, not from today, which stands for the
                // date itself, as "and if it was 17 November?" does: both are asked as a supposition about the past in the
                // fact's own verb ("and if I had redeemed it on ..."), so that the answer is worded as one, not as a date
                // given, and the day is no day asked about.
                .or(() -> done.flatMap(verb -> StepFromGiven.of(turn.text, given.get())
                        .map(step -> supposedOn(verb, given.get().plus(step.by()).toString(), turn.lang))))
                .or(() -> done.flatMap(verb -> ifItWas(turn.text).map(day -> supposedOn(verb, day, turn.lang))));
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        // The derived turn's state is not adopted: the conversation keeps the date actually given.
        Turn supposed = turn.withText(asked.get());
        Reply reply = respond.apply(supposed);
        Optional<LocalDate> moved = supposed.pending().filter(p -> p.intent().equals(pending.get().intent()))
                .map(p -> p.facts().get(p.awaitedFact()));
        if (!reply.intent().equals(Optional.of(pending.get().intent())) || reply.date().isEmpty() || moved.isEmpty()
                || moved.get() == null || moved.get().equals(given.get())) {
            return Optional.empty();
        }
        String lead = texts.get(turn.lang, "followup.shifted", texts.date(moved.get(), turn.lang), texts.date(given.get(), turn.lang));
        return Optional.of(new Reply(reply.lang(), reply.type(), lead + "\n\n" + reply.text(), reply.faqId(), reply.confidence(),
                reply.suggestions(), reply.intent(), reply.date(), reply.ok(), reply.sourceUrl(), reply.choices(), reply.others()));
    }

    /** "And if I had redeemed it a month later?" with the span replaced by the day it names. */
    private static String spanAsked(FollowUps.Shift shift, LocalDate given, Lang lang) {
        String folded = shift.folded();
        // An ISO date reads the same in both languages and in every position: "if I had redeemed it on 2026-04-01".
        return folded.substring(0, shift.start()) + (lang == Lang.NL ? "op " : "on ") + given.plus(shift.by()) + folded.substring(shift.end());
    }

    /**
     * The past participle of a fact of the past ("redeemed", "ingewisseld"): its first cue of one word. Empty for a fact
     * still to come (an expiry), which "if it was 1 March" does not suppose had happened.
     */
    private Optional<String> pastVerb(String factId, Lang lang) {
        return book.facts().stream().filter(f -> f.id().equals(factId) && f.tense() == Tense.PAST).findFirst()
                .flatMap(f -> f.cues(lang).stream().filter(cue -> cue.matches("\\p{L}+")).findFirst());
    }

    /** A supposition about the past on {@code day} (its words) with the fact's participle: "and if I had redeemed it on ...". */
    private static String supposedOn(String participle, String day, Lang lang) {
        boolean preposition = day.matches("(?:on|op) .*");
        return lang == Lang.NL ? "en als ik het " + (preposition ? "" : "op ") + day + " had " + participle + "?"
                : "and if I had " + participle + " it " + (preposition ? "" : "on ") + day + "?";
    }

    /** The day's words of an "and if it was 3 November?", when the message is one. */
    private static Optional<String> ifItWas(String text) {
        Matcher matcher = IF_IT_WAS.matcher(Normalized.of(text).replaceAll("[,.!;:]", " ").replaceAll("\\s+", " ").strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String day = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        // "if it was redeemed on 3 March": the day's words start at their preposition.
        Matcher on = Pattern.compile("\\b(?:on|op) ").matcher(day);
        return Optional.of(on.find() ? day.substring(on.start()) : day);
    }
}
