package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.faqbot.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchSettingsTest {

    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaults() throws IOException {
        SearchSettings settings = SearchSettings.load(dir);

        assertEquals(SearchSettings.DEFAULT_THRESHOLD, settings.threshold());
        assertEquals(dir, settings.dataDir().orElseThrow());
    }

    @Test
    void fileOverridesThreshold() throws IOException {
        Files.writeString(dir.resolve(SearchSettings.FILE_NAME), "threshold=0.6\n");

        assertEquals(0.6, SearchSettings.load(dir).threshold());
    }

    @Test
    void homePagesAreTheBenefitsFaqUnlessTheFileNamesOthers() throws IOException {
        assertEquals(java.util.List.of("benefits-faq"), SearchSettings.defaults().homePages());
        Files.writeString(dir.resolve(SearchSettings.FILE_NAME), "homePages = benefits-faq, mpn-benefits-software ,\n");

        assertEquals(java.util.List.of("benefits-faq", "mpn-benefits-software"), SearchSettings.load(dir).homePages());
    }

    @Test
    void unknownKeyIsNamed() throws IOException {
        Files.writeString(dir.resolve(SearchSettings.FILE_NAME), "treshold=0.6\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SearchSettings.load(dir));

        assertEquals(dir.resolve(SearchSettings.FILE_NAME) + ": unknown keys [treshold]; known: [fuzzyMaxExpansions, "
                + "fuzzyMinLengthOneEdit, fuzzyMinLengthTwoEdits, fuzzyPrefixLength, homePages, maxHits, synonymFilesEn, "
                + "synonymFilesNl, termStatsFileEn, termStatsFileNl, threshold]", e.getMessage());
    }

    @Test
    void thresholdOutsideUnitIntervalIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchSettings.defaults().withThreshold(1.5));

        assertEquals("threshold must be in [0,1], got 1.5", e.getMessage());
    }

    @Test
    void badSynonymLineNamesTheFile() throws IOException {
        Files.writeString(dir.resolve("bad.txt"), "sleutel, de\n");
        SearchSettings settings = new SearchSettings(0.3, 5, 5, 8, 1, 3, java.util.List.of("bad.txt"),
                java.util.List.of(), "", "", java.util.List.of(), java.util.Optional.of(dir));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FaqIndex.build(KnowledgeBase.of(java.util.List.of()), settings));

        assertEquals(true, e.getMessage().startsWith("synonym file bad.txt: "), e.getMessage());
    }

    @Test
    void theThresholdRisesWithTheLogarithmOfTheEntriesAndNeverFalls() {
        SearchSettings base = SearchSettings.defaults();

        assertEquals(base.threshold(), base.scaledTo(1).threshold(), 1e-9);
        assertEquals(base.threshold(), base.scaledTo(SearchSettings.CALIBRATED_ENTRIES).threshold(), 1e-9);
        assertEquals(base.threshold() + SearchSettings.THRESHOLD_PER_TENFOLD, base.scaledTo(100).threshold(), 1e-9);
        assertEquals(0.346, base.scaledTo(2866).threshold(), 0.001);
        assertEquals(1.0, base.withThreshold(0.99).scaledTo(1_000_000_000).threshold(), 1e-9);
    }
}
