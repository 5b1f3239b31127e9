package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dutch IT words for access and their docs' words ("rechten" are the docs' "machtigingen", something deleted is
 * "teruggehaald" where the docs "herstellen" it, a "referral" is the docs' "verwijzing"), and the Dutch text's names and
 * English terms that dictionary parts cover kept whole ("Microsoft" is no "micro" + "soft"), in questions of our own.
 */
class DutchAccessWordsTest {

    private static Analysis analysis;

    @BeforeAll
    static void build() throws IOException {
        KnowledgeBase kb = KnowledgeBaseJson.read(Path.of("faq-data/kb-all.json"));
        analysis = Analysis.of(kb, SearchSettings.defaults(), Set.of());
    }

    private static Set<String> queryTerms(String text, Lang lang) {
        return Analysis.terms(analysis.query().get(lang), text);
    }

    private static Set<String> indexTerms(String text, Lang lang) {
        return Analysis.terms(analysis.index().get(lang), text);
    }

    @Test
    void rechtenAreTheDocsMachtigingenAndPermissions() {
        Set<String> dutch = queryTerms("welke rechten heeft mijn collega nodig voor de facturen", Lang.NL);
        assertTrue(dutch.containsAll(List.of("machtig", "bevoegd", "permission")), dutch.toString());
        // An English question that names the Dutch screen's label gets the English word too.
        Set<String> english = queryTerms("where do i change the Machtigingen of a user", Lang.EN);
        assertTrue(english.contains("permission"), english.toString());
    }

    @Test
    void somethingDeletedIsTerugGehaaldWhereTheDocsRestoreIt() {
        Set<String> dutch = queryTerms("kan ik een verwijderde gebruiker terughalen", Lang.NL);
        assertTrue(dutch.contains(only(indexTerms("herstellen", Lang.NL))), dutch.toString());
        Set<String> english = queryTerms("a colleague pressed Terugzetten on a deleted user, what happens", Lang.EN);
        assertTrue(english.contains("restore"), english.toString());
    }

    @Test
    void aReferralIsTheDocsVerwijzingAndAccepterenIsAccept() {
        Set<String> dutch = queryTerms("ik moet die referral nog accepteren", Lang.NL);
        assertTrue(dutch.contains(only(indexTerms("verwijzing", Lang.NL))), dutch.toString());
        assertTrue(dutch.contains("accept"), dutch.toString());
        Set<String> english = queryTerms("the Verwijzingen tab shows nothing to accepteren", Lang.EN);
        assertTrue(english.contains(only(indexTerms("referral", Lang.EN))) && english.contains("accept"), english.toString());
    }

    @Test
    void microsoftIsNoDutchCompoundButPartnercenterIs() {
        Set<String> name = indexTerms("Microsoft", Lang.NL);
        assertEquals(Set.of("microsoft"), name);
        assertEquals(Set.of("microsoft"), queryTerms("microsoft", Lang.NL));
        // The English text writes "partner center" apart far more often than "partnercenter" whole: a compound.
        Set<String> compound = indexTerms("partnercenter", Lang.NL);
        assertTrue(compound.containsAll(List.of("partner", "center")), compound.toString());
    }

    @Test
    void aWordTheEnglishTextWritesWholeInEnoughEntriesIsWhole() {
        KnowledgeBase kb = new KnowledgeBase("test", List.of(
                entry("1", "Het dashboard van Microsoft", "The Microsoft dashboard"),
                entry("2", "Open het dashboard en de licentiesleutel", "Open the dashboard and the license key"),
                entry("3", "Het dashboard toont de licentiesleutel", "The dashboard shows the license key"),
                entry("4", "Een licentie en een sleutel, een dash en een board", "A license and a key, a dash and a board")));
        Set<String> covered = Set.of("dashboard", "licentiesleutel");
        assertEquals(Set.of("dashboard"), WholeWords.of(kb, covered::contains));
    }

    @Test
    void aWordTheEnglishTextWritesApartStaysACompound() {
        KnowledgeBase kb = new KnowledgeBase("test", List.of(
                entry("1", "Het partnercenter", "The partner center"),
                entry("2", "Open partnercenter", "Open partnercenter in partner center"),
                entry("3", "Open partnercenter", "Open partnercenter, then partner center"),
                entry("4", "Open partnercenter", "Open partnercenter or partner center")));
        assertEquals(Set.of(), WholeWords.of(kb, Set.of("partnercenter")::contains));
    }

    private static String only(Set<String> terms) {
        assertEquals(1, terms.size(), terms.toString());
        return terms.iterator().next();
    }

    private static FaqEntry entry(String id, String dutch, String english) {
        return new FaqEntry("p#" + id, EntryKind.PASSAGE, "p", new Bilingual("Pagina", "Page"), List.of(), new Bilingual(dutch, english),
                new Bilingual(dutch, english), new Bilingual("https://example.org/nl", "https://example.org/en"));
    }
}
