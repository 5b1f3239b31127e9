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
 * duurt de verlengperiode?"; {@link PeriodQuestion}), or that it has ended ("mijn key werkt niet meer, wat nu?").
 * Such a question gets the rule's general answer rather than the search's, whose words differ from the FAQ's.
 */
final class GeneralQuestion {

    private final RuleBook book;
    private final EndDates ends;

    GeneralQuestion(RuleBook book, EndDates ends) {
        this.book = book;
        this.ends = ends;
    }

    /**
     * What a message says of a general question: whether it asks for a period, and the rules whose thing it says has
     * ended, by id.
     */
    record Read(boolean period, Set<String> stated) {

        static final Read NONE = new Read(false, Set.of());

        /** True when the message has the shape of a general question, whichever rule it is about. */
        boolean shaped() {
            return period || !stated.isEmpty();
        }
    }

    /** Reads {@code text} (as written) and {@code affirmed} (its denied events masked); {@link Read#NONE} for other messages. */
    Read read(String text, String affirmed, QuestionShape.Read shape, Lang lang, boolean undated, boolean personal) {
        if (!undated || personal) {
            return Read.NONE;
        }
        return new Read(PeriodQuestion.asks(text, shape), ends.statedWithoutDate(affirmed, lang));
    }

    /** The rule whose thing the message says has ended, for a message whose cues chose none ("my key stopped working"). */
    Optional<DateRule> ofStatedEnd(Read read) {
        return read.stated().stream().sorted().findFirst().flatMap(book::rule);
    }

    /**
     * True when the message is a general question about {@code rule}: it states the end of the rule's thing, or asks
     * for a period and names the thing in the question itself. "When does it expire?" points back at the
     * conversation's thing, which the open question answers, and in "... our benefits. When must Microsoft approve
     * it?" the thing is the story's, not what is asked.
     */
    boolean about(DateRule rule, Read read, String affirmed, QuestionShape.Read shape, Lang lang) {
        if (!read.stated().isEmpty()) {
            return true;
        }
        return read.period() && RuleChoice.namesObject(Normalized.of(RuleChoice.questionPart(affirmed, shape)), rule, lang);
    }
}
