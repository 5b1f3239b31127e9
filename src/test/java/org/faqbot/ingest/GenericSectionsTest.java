package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.junit.jupiter.api.Test;

class GenericSectionsTest {

    private static final String YAMMER = "For any further questions about these offers, check your relevant Yammer communities.";
    private static final String YAMMER_REWORDED = "For questions about these offers, please check your relevant CSP Yammer communities.";
    private static final String OWN_CONTACT = "If you're an SPA partner, submit a case to [Operations](https://mbs2.microsoft.com/Support) "
            + "via PSBC, or write to mbsorder@microsoft.com for the US, Canada or Latin America.";

    private static FaqEntry entry(String id, EntryKind kind, String heading, String answer) {
        return new FaqEntry(id, kind, id.substring(0, id.indexOf('#')), Bilingual.of("Aankondigingen", "Announcements"),
                List.of(), Bilingual.of("Vragen?", heading), Bilingual.of("Neem contact op.", answer), Bilingual.empty());
    }

    /** One "Questions?" per announcement, on pages {@code 2021-1} to {@code 2021-<count>}, alternating two wordings. */
    private static List<FaqEntry> questionsSections(int count) {
        List<FaqEntry> entries = new ArrayList<>();
        for (int month = 1; month <= count; month++) {
            entries.add(entry("2021-" + month + "#questions", EntryKind.QA, "Questions?", month % 2 == 0 ? YAMMER : YAMMER_REWORDED));
        }
        return entries;
    }

    private static List<String> ids(List<FaqEntry> entries) {
        return entries.stream().map(FaqEntry::id).toList();
    }

    @Test
    void questionOfTenSectionsWithNearSameAnswersIsDropped() {
        List<FaqEntry> entries = questionsSections(GenericSections.MIN_QUESTIONS);

        GenericSections.Split split = GenericSections.split(entries);

        assertEquals(ids(entries), ids(split.generic()));
        assertEquals(List.of(), split.kept());
    }

    @Test
    void sectionUnderAGenericHeadingThatSaysSomethingOfItsOwnIsDroppedWithTheRest() {
        List<FaqEntry> entries = new ArrayList<>(questionsSections(GenericSections.MIN_QUESTIONS));
        entries.add(entry("2020-may#questions", EntryKind.QA, "Questions?", OWN_CONTACT));

        GenericSections.Split split = GenericSections.split(entries);

        assertEquals(List.of(), split.kept());
    }

    @Test
    void questionOfTenSectionsWithDifferentAnswersIsKept() {
        List<String> contacts = List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet");
        List<FaqEntry> entries = new ArrayList<>();
        for (int month = 1; month <= GenericSections.MIN_QUESTIONS; month++) {
            entries.add(entry("2021-" + month + "#questions", EntryKind.QA, "Questions?", "Ask " + contacts.get(month - 1) + "."));
        }

        GenericSections.Split split = GenericSections.split(entries);

        assertEquals(ids(entries), ids(split.kept()));
    }

    @Test
    void passageUnderTheGenericHeadingWithoutQuestionMarkIsDroppedWithIt() {
        List<FaqEntry> entries = new ArrayList<>(questionsSections(GenericSections.MIN_QUESTIONS));
        entries.add(entry("2020-october#questions", EntryKind.PASSAGE, "Questions", YAMMER));

        GenericSections.Split split = GenericSections.split(entries);

        assertEquals(List.of(), split.kept());
    }

    @Test
    void questionRepeatedOnFewerSectionsIsAnsweredNotDropped() {
        List<FaqEntry> entries = questionsSections(GenericSections.MIN_QUESTIONS - 1);

        GenericSections.Split split = GenericSections.split(entries);

        assertEquals(ids(entries), ids(split.kept()));
    }

    @Test
    void passagesOfARecurringHeadingAreNotATemplate() {
        List<FaqEntry> entries = new ArrayList<>();
        for (int month = 1; month <= 2 * GenericSections.MIN_QUESTIONS; month++) {
            entries.add(entry("2021-" + month + "#impacted-audience", EntryKind.PASSAGE, "Impacted audience", "Direct bill partners"));
        }

        GenericSections.Split split = GenericSections.split(entries);

        assertEquals(ids(entries), ids(split.kept()));
    }

    @Test
    void overlapIsSharedWordsOverAllWords() {
        assertEquals(0.5, GenericSections.overlap(Set.of("check", "yammer", "offers"), Set.of("check", "yammer", "support")));
        assertEquals(0.0, GenericSections.overlap(Set.of(), Set.of()));
    }
}
