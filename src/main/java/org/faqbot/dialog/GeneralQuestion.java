package org.faqbot.dialog;

import java.util.Optional;
import java.util.Set;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.RuleBook;

/**
 * Reads a message without dates that is not about the user's own for a general question about a rule, for
 * {@link RuleRouter}: how long or until when the rule's thing lasts ("how long is a product key valid?", "hoe lang
 * duurt de verlengperiode?"; {@link PeriodQuestion}), that it has ended ("mijn key werkt niet meer, wat nu?"), what
 * becomes of it when the membership ends ({@link ConsequenceQuestion}), or, whatever its days, when best to do the
 * rule's event ({@link TimingAdvice}).
 * Such a question gets the rule's general answer rather than the search's, whose words differ from the FAQ's.
 */
final class GeneralQuestion {

    private final RuleBook book;
    private final EndDates ends;
    private final ConsequenceQuestion consequences;

    GeneralQuestion(RuleBook book, EndDates ends) {
        this.book = book;
        this.ends = ends;
        this.consequences = new ConsequenceQuestion(book);
    }

    /**
     * What a message says of a general question: whether it asks for a period, and the rules whose thing it says has
     * ended, by id.
     */
    record Read(boolean period, Set<String> stated, boolean advice, Optional<DateRule> consequence) {

        static final Read NONE = new Read(false, Set.of(), false, Optional.empty());

        /** True when the message has the shape of a general question, whichever rule it is about. */
        boolean shaped() {
            return period || !stated.isEmpty() || advice || consequence.isPresent();
        }

        /**
         * True when the question says which rule it asks as plainly as strong cues do: it asks the fate of the rule's
         * thing, says that thing has ended, or asks when best to do the event of the rule's own thing ("should I redeem it
         * now or wait?").
         */
        boolean plainlyAbout(Optional<DateRule> rule, FactWords facts) {
            // "Mijn productcode is niet meer geldig": the thing named and its end stated say the rule as plainly; the
            // search, sure of an entry that shares only "mijn" and the verb, must not outrank that.
            return consequence.isPresent() || advice && rule.filter(r -> facts.claimsWordOf(r.spec().fact())).isPresent()
                    || rule.filter(r -> stated.contains(r.id())).isPresent();
        }
    }

    /**
     * Reads {@code text} (as written) and {@code affirmed} (its denied events masked); {@link Read#NONE} for other messages.
     * A question when best to act ({@link TimingAdvice}), whatever its days, and one what becomes of a rule's thing
     * ({@link #fateAsked}) are read before, as they decide whether the message is about the user's own dates.
     */
    Read read(String text, String affirmed, QuestionShape.Read shape, Lang lang, boolean undated, boolean personal) {
        if (!undated || personal) {
            return Read.NONE;
        }
        return new Read(PeriodQuestion.asks(text, shape), ends.statedWithoutDate(affirmed, lang), false, Optional.empty());
    }

    /** The read of a question when best to do a rule's event ("should I redeem it now or wait?"). */
    static Read advice() {
        return new Read(false, Set.of(), true, Optional.empty());
    }

    /** The read of a question what becomes of {@code rule}'s thing ("what happens with my keys if I don't renew?"). */
    static Read fate(DateRule rule) {
        return new Read(false, Set.of(), false, Optional.of(rule));
    }

    /**
     * The rule whose thing a message without dates asks the fate of when the membership ends ({@link ConsequenceQuestion}):
     * its "when" or "als" is a condition, no question about the user's dates.
     */
    Optional<DateRule> fateAsked(String affirmed, Lang lang, boolean undated) {
        return undated ? consequences.about(affirmed, lang) : Optional.empty();
    }

    /**
     * The rule a general question is about whatever the cues say: the one whose thing's fate it asks ("what happens with
     * my keys if I don't renew?" names the renewal too), else, when the cues chose none, the one whose thing the message
     * says has ended ("my key stopped working").
     */
    Optional<DateRule> ruleOf(Read read, Optional<DateRule> chosen) {
        if (read.consequence().isPresent()) {
            return read.consequence();
        }
        return chosen.or(() -> read.stated().stream().sorted().findFirst().flatMap(book::rule));
    }

    /**
     * True when the message is a general question about {@code rule}: it states the end of the rule's thing, asks when
     * best to act or what becomes of the thing, or asks for a period and names the thing in the question itself. "When does it expire?" points back at the
     * conversation's thing, which the open question answers, and in "... our benefits. When must Microsoft approve
     * it?" the thing is the story's, not what is asked.
     */
    boolean about(DateRule rule, Read read, String affirmed, QuestionShape.Read shape, Lang lang) {
        if (!read.stated().isEmpty() || read.advice() || read.consequence().isPresent()) {
            return true;
        }
        return read.period() && RuleChoice.namesObject(Normalized.of(QuestionPart.of(affirmed, shape)), rule, lang);
    }
}
