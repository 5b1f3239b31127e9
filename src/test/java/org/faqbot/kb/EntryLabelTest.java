package org.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntryLabelTest {

    private static FaqEntry entry(EntryKind kind, Bilingual title, List<Bilingual> sections, Bilingual heading) {
        return new FaqEntry("page#x", kind, "page", title, sections, heading, Bilingual.of("tekst", "text"),
                Bilingual.of("https://example.org/nl/page", "https://example.org/en/page"));
    }

    @Test
    void aPassageWithAGenericHeadingIsNamedAfterItsPage() {
        FaqEntry steps = entry(EntryKind.PASSAGE, Bilingual.of("Uitbetalingen instellen", "Set up payouts"), List.of(),
                Bilingual.of("Samenvatting:", "Next steps"));
        assertEquals("Set up payouts — Next steps", EntryLabel.of(steps, Lang.EN));
        assertEquals("Uitbetalingen instellen — Samenvatting", EntryLabel.of(steps, Lang.NL));
    }

    @Test
    void anInnerSectionThatSaysSomethingNamesItRatherThanThePage() {
        FaqEntry summary = entry(EntryKind.PASSAGE, Bilingual.of("Aankondigingen mei", "May announcements"),
                List.of(Bilingual.of("Wijzigingen in de onboarding van klanten", "Changes to customer onboarding"),
                        Bilingual.of("Details", "Details")),
                Bilingual.of("Verplicht of optioneel", "Mandatory or optional"));
        assertEquals("Changes to customer onboarding — Mandatory or optional", EntryLabel.of(summary, Lang.EN));
        assertEquals("Wijzigingen in de onboarding van klanten — Verplicht of optioneel", EntryLabel.of(summary, Lang.NL));
    }

    @Test
    void aHeadingThatHoldsItsContextStandsAlone() {
        FaqEntry same = entry(EntryKind.PASSAGE, Bilingual.of("Een tax profile maken", "Create your tax profile"), List.of(),
                Bilingual.of("Een tax profile maken", "Create your tax profile"));
        assertEquals("Create your tax profile", EntryLabel.of(same, Lang.EN));
    }

    @Test
    void aLongSpecificHeadingStandsAloneAfterALongTitle() {
        FaqEntry offer = entry(EntryKind.PASSAGE,
                Bilingual.of("Wijzigingen in de beschikbaarheid van aanbiedingen in het partnerprogramma voor de cloud",
                        "Changes to the availability of offers in the cloud partner programme for resellers"), List.of(),
                Bilingual.of("Nieuwe aanbieding voor het abonnement van resellers", "New offer for the resellers' subscription"));
        assertEquals("New offer for the resellers' subscription", EntryLabel.of(offer, Lang.EN));
        FaqEntry steps = entry(EntryKind.PASSAGE, offer.pageTitle(), List.of(), Bilingual.of("Volgende stappen", "Next steps"));
        assertEquals("Changes to the availability of offers in the cloud partner programme for resellers — Next steps",
                EntryLabel.of(steps, Lang.EN));
    }

    @Test
    void aQuestionIsItsOwnLabelWithoutTheGuidesNumbering() {
        FaqEntry numbered = entry(EntryKind.QA, Bilingual.of("Gids", "Guide"), List.of(),
                Bilingual.of("9 - Is het toevoegen van een klant verplicht?", "9 - Is adding a customer mandatory?"));
        assertEquals("Is het toevoegen van een klant verplicht?", EntryLabel.of(numbered, Lang.NL));
        FaqEntry plain = entry(EntryKind.QA, Bilingual.of("Gids", "Guide"), List.of(),
                Bilingual.of("Hoe verleng ik?", "How do I renew?"));
        assertEquals("How do I renew?", EntryLabel.of(plain, Lang.EN));
    }

    @Test
    void aNumberThatIsNoNumberingStays() {
        FaqEntry year = entry(EntryKind.QA, Bilingual.of("Gids", "Guide"), List.of(),
                Bilingual.of("365 dagen geldig?", "365 days valid?"));
        assertEquals("365 days valid?", EntryLabel.of(year, Lang.EN));
    }
}
