package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** Where a hybrid index's vectors come from: the knowledge base's own, checked, and the missing ones encoded now. */
class EntryVectorSourceTest {

    private static final FaqEntry RENEW = entry("renew", "How do I renew my membership?", "Open the dashboard and choose renew.");
    private static final FaqEntry INSTALLER = entry("installer", "Where can I download the installer?", "The installer is on the downloads page.");
    private static final FaqEntry BILLING = entry("billing", "Who handles billing problems?", "Phone the billing desk.");
    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(RENEW, INSTALLER, BILLING));

    static FaqEntry entry(String anchor, String question, String answer) {
        return new FaqEntry("page#" + anchor, EntryKind.QA, "page", Bilingual.of("Pagina", "Page"), List.of(),
                Bilingual.of(question, question), Bilingual.of(answer, answer), Bilingual.of("https://example.org/nl", "https://example.org/en"));
    }

    /** The shipped weights and thresholds, for vectors of {@code model}. */
    static FusionModel fusionFor(String model) {
        FusionModel shipped = FusionModel.shipped(10);
        return new FusionModel(shipped.features(), shipped.weights(), shipped.threshold(), shipped.lexicalOnly(), model, "test", 10);
    }

    private static FaqIndex.Dense dense(Optional<TextEncoder> encoder) {
        return new FaqIndex.Dense(() -> encoder, QueryGloss.NONE, fusionFor(BagOfWordsEncoder.MODEL));
    }

    private static EntryVectors.Item encoded(FaqEntry entry) {
        float[][] vectors = EntryTexts.of(entry).stream().map(BagOfWordsEncoder::encode).toArray(float[][]::new);
        return new EntryVectors.Item(EntryTexts.hash(BagOfWordsEncoder.MODEL, entry), vectors);
    }

    @Test
    void vectorsOfAnotherModelAreRefusedNamingBothModels() {
        EntryVectors other = new EntryVectors("other-model 3", BagOfWordsEncoder.DIMENSIONS,
                Map.of(RENEW.id(), encoded(RENEW), INSTALLER.id(), encoded(INSTALLER), BILLING.id(), encoded(BILLING)));
        KnowledgeBase kb = KB.withVectors(other);
        FaqIndex.Dense dense = dense(Optional.of(new BagOfWordsEncoder()));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FaqIndex.hybrid(kb, SearchSettings.defaults(), dense));

        assertEquals("the knowledge base's vectors were made by 'other-model 3', but this faqbot searches with 'bag-of-words 1':"
                + " re-run 'faqbot ingest' to encode them again", e.getMessage());
    }

    @Test
    void storedVectorsAreUsedAsTheyAre() {
        EntryVectors.Item stored = encoded(RENEW);
        KnowledgeBase kb = KB.withVectors(new EntryVectors(BagOfWordsEncoder.MODEL, BagOfWordsEncoder.DIMENSIONS, Map.of(RENEW.id(), stored)));
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();

        EntryVectors vectors = EntryVectorSource.vectors(kb, dense(Optional.of(encoder)));

        assertSame(stored, vectors.get(RENEW.id()).orElseThrow());
    }

    @Test
    void entriesWithoutVectorsAreEncodedWhenTheEncoderIsThere() {
        KnowledgeBase kb = KB.withVectors(new EntryVectors(BagOfWordsEncoder.MODEL, BagOfWordsEncoder.DIMENSIONS,
                Map.of(RENEW.id(), encoded(RENEW))));
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();

        EntryVectors vectors = EntryVectorSource.vectors(kb, dense(Optional.of(encoder)));

        assertTrue(vectors.covers(kb));
        int chunks = KB.entries().stream().filter(e -> !e.id().equals(RENEW.id())).mapToInt(e -> EntryTexts.chunks(e).size()).sum();
        assertEquals(2 * EntryVectors.FIELDS.size() + chunks, encoder.passages(),
                "only the two entries without vectors are encoded, their fields and their chunks");
        assertEquals(chunks, vectors.get(BILLING.id()).orElseThrow().chunks().length
                + KB.entries().stream().filter(e -> !e.id().equals(RENEW.id()) && !e.id().equals(BILLING.id()))
                        .mapToInt(e -> vectors.get(e.id()).orElseThrow().chunks().length).sum());
        assertEquals(EntryTexts.hash(BagOfWordsEncoder.MODEL, BILLING), vectors.get(BILLING.id()).orElseThrow().hash());
    }

    @Test
    void knowledgeBaseWithoutAnyVectorsIsEncodedWhole() {
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();

        EntryVectors vectors = EntryVectorSource.vectors(KB, dense(Optional.of(encoder)));

        assertTrue(vectors.covers(KB));
        assertEquals(BagOfWordsEncoder.DIMENSIONS, vectors.dimensions());
    }

    @Test
    void entriesWithoutVectorsStayLexicalWithAWarningWhenTheEncoderIsNotThere() {
        KnowledgeBase kb = KB.withVectors(new EntryVectors(BagOfWordsEncoder.MODEL, BagOfWordsEncoder.DIMENSIONS,
                Map.of(RENEW.id(), encoded(RENEW))));

        EntryVectors vectors;
        String log;
        try (StderrCapture capture = new StderrCapture()) {
            vectors = EntryVectorSource.vectors(kb, dense(Optional.empty()));
            log = capture.text();
        }

        assertEquals(List.of(RENEW.id()), List.copyOf(vectors.items().keySet()));
        assertTrue(log.contains("2 of 3 entries have no vectors and the encoder is not there"), log);
    }

    @Test
    void encoderOfAnotherModelThanTheFusionIsNotUsedForEntries() {
        BagOfWordsEncoder other = new BagOfWordsEncoder("other-model 3");

        EntryVectors vectors = EntryVectorSource.vectors(KB, dense(Optional.of(other)));

        assertEquals(0, other.passages());
        assertEquals(0, vectors.size());
    }

    @Test
    void lexicalOnlyEntryIsStillFoundByItsWordsOnceTheEncoderArrives() {
        KnowledgeBase kb = KB.withVectors(new EntryVectors(BagOfWordsEncoder.MODEL, BagOfWordsEncoder.DIMENSIONS,
                Map.of(RENEW.id(), encoded(RENEW))));
        AtomicReference<Optional<TextEncoder>> encoder = new AtomicReference<>(Optional.empty());
        FaqIndex index = FaqIndex.hybrid(kb, SearchSettings.defaults(),
                new FaqIndex.Dense(encoder::get, QueryGloss.NONE, fusionFor(BagOfWordsEncoder.MODEL)));
        BagOfWordsEncoder arrived = new BagOfWordsEncoder();
        encoder.set(Optional.of(arrived));

        SearchResult result = index.search("billing desk phone problems", Lang.EN);

        assertEquals(BILLING.id(), result.top().orElseThrow().entry().id());
        assertEquals(0, arrived.passages(), "entries are encoded when the index is built, not later");
    }

    @Test
    void encoderOfAnotherModelIsNotUsedForQuestionsEither() {
        KnowledgeBase kb = KB.withVectors(new EntryVectors(BagOfWordsEncoder.MODEL, BagOfWordsEncoder.DIMENSIONS,
                Map.of(RENEW.id(), encoded(RENEW), INSTALLER.id(), encoded(INSTALLER), BILLING.id(), encoded(BILLING))));
        BagOfWordsEncoder other = new BagOfWordsEncoder("other-model 3");
        FaqIndex index = FaqIndex.hybrid(kb, SearchSettings.defaults(),
                new FaqIndex.Dense(() -> Optional.of(other), QueryGloss.NONE, fusionFor(BagOfWordsEncoder.MODEL)));

        index.search("something about a subscription", Lang.EN);

        assertEquals(0, other.queries(), "a question's vector of one model is never compared with entries' of another");
        assertFalse(index.isHybrid());
    }
}
