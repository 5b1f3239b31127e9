package org.faqbot.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.faqbot.kb.Lang;
import org.faqbot.store.QuestionEvent.Outcome;

/**
 * A small question log for the report tests: Dutch questions in ISO weeks 10 and 11 of 2025, English
 * ones in week 9, one question before the default period, and feedback in both languages. "Today"
 * is Wednesday 12 March 2025, so the default report starts on 10 February.
 */
public final class ReportFixture {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-12T10:00:00Z"), ZoneOffset.UTC);

    private ReportFixture() {
    }

    public static List<QuestionEvent> events() {
        return List.of(
                nl("2025-03-03T08:00:00Z", Outcome.UNANSWERED, "Hoe verleng ik mijn voordelen?",
                        new Candidate("renew-benefits", 0.40), new Candidate("azure-credits", 0.10)),
                nl("2025-03-04T08:00:00Z", Outcome.UNANSWERED, "hoe verleng ik mijn  voordelen", new Candidate("renew-benefits", 0.30)),
                nl("2025-03-05T08:00:00Z", Outcome.UNANSWERED, "Hoe verleng ik mijn voordelen?", new Candidate("renew-benefits", 0.50)),
                nl("2025-03-05T09:00:00Z", Outcome.UNANSWERED, "Hoe verleng ik nu mijn voordelen?"),
                nl("2025-03-06T08:00:00Z", Outcome.ANSWERED, ""),
                nl("2025-03-10T08:00:00Z", Outcome.RULE, ""),
                nl("2025-03-10T09:00:00Z", Outcome.ANSWERED, ""),
                nl("2025-03-11T08:00:00Z", Outcome.UNANSWERED, "Wat kost een Azure-abonnement?", new Candidate("azure-credits", 0.20)),
                en("2025-01-15T08:00:00Z", Outcome.UNANSWERED, "A question from before the period"),
                en("2025-02-24T08:00:00Z", Outcome.UNANSWERED, "When does my key expire?", new Candidate("key-validity", 0.45)),
                en("2025-02-25T08:00:00Z", Outcome.ANSWERED, ""),
                en("2025-02-26T08:00:00Z", Outcome.ANSWERED, ""),
                en("2025-02-27T08:00:00Z", Outcome.RULE, ""),
                en("2025-02-28T08:00:00Z", Outcome.UNANSWERED, "Is \"Visual Studio Enterprise\", the MSDN one, included?"));
    }

    public static List<Feedback> feedback() {
        return List.of(
                new Feedback(Instant.parse("2025-03-03T10:00:00Z"), Lang.NL, "key-validity", false, ""),
                new Feedback(Instant.parse("2025-03-04T10:00:00Z"), Lang.NL, "key-validity", false, ""),
                new Feedback(Instant.parse("2025-03-04T11:00:00Z"), Lang.NL, "key-validity", true, ""),
                new Feedback(Instant.parse("2025-03-05T10:00:00Z"), Lang.NL, "azure-credits", false, ""),
                new Feedback(Instant.parse("2025-02-25T10:00:00Z"), Lang.EN, "azure-credits", true, ""),
                new Feedback(Instant.parse("2025-02-26T10:00:00Z"), Lang.EN, "renew-benefits", false, "How do I renew?"));
    }

    /** Writes the whole fixture into a question log. */
    public static void recordInto(QuestionLog log) {
        events().forEach(log::record);
        feedback().forEach(log::record);
    }

    private static QuestionEvent nl(String at, Outcome outcome, String question, Candidate... candidates) {
        return new QuestionEvent(Instant.parse(at), Lang.NL, outcome, question, List.of(candidates));
    }

    private static QuestionEvent en(String at, Outcome outcome, String question, Candidate... candidates) {
        return new QuestionEvent(Instant.parse(at), Lang.EN, outcome, question, List.of(candidates));
    }
}
