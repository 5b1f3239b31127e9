package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.faqbot.cli.KbSource;
import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real model end to end: the shipped encoder loaded once, the shipped Benefits FAQ with its shipped vectors and the
 * shipped fusion, built as the assistant builds it. The paraphrases are written here (not taken from the
 * evaluation or fitting cases) and share no content word with their entry, so only meaning can find it.
 */
class EncoderSearchTest {

    private static final String LICENSE_ON_CUSTOMER = "benefits-faq#q-can-i-activate-the-license-on-my-customers-account";
    private static final String INSTALL_HELP =
            "benefits-faq#q-i-cant-install-the-software-i-downloaded-from-partner-center-how-do-i-get-help";

    /** Function words the paraphrases may share with an entry: they carry no topic. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "to", "of", "on", "in", "is", "it", "we", "our", "us", "s", "who", "do", "when", "what", "how",
            "de", "het", "een", "van", "op", "als", "ons", "onze", "wie", "zijn", "mag", "die", "wij");

    private static BertEncoder encoder;
    private static KnowledgeBase kb;
    private static FaqIndex index;

    @BeforeAll
    static void loadModelAndIndex() throws IOException {
        encoder = BertEncoder.load(2);
        kb = KbSource.standard();
        FaqIndex.Dense dense = new FaqIndex.Dense(() -> Optional.of(encoder), DutchGlosses.standard(), FusionModel.shipped(10));
        index = FaqIndex.hybrid(kb, SearchSettings.defaults().scaledTo(kb.size()), dense);
    }

    @AfterAll
    static void closeModel() {
        encoder.close();
    }

    static Stream<Arguments> paraphrases() {
        return Stream.of(
                Arguments.of("Is it allowed to deploy the demo keys we got on a client's own servers?", Lang.EN, LICENSE_ON_CUSTOMER),
                Arguments.of("Mag een afnemer onze demo-exemplaren op zijn eigen machines draaien?", Lang.NL, LICENSE_ON_CUSTOMER),
                Arguments.of("Who do we contact when the setup of a program we fetched fails?", Lang.EN, INSTALL_HELP),
                Arguments.of("Wie helpt ons als het opzetten van een binnengehaald programma mislukt?", Lang.NL, INSTALL_HELP));
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        words.removeAll(STOP_WORDS);
        words.remove("");
        return words;
    }

    @ParameterizedTest
    @MethodSource("paraphrases")
    void paraphraseSharesNoContentWordWithItsEntry(String paraphrase, Lang lang, String id) {
        FaqEntry entry = kb.find(id).orElseThrow();
        Set<String> entryWords = new HashSet<>();
        for (Lang side : Lang.values()) {
            entryWords.addAll(contentWords(entry.question().get(side) + " " + entry.answer().get(side)));
        }

        Set<String> shared = contentWords(paraphrase);
        shared.retainAll(entryWords);

        assertEquals(Set.of(), shared, "the premise of the paraphrase tests");
    }

    @ParameterizedTest
    @MethodSource("paraphrases")
    void paraphraseFindsItsEntryFirst(String paraphrase, Lang lang, String id) {
        SearchResult result = index.search(paraphrase, lang);

        assertEquals(id, result.top().orElseThrow().entry().id(), () -> paraphrase + " found " + result.hits());
    }

    @Test
    void clearParaphraseIsAnswered() {
        SearchResult result = index.search("Is it allowed to deploy the demo keys we got on a client's own servers?", Lang.EN);

        assertEquals(Optional.of(LICENSE_ON_CUSTOMER), result.answer().map(hit -> hit.entry().id()), () -> result.toString());
    }

    @Test
    void englishCookingQuestionIsNotAnswered() {
        SearchResult result = index.search("What temperature should the oven be for roasting a chicken?", Lang.EN);

        assertEquals(Optional.empty(), result.answer(), () -> result.toString());
    }

    @Test
    void dutchCookingQuestionIsNotAnswered() {
        SearchResult result = index.search("Hoe lang moet een ei koken?", Lang.NL);

        assertEquals(Optional.empty(), result.answer(), () -> result.toString());
    }

    @Test
    void searchesFuseWithTheModelLoaded() {
        assertTrue(index.isHybrid());
    }

    @Test
    void vectorsHave384DimensionsAndUnitLength() {
        for (float[] vector : List.of(encoder.query("How do I renew my benefits?"), encoder.passage("Hoe kan ik voordelen verlengen"))) {
            double norm = 0;
            for (float v : vector) {
                norm += v * v;
            }

            assertEquals(384, vector.length);
            assertEquals(1.0, Math.sqrt(norm), 1e-4);
        }
    }

    @Test
    void sameTextGivesSameVector() {
        float[] first = encoder.query("When can I renew my membership?");
        float[] second = encoder.query("When can I renew my membership?");

        assertArrayEquals(first, second);
    }

    @Test
    void questionAndPassageOfTheSameTextDiffer() {
        float[] query = encoder.query("When can I renew my membership?");
        float[] passage = encoder.passage("When can I renew my membership?");

        assertTrue(dot(query, passage) < 0.999, "the query instruction is applied");
    }

    @Test
    void shippedVectorsAreWhatThisEncoderMakesOfTheEntries() {
        EntryVectors shipped = kb.vectors().orElseThrow();
        FaqEntry entry = kb.find(INSTALL_HELP).orElseThrow();

        float[] now = encoder.passage(EntryTexts.of(entry).get(3));

        assertEquals(encoder.model(), shipped.model());
        assertTrue(shipped.covers(kb));
        assertEquals(1.0, dot(now, shipped.get(INSTALL_HELP).orElseThrow().vectors()[3]), 1e-3);
    }

    static Stream<Arguments> dutchQuestions() {
        return Stream.of(
                Arguments.of("Wanneer mag ik ons partnerlidmaatschap vernieuwen?", "benefits-faq#q-when-can-i-renew-my-membership"),
                Arguments.of("Wat moet ik doen als de installatie van gedownloade software vastloopt?", INSTALL_HELP),
                Arguments.of("Mogen klanten onze licenties op hun eigen tenant activeren?", LICENSE_ON_CUSTOMER));
    }

    /**
     * The Dutch word vectors alone, compared with the entries' English texts only, put a plain Dutch
     * question nearest to its entry: they carry the meaning of Dutch words across to the English side.
     * (On the paraphrases above, which share no word with their entry, they alone are not enough; the
     * search averages them with the other two readings.)
     */
    @ParameterizedTest
    @MethodSource("dutchQuestions")
    void dutchWordVectorsAloneFindTheEnglishTextOfADutchQuestion(String paraphrase, String id) {
        float[] mapped = WordVectors.standard().query(paraphrase);
        EntryVectors vectors = kb.vectors().orElseThrow();
        String nearest = null;
        double best = -2;
        for (FaqEntry entry : kb.entries()) {
            float[][] v = vectors.get(entry.id()).orElseThrow().vectors();
            double cos = Math.max(dot(mapped, v[0]), dot(mapped, v[1]));
            if (cos > best) {
                best = cos;
                nearest = entry.id();
            }
        }
        assertEquals(id, nearest, paraphrase);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
