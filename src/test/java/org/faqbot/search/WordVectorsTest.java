package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class WordVectorsTest {

    private static WordVectors small() {
        return new WordVectors("test-model 1", new float[] {0.5f, 0, 0, 0}, Map.of(
                "abonnement", WordVectors.quantize(2f, new float[] {0, 1, 0, 0}),
                "verlengen", WordVectors.quantize(1f, new float[] {0, 0, 1, 0}),
                "#verle", WordVectors.quantize(1f, new float[] {0, 0, 0.5f, 0})), "a test");
    }

    @Test
    void aQuestionIsTheWeightedMeanOfItsKnownWordsFromTheMean() {
        float[] v = small().query("Hoe verleng ik mijn abonnement?");

        // "verleng" is unknown but shares its first letters with "verlengen": weights 2 (abonnement) and 1 (#verle).
        double[] expected = {0.5, 2.0 / 3, 0.5 / 3, 0};
        double norm = Math.sqrt(Arrays.stream(expected).map(x -> x * x).sum());
        for (int d = 0; d < expected.length; d++) {
            assertEquals(expected[d] / norm, v[d], 0.01, "dimension " + d);
        }
    }

    @Test
    void aQuestionWithoutKnownWordsHasNoVector() {
        assertNull(small().query("Wat is het weer vandaag?"));
        assertNull(small().query(""));
    }

    @Test
    void featuresAreWordsCompoundPartsAndTheFirstLettersOfLongWords() {
        CompoundSplitter splitter = GlossWords.splitter(List.of("licentie", "sleutel"));

        List<String> features = WordVectors.features("De licentiesleutel verlopen", splitter, GlossWords.stopWords(Lang.NL));

        assertEquals(List.of("licentiesleutel", "#licen", "licentie", "#licen", "sleutel", "#sleut", "verlopen", "#verlo"), features);
    }

    @Test
    void writtenAndReadBackItIsTheSame() throws IOException {
        WordVectors vectors = small();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vectors.write(out);

        WordVectors read = WordVectors.read(new ByteArrayInputStream(out.toByteArray()), "memory");

        assertEquals("test-model 1", read.model());
        assertEquals(Lang.NL, read.lang());
        assertEquals("a test", read.trainedOn());
        assertEquals(3, read.size());
        assertArrayEquals(vectors.query("abonnement verlengen"), read.query("abonnement verlengen"));
    }

    @Test
    void englishVectorsKeepTheirLanguageAndReadEnglishWordsWhole() throws IOException {
        WordVectors english = new WordVectors(Lang.EN, "test-model 1", new float[] {0, 0, 0, 0}, Map.of(
                "renew", WordVectors.quantize(1f, new float[] {1, 0, 0, 0}),
                "subscription", WordVectors.quantize(1f, new float[] {0, 1, 0, 0})), "a test");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        english.write(out);

        WordVectors read = WordVectors.read(new ByteArrayInputStream(out.toByteArray()), "memory");

        assertEquals(Lang.EN, read.lang());
        // English stop words ("how", "do", "i", "my") carry nothing; the two known words count equally.
        float[] v = read.query("How do I renew my subscription?");
        assertEquals(Math.sqrt(0.5), v[0], 0.01);
        assertEquals(Math.sqrt(0.5), v[1], 0.01);
    }

    /** Files written before the language was recorded (format 1) are Dutch. */
    @Test
    void aFileOfTheFirstFormatIsDutch() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeUTF("faqbot-dutch-word-vectors 1");
            out.writeUTF("test-model 1");
            out.writeUTF("a test");
            out.writeInt(2);
            out.writeFloat(0);
            out.writeFloat(0);
            out.writeInt(1);
            out.writeUTF("abonnement");
            out.writeFloat(1);
            out.writeFloat(1 / 127f);
            out.write(new byte[] {127, 0});
        }

        WordVectors read = WordVectors.read(new ByteArrayInputStream(bytes.toByteArray()), "old.bin");

        assertEquals(Lang.NL, read.lang());
        assertArrayEquals(new float[] {1, 0}, read.query("mijn abonnement"), 0.01f);
    }

    @Test
    void aFileOfAnotherKindOrCutShortIsRefusedByName() throws IOException {
        IOException other = assertThrows(IOException.class, () -> WordVectors.read(
                new ByteArrayInputStream("hello, this is not it".getBytes(StandardCharsets.UTF_8)), "words.bin"));
        assertTrue(other.getMessage().startsWith("words.bin"), other.getMessage());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        small().write(out);
        byte[] cut = Arrays.copyOf(out.toByteArray(), out.size() - 3);
        IOException shortened = assertThrows(IOException.class, () -> WordVectors.read(new ByteArrayInputStream(cut), "words.bin"));
        assertEquals("words.bin: cut short", shortened.getMessage());
    }

    @Test
    void bytesKeepTheVectorToWithinAHundredthOfItsLargestValue() {
        float[] vector = {0.31f, -0.02f, 0.9f, -0.45f};
        WordVectors.Word word = WordVectors.quantize(1f, vector);
        for (int d = 0; d < vector.length; d++) {
            assertEquals(vector[d], word.vector()[d] * word.scale(), 0.9 / 127);
        }
    }

    @Test
    void theShippedVectorsAreOfTheShippedEncoder() {
        WordVectors shipped = WordVectors.standard();

        assertNotNull(shipped, WordVectors.RESOURCE + " is shipped");
        assertEquals(BertEncoder.modelName(), shipped.model(), "retrain with: java -jar target/faqbot.jar train-word-vectors");
        assertTrue(shipped.size() > 5000, shipped.size() + " features");
        Set<String> known = Set.of("abonnement", "verlengen", "klant", "beheerder");
        known.forEach(word -> assertNotNull(shipped.query(word), word));
    }

    @Test
    void theShippedEnglishVectorsAreOfTheShippedEncoder() {
        WordVectors shipped = WordVectors.standard(Lang.EN);

        assertNotNull(shipped, WordVectors.ENGLISH_RESOURCE + " is shipped");
        assertEquals(Lang.EN, shipped.lang());
        assertEquals(BertEncoder.modelName(), shipped.model(), "retrain with: java -jar target/faqbot.jar train-word-vectors --lang en");
        assertTrue(shipped.size() > 4000, shipped.size() + " features");
        Set<String> known = Set.of("subscription", "renew", "customer", "admin");
        known.forEach(word -> assertNotNull(shipped.query(word), word));
    }
}
