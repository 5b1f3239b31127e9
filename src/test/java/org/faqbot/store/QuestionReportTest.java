package org.faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.faqbot.kb.Lang;
import org.faqbot.store.QuestionEvent.Outcome;
import org.junit.jupiter.api.Test;

class QuestionReportTest {

    private static final LocalDate SINCE = LocalDate.of(2025, 2, 10);

    private static QuestionReport report(List<QuestionEvent> events, List<Feedback> feedback, int top) {
        return QuestionReport.of(SINCE, events, feedback, top, ZoneOffset.UTC);
    }

    private static QuestionEvent unanswered(Lang lang, String question, Candidate... candidates) {
        return new QuestionEvent(Instant.parse("2025-03-03T08:00:00Z"), lang, Outcome.UNANSWERED, question, List.of(candidates));
    }

    @Test
    void nearIdenticalQuestionsFormOneGroupUnderTheCommonestWording() {
        QuestionReport report = report(ReportFixture.events(), List.of(), 20);

        UnansweredGroup top = report.unanswered(Lang.NL).get(0);

        assertEquals("Hoe verleng ik mijn voordelen?", top.wording());
        assertEquals(4, top.count());
    }

    @Test
    void aGroupListsItsMostOfferedCandidatesWithTheirMeanConfidence() {
        QuestionReport report = report(ReportFixture.events(), List.of(), 20);

        UnansweredGroup top = report.unanswered(Lang.NL).get(0);

        assertEquals(List.of("renew-benefits", "azure-credits"), top.topCandidates().stream().map(CandidateStat::entryId).toList());
        assertEquals(3, top.topCandidates().get(0).offered());
        assertEquals(0.40, top.topCandidates().get(0).meanConfidence(), 1e-9);
    }

    @Test
    void questionsThatShareTooFewWordsStayApart() {
        List<QuestionEvent> events = List.of(
                unanswered(Lang.EN, "How do I renew my benefits?"),
                unanswered(Lang.EN, "How do I cancel my benefits?"));

        assertEquals(2, report(events, List.of(), 20).unanswered(Lang.EN).size());
    }

    @Test
    void theSameWordsInTwoLanguagesAreTwoGroups() {
        List<QuestionEvent> events = List.of(unanswered(Lang.EN, "Azure credits"), unanswered(Lang.NL, "Azure credits"));

        QuestionReport report = report(events, List.of(), 20);

        assertEquals(1, report.unanswered(Lang.EN).size());
        assertEquals(1, report.unanswered(Lang.NL).size());
    }

    @Test
    void answeredAndWordlessQuestionsAreNotListedAsUnanswered() {
        List<QuestionEvent> events = List.of(
                unanswered(Lang.EN, "?!"),
                new QuestionEvent(Instant.parse("2025-03-03T08:00:00Z"), Lang.EN, Outcome.ANSWERED, "What is MPN?", List.of()));

        assertEquals(List.of(), report(events, List.of(), 20).unanswered(Lang.EN));
    }

    @Test
    void topLimitsTheGroupsPerLanguage() {
        QuestionReport report = report(ReportFixture.events(), List.of(), 1);

        assertEquals(1, report.unanswered(Lang.NL).size());
        assertEquals(1, report.unanswered(Lang.EN).size());
    }

    @Test
    void dislikedEntriesComeMostThumbsDownFirstAndEntriesWithoutThumbsDownAreLeftOut() {
        QuestionReport report = report(List.of(), ReportFixture.feedback(), 20);

        assertEquals(List.of(new FeedbackCount(Lang.NL, "key-validity", 2, 1), new FeedbackCount(Lang.NL, "azure-credits", 1, 0)),
                report.disliked(Lang.NL));
        assertEquals(List.of(new FeedbackCount(Lang.EN, "renew-benefits", 1, 0)), report.disliked(Lang.EN));
    }

    @Test
    void weeklyRatesCountEachOutcomePerIsoWeek() {
        QuestionReport report = report(ReportFixture.events(), List.of(), 20);

        List<WeekRate> nl = report.weeks(Lang.NL);

        assertEquals(List.of(new WeekRate(Lang.NL, LocalDate.of(2025, 3, 3), 1, 0, 4),
                new WeekRate(Lang.NL, LocalDate.of(2025, 3, 10), 1, 1, 1)), nl);
        assertEquals("2025-W10", nl.get(0).isoWeek());
        assertEquals(0.2, nl.get(0).rate(), 1e-9);
    }

    @Test
    void theLastDaysOfDecemberCanBelongToWeekOneOfTheNextYear() {
        WeekRate week = new WeekRate(Lang.EN, LocalDate.of(2024, 12, 30), 1, 0, 0);

        assertEquals("2025-W01", week.isoWeek());
    }

    @Test
    void weeksStartOnMondayInTheGivenTimeZone() {
        QuestionEvent sundayNightUtc = new QuestionEvent(
                Instant.parse("2025-03-09T23:30:00Z"), Lang.NL, Outcome.ANSWERED, "", List.of());

        List<WeekRate> weeks = QuestionReport.of(SINCE, List.of(sundayNightUtc), List.of(), 20, ZoneId.of("Europe/Amsterdam")).weeks();

        assertEquals("2025-W11", weeks.get(0).isoWeek());
    }
}
