package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.faqbot.kb.Bilingual;
import org.faqbot.search.GlossEntry;
import org.faqbot.search.GlossTable;
import org.junit.jupiter.api.Test;

class GlossTrainerTest {

    /**
     * "portaal"/"portal" stands in every pair, so counting which words share sentences ties "klant" to
     * "portal" as often as to "customer"; only EM, explaining "portal" by "portaal", tells them apart.
     */
    private static final List<Bilingual> PORTAL_PAIRS = List.of(
            Bilingual.of("Het portaal van de klant", "The customer portal"),
            Bilingual.of("Portaal: factuur", "Portal: invoice"),
            Bilingual.of("De factuur van de klant in het portaal", "The customer's invoice in the portal"),
            Bilingual.of("Gebruiker in het portaal", "User in the portal"),
            Bilingual.of("Het portaal toont de klant en de gebruiker", "The portal shows the customer and the user"),
            Bilingual.of("Een factuur voor de gebruiker in het portaal", "An invoice for the user in the portal"));

    private static final GlossTrainer.Settings SETTINGS = GlossTrainer.Settings.DEFAULT;

    private static GlossEntry.Translation best(GlossTable table, String dutch) {
        return table.entry(dutch).orElseThrow().translations().get(0);
    }

    private static double probability(GlossTable table, String dutch, String english) {
        return table.entry(dutch).orElseThrow().translations().stream()
                .filter(t -> t.english().equals(english)).mapToDouble(GlossEntry.Translation::probability).sum();
    }

    @Test
    void learnsTheTranslationThatSharingSentencesAloneCannotTell() {
        GlossTable table = GlossTrainer.train(PORTAL_PAIRS, SETTINGS).table();

        assertEquals(List.of("customer", "invoice", "user", "portal"), List.of(best(table, "klant").english(),
                best(table, "factuur").english(), best(table, "gebruiker").english(), best(table, "portaal").english()));
    }

    @Test
    void emMovesTheProbabilityOfAWordThatSharesEverySentenceToItsOwnTranslation() {
        GlossTrainer.Settings keepAll = new GlossTrainer.Settings(SETTINGS.iterations(), 2, 0.001, 10);
        GlossTable table = GlossTrainer.train(PORTAL_PAIRS, keepAll).table();

        List<Double> klant = List.of(probability(table, "klant", "customer"), probability(table, "klant", "portal"));

        assertTrue(klant.get(0) > 3 * klant.get(1), "t(customer | klant), t(portal | klant): " + klant);
    }

    @Test
    void logLikelihoodRisesEveryRound() {
        List<Double> logLikelihoods = GlossTrainer.train(PORTAL_PAIRS, SETTINGS).logLikelihoods();

        for (int round = 1; round < logLikelihoods.size(); round++) {
            assertTrue(logLikelihoods.get(round) > logLikelihoods.get(round - 1), logLikelihoods.toString());
        }
    }

    @Test
    void compoundsAreTrainedAlsoAsTheirParts() {
        List<Bilingual> pairs = List.of(
                Bilingual.of("De licentie", "The license"),
                Bilingual.of("Een licentie kopen", "Buy a license"),
                Bilingual.of("De sleutel", "The key"),
                Bilingual.of("Een sleutel kopen", "Buy a key"),
                Bilingual.of("De licentiesleutel kopen", "Buy the license key"));

        GlossTable table = GlossTrainer.train(pairs, SETTINGS).table();

        assertEquals(List.of(3, 3, 1), List.of(table.entry("licentie").orElseThrow().count(),
                table.entry("sleutel").orElseThrow().count(), table.entry("licentiesleutel").map(GlossEntry::count).orElse(1)));
    }

    @Test
    void wordsSeenOnceAndStopWordsAreNotInTheTable() {
        GlossTable table = GlossTrainer.train(PORTAL_PAIRS, SETTINGS).table();

        assertEquals(List.of(false, false), List.of(table.entry("toont").isPresent(), table.entry("het").isPresent()));
    }

    @Test
    void englishStopWordsAreNoTranslations() {
        GlossTable table = GlossTrainer.train(PORTAL_PAIRS, SETTINGS).table();

        assertEquals(List.of(false, false), List.of(table.isEnglish("the"), table.isEnglish("in")));
    }

    @Test
    void samePairsWriteTheSameTable() throws IOException {
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();

        GlossTrainer.train(PORTAL_PAIRS, SETTINGS).table().write(first, List.of());
        GlossTrainer.train(PORTAL_PAIRS, SETTINGS).table().write(second, List.of());

        assertEquals(first.toString(), second.toString());
    }
}
