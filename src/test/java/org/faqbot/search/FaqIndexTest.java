package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search on a fixture: the Benefits FAQ, its intro as a passage, and one question repeated on a
 * second page. The questions are worded here, not taken from the evaluation cases.
 */
class FaqIndexTest {

    private static final String EXPIRY = "benefits-faq#q-what-does-benefit-expiry-date-mean";
    private static final String RENEW_BENEFITS = "benefits-faq#q-how-do-i-renew-my-benefits";
    private static final String NOTIFICATION =
            "benefits-faq#q-i-received-a-notification-informing-me-that-my-subscription-is-expiring-soon---what-should-i-do";
    private static final String RENEW_MEMBERSHIP = "benefits-faq#q-when-can-i-renew-my-membership";
    private static final String ASSIGN_BULK_CREDIT = "benefits-faq#q-im-having-trouble-assigning-users-in-azure-bulk-credit-what-should-i-do";
    private static final String INSTALL_HELP =
            "benefits-faq#q-i-cant-install-the-software-i-downloaded-from-partner-center-how-do-i-get-help";

    private static FaqIndex index;

    @BeforeAll
    static void buildIndex() throws IOException {
        try (InputStream in = FaqIndexTest.class.getResourceAsStream("/kb/fixture-kb.json")) {
            index = FaqIndex.build(KnowledgeBaseJson.read(in, "fixture-kb.json"), SearchSettings.defaults());
        }
    }

    private static final String RENEW_MEMBERSHIP_ELSEWHERE = "mpn-renewal#q-when-can-i-renew-my-membership";

    private static Optional<String> answerId(String question, Lang lang) {
        return index.answer(question, lang).map(hit -> hit.entry().id());
    }

    private static Optional<String> answerQuestion(String question, Lang lang) {
        return index.answer(question, lang).map(hit -> hit.entry().question().en());
    }

    @Test
    void dutchCompoundMatchesItsParts() {
        Optional<String> answer = answerId("wat is de verval datum van mijn voordeel", Lang.NL);

        assertEquals(Optional.of(EXPIRY), answer);
    }

    @Test
    void dutchPartsMatchTheCompoundInTheText() {
        Optional<String> answer = answerId("gebruikers toewijzing bulk tegoed werkt niet", Lang.NL);

        assertEquals(Optional.of(ASSIGN_BULK_CREDIT), answer);
    }

    @Test
    void misspeltSubscriptionStillFindsEntry() {
        Optional<String> answer = answerId("got a notice that my subscripton will expire soon", Lang.EN);

        assertEquals(Optional.of(NOTIFICATION), answer);
    }

    @Test
    void misspeltDutchWordStillFindsEntry() {
        Optional<String> answer = answerId("melding ontvangen: abonement verloopt binnenkort", Lang.NL);

        assertEquals(Optional.of(NOTIFICATION), answer);
    }

    @Test
    void englishTermsInDutchQuestionFindEntry() {
        Optional<String> answer = answerId("Hoe regel ik de renewal van mijn benefits?", Lang.NL);

        assertEquals(Optional.of(RENEW_BENEFITS), answer);
    }

    @Test
    void dutchInflectionFindsEntry() {
        Optional<String> answer = answerQuestion("Vanaf welke datum verlengt Microsoft mijn lidmaatschap?", Lang.NL);

        assertEquals(Optional.of("When can I renew my membership"), answer);
    }

    @Test
    void accentsDoNotMatter() {
        Optional<String> withAccent = answerId("gedownloade software wordt niet geïnstalleerd, wie helpt?", Lang.NL);
        Optional<String> withoutAccent = answerId("gedownloade software wordt niet geinstalleerd, wie helpt?", Lang.NL);

        assertEquals(Optional.of(INSTALL_HELP), withAccent);
        assertEquals(withAccent, withoutAccent);
    }

    @Test
    void weatherQuestionGetsNoAnswer() {
        assertTrue(index.answer("Gaat het morgen regenen in Amsterdam?", Lang.NL).isEmpty());
        assertTrue(index.answer("Will it be sunny in London this weekend?", Lang.EN).isEmpty());
    }

    @Test
    void recipeQuestionGetsNoAnswer() {
        assertTrue(index.answer("How long should I bake a chocolate cake?", Lang.EN).isEmpty());
    }

    @Test
    void footballQuestionGetsNoAnswer() {
        assertTrue(index.answer("Wie wint de Champions League dit seizoen?", Lang.NL).isEmpty());
        assertTrue(index.answer("What time does the football match start tonight?", Lang.EN).isEmpty());
    }

    @Test
    void azurePriceQuestionGetsNoAnswerThoughItNamesAProduct() {
        assertTrue(index.answer("How much does an Azure virtual machine cost per hour?", Lang.EN).isEmpty());
        assertTrue(index.answer("Wat kost een virtuele machine in Azure per maand?", Lang.NL).isEmpty());
    }

    @Test
    void genericProductNameAloneGetsNoAnswer() {
        for (String question : List.of("Azure", "Visual Studio", "Partner Center", "MPN", "subscription")) {
            assertTrue(index.answer(question, Lang.EN).isEmpty(), question);
        }
    }

    @Test
    void nearMissWithUnansweredTopicGetsNoAnswer() {
        assertTrue(index.answer("How do I update the tax number on my Partner Center billing profile?", Lang.EN).isEmpty());
    }

    @Test
    void vagueQuestionStillReturnsSuggestions() {
        SearchResult result = index.search("iets met licenties?", Lang.NL);

        assertFalse(result.hits().isEmpty());
        assertTrue(result.answer().isEmpty());
    }

    @Test
    void duplicateQuestionsCollapseIntoOneHit() {
        List<Hit> hits = index.suggestions("When can I renew my membership?", Lang.EN, 3);

        List<String> ids = List.of(hits.get(0).entry().id(), hits.get(0).alsoIn().get(0).id());
        assertEquals(java.util.Set.of(RENEW_MEMBERSHIP, RENEW_MEMBERSHIP_ELSEWHERE), java.util.Set.copyOf(ids));
        assertEquals(hits.size(), hits.stream().map(hit -> hit.entry().question().en()).distinct().count());
    }

    @Test
    void questionBeatsPassageOfTheSamePage() {
        Optional<Hit> top = index.search("benefits renewal", Lang.EN).top();

        assertEquals(EntryKind.QA, top.orElseThrow().entry().kind());
    }

    @Test
    void confidencesAreInUnitIntervalAndNeverRiseDownTheList() {
        List<Hit> hits = index.search("abonnement verlengen of licenties toevoegen in azure", Lang.NL).hits();

        for (int i = 0; i < hits.size(); i++) {
            assertTrue(hits.get(i).confidence() >= 0 && hits.get(i).confidence() <= 1);
            assertTrue(i == 0 || hits.get(i).confidence() <= hits.get(i - 1).confidence());
        }
    }

    @Test
    void questionOfStopWordsOnlyFindsNothing() {
        assertTrue(index.search("wat is het?", Lang.NL).hits().isEmpty());
    }

    @Test
    void concurrentSearchesGiveTheSameAnswers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<String>>> answers = pool.invokeAll(java.util.Collections.nCopies(40,
                    () -> answerId("install downloaded software help", Lang.EN)));

            for (Future<Optional<String>> answer : answers) {
                assertEquals(Optional.of(INSTALL_HELP), answer.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A split particle joins the verb before it, right after it, or after its "te". */
    @Test
    void joinsSplitParticlesWithTheirVerbOnly() throws IOException {
        String verbFirst = index.explainWords("Hoe wijst u een gebruiker toe?", Lang.NL);
        assertTrue(verbFirst.contains("toewijz"), verbFirst);
        assertTrue(index.explainWords("Hoe kan ik een gebruiker toe te wijzen?", Lang.NL).contains("toewijz"));
        assertTrue(index.explainWords("Hoe kan ik een gebruiker toe wijzen?", Lang.NL).contains("toewijz"));
    }

    @Test
    void joinsAVerbWhoseStemEndsInAVoicelessConsonantWithItsInfinitive() throws IOException {
        // "wijs" + "toe" is no word; "toewijzen" is.
        assertTrue(index.explainWords("Hoe wijs ik een gebruiker toe?", Lang.NL).contains("toewijz"));
        assertEquals("schrijven", SeparableVerbs.voicedInfinitive("schrijft"));
        assertEquals("lezen", SeparableVerbs.voicedInfinitive("lees"));
        assertNull(SeparableVerbs.voicedInfinitive("meld"));
    }

    @Test
    void aParticleBeforeAnArticleIsAPreposition() throws IOException {
        assertTrue(index.explainWords("Hoe meld ik me aan?", Lang.NL).contains("aanmeld"));
        String reported = index.explainWords("Hoe meld ik het probleem aan de beheerder?", Lang.NL);
        assertFalse(reported.contains("aanmeld"), reported);
    }
}
