package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.InvalidDate;
import org.faqbot.nlu.NamedSpan;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.nlu.Supposition;

/**
 * A month or last year as the date of the user's own past event ("key redeemed in April, still valid?", "ik heb de
 * sleutel vorig jaar ingewisseld, werkt hij nog?"): all the days of the span, so that the rule answers when they all
 * give the same answer, as for "last month", and asks for the day in that month otherwise. Only in a clause that tells
 * an event with its done verb: a span that sets the scene of another question ("vorig jaar ging er iets mis, hoe ...?")
 * or of a plan ("I want to redeem it in April") dates nothing. While the bot asks back for the date, a statement that
 * names only the month ("I redeemed it in April") answers that question and the bot asks for the day in it.
 */
final class DoneInSpan {

    /** A cue ending in the word of where a thing is from: "key … is from", "sleutel … dateert van". */
    private static final Pattern ORIGIN_END = Pattern.compile("\\b(?:from|van)$");

    private DoneInSpan() {
    }

    /**
     * The span {@code text} names for an event with one of {@code eventCues} (either language's), if it dates one;
     * {@code asked}: a question back is open, so only a question of the user's own counts.
     */
    static Optional<InvalidDate> in(String text, Lang lang, LocalDate today, List<String> eventCues, boolean asked) {
        if (asked && !QuestionShape.isQuestion(text)) {
            return Optional.empty();
        }
        Optional<InvalidDate> done = NamedSpan.in(text, lang, today).filter(span -> done(text, span, lang, eventCues));
        if (done.isPresent()) {
            return done;
        }
        // "Redeemed in January, still valid in December?", "if I redeem one in January, does it work next December?": the
        // month of the event's own clause dates it, the other is the month asked about (AskedSpan). A planned event's
        // month is the next one, as a plan's day is.
        for (InvalidDate span : NamedSpan.months(text, lang, today)) {
            if (!namesEvent(SpanClause.around(text, span.start(), span.end()), lang, eventCues)) {
                continue;
            }
            if (done(text, span, lang, eventCues)) {
                return Optional.of(span);
            }
            if (Supposition.around(text, span.start(), span.end())) {
                return Optional.of(Supposition.counterfactual(text, span.start(), span.end()) ? span : NamedSpan.ahead(span, text, today));
            }
        }
        return Optional.empty();
    }

    private static boolean done(String text, InvalidDate span, Lang lang, List<String> eventCues) {
        return (Supposition.statedDone(text, span.start(), span.end()) || origin(text, span, lang, eventCues))
                && !Supposition.around(text, span.start(), span.end())
                && namesEvent(SpanClause.around(text, span.start(), span.end()), lang, eventCues);
    }

    /**
     * Whether an event's cue that tells where a thing is from ends right before the span: "my key is from April", "de
     * sleutel dateert van april" say when the key was redeemed with no past form, as "is from 3 April" does with a day.
     */
    private static boolean origin(String text, InvalidDate span, Lang lang, List<String> eventCues) {
        String normalized = Normalized.of(text);
        return eventCues.stream().filter(cue -> ORIGIN_END.matcher(cue).find())
                .flatMap(cue -> CueMatcher.spans(normalized, cue, lang).stream())
                .anyMatch(found -> found[1] <= span.start() && normalized.substring(found[1], span.start()).isBlank());
    }

    private static boolean namesEvent(String clause, Lang lang, List<String> eventCues) {
        String normalized = Normalized.of(clause);
        return eventCues.stream().anyMatch(cue -> CueMatcher.contains(normalized, cue, lang));
    }
}
