package org.faqbot.store;

import static org.faqbot.store.Fixtures.T0;
import static org.faqbot.store.Fixtures.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.faqbot.kb.Lang;
import org.faqbot.store.QuestionEvent.Outcome;
import org.junit.jupiter.api.Test;

/** What every {@link QuestionLog} does; run per backend by the {@code *StoresTest} classes. */
abstract class QuestionLogContract {

    protected abstract Stores stores();

    private QuestionLog log() {
        return stores().questions();
    }

    @Test
    void eventsSinceATimeComeBackOldestFirstWithTheirCandidates() {
        QuestionEvent early = new QuestionEvent(minutes(-1), Lang.EN, Outcome.ANSWERED, "", List.of());
        QuestionEvent later = new QuestionEvent(minutes(2), Lang.NL, Outcome.UNANSWERED, "Hoe lang is mijn sleutel geldig?",
                List.of(new Candidate("key-validity", 0.4213), new Candidate("azure-credits", 0.1)));
        QuestionEvent atSince = new QuestionEvent(T0, Lang.EN, Outcome.RULE, "when does it expire", List.of());

        log().record(early);
        log().record(later);
        log().record(atSince);

        assertEquals(List.of(atSince, later), log().events(T0));
    }

    @Test
    void feedbackSinceATimeComesBackOldestFirst() {
        Feedback before = new Feedback(minutes(-5), Lang.NL, "key-validity", false, "");
        Feedback up = new Feedback(minutes(1), Lang.EN, "azure-credits", true, "How much Azure credit?");
        Feedback down = new Feedback(T0, Lang.NL, "key-validity", false, "Wanneer verloopt mijn sleutel?");

        log().record(before);
        log().record(up);
        log().record(down);

        assertEquals(List.of(down, up), log().feedback(T0));
    }

    @Test
    void deleteOlderThanRemovesOlderEventsAndFeedbackAndCountsThem() {
        log().record(new QuestionEvent(minutes(-2), Lang.EN, Outcome.ANSWERED, "", List.of()));
        log().record(new Feedback(minutes(-1), Lang.EN, "azure-credits", true, ""));
        QuestionEvent kept = new QuestionEvent(T0, Lang.EN, Outcome.ANSWERED, "", List.of());
        Feedback keptFeedback = new Feedback(T0, Lang.EN, "azure-credits", false, "");
        log().record(kept);
        log().record(keptFeedback);

        int deleted = log().deleteOlderThan(T0);

        assertEquals(2, deleted);
        assertEquals(List.of(kept), log().events(minutes(-10)));
        assertEquals(List.of(keptFeedback), log().feedback(minutes(-10)));
    }
}
