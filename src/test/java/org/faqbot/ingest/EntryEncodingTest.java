package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.QuantizedVector;
import org.faqbot.search.BagOfWordsEncoder;
import org.faqbot.search.EntryTexts;
import org.junit.jupiter.api.Test;

/** Encoding is incremental: only entries whose texts changed are encoded again. */
class EntryEncodingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneOffset.UTC);
    /** The four field vectors and one chunk: each answer here is a sentence. */
    private static final int FIELDS = EntryVectors.FIELDS.size() + 1;

    private static final FaqEntry RENEW = entry("renew", "How do I renew my membership?", "Open the dashboard.");
    private static final FaqEntry INSTALLER = entry("installer", "Where is the installer?", "On the downloads page.");
    private static final FaqEntry BILLING = entry("billing", "Who handles billing?", "The billing desk.");
    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(RENEW, INSTALLER, BILLING));

    private static FaqEntry entry(String anchor, String question, String answer) {
        return new FaqEntry("page#" + anchor, EntryKind.QA, "page", Bilingual.of("Pagina", "Page"), List.of(),
                Bilingual.of(question, question), Bilingual.of(answer, answer), Bilingual.of("https://example.org/nl", "https://example.org/en"));
    }

    private static EntryEncoding.Summary encode(KnowledgeBase kb, BagOfWordsEncoder encoder, Optional<EntryVectors> previous) {
        return EntryEncoding.run(kb, encoder, previous, EntryEncoding.Progress.NONE, CLOCK);
    }

    @Test
    void firstRunEncodesEveryEntry() {
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();

        EntryEncoding.Summary summary = encode(KB, encoder, Optional.empty());

        assertEquals(List.of(3, 0), List.of(summary.encoded(), summary.reused()));
        assertEquals(3 * FIELDS, encoder.passages());
        assertEquals(BagOfWordsEncoder.MODEL, summary.vectors().model());
        assertArrayEquals(BagOfWordsEncoder.encode(EntryTexts.of(RENEW).get(1)), summary.vectors().get(RENEW.id()).orElseThrow().vectors()[1]);
    }

    @Test
    void unchangedEntriesKeepTheirVectorsWithoutBeingEncodedAgain() {
        EntryVectors previous = encode(KB, new BagOfWordsEncoder(), Optional.empty()).vectors();
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();

        EntryEncoding.Summary summary = encode(KB, encoder, Optional.of(previous));

        assertEquals(0, encoder.passages());
        assertEquals(List.of(0, 3), List.of(summary.encoded(), summary.reused()));
        assertSame(previous.get(INSTALLER.id()).orElseThrow(), summary.vectors().get(INSTALLER.id()).orElseThrow());
    }

    @Test
    void changedEntryIsEncodedAgainAndTheOthersKept() {
        Map<String, EntryVectors.Item> stale = new HashMap<>(encode(KB, new BagOfWordsEncoder(), Optional.empty()).vectors().items());
        float[][] keptRenew = stale.get(RENEW.id()).vectors();
        FaqEntry changed = entry("billing", "Who handles billing?", "The billing desk, by phone or mail.");
        KnowledgeBase updated = KnowledgeBase.of(List.of(RENEW, INSTALLER, changed));
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();

        EntryEncoding.Summary summary = encode(updated, encoder,
                Optional.of(new EntryVectors(BagOfWordsEncoder.MODEL, BagOfWordsEncoder.DIMENSIONS, stale)));

        assertEquals(FIELDS, encoder.passages(), "one entry's texts encoded");
        assertEquals(List.of(1, 2), List.of(summary.encoded(), summary.reused()));
        assertArrayEquals(keptRenew, summary.vectors().get(RENEW.id()).orElseThrow().vectors());
        EntryVectors.Item billing = summary.vectors().get(changed.id()).orElseThrow();
        assertEquals(EntryTexts.hash(BagOfWordsEncoder.MODEL, changed), billing.hash());
        assertArrayEquals(BagOfWordsEncoder.encode(EntryTexts.of(changed).get(1)), billing.vectors()[1]);
    }

    @Test
    void newEntryIsEncodedAndRemovedEntryDropped() {
        EntryVectors previous = encode(KnowledgeBase.of(List.of(RENEW, INSTALLER)), new BagOfWordsEncoder(), Optional.empty()).vectors();
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();

        EntryEncoding.Summary summary = encode(KnowledgeBase.of(List.of(RENEW, BILLING)), encoder, Optional.of(previous));

        assertEquals(FIELDS, encoder.passages());
        assertEquals(java.util.Set.of(RENEW.id(), BILLING.id()), summary.vectors().items().keySet());
    }

    @Test
    void entryStoredBeforeChunksGetsItsChunksOnly() {
        Map<String, EntryVectors.Item> withoutChunks = new HashMap<>();
        encode(KB, new BagOfWordsEncoder(), Optional.empty()).vectors().items()
                .forEach((id, item) -> withoutChunks.put(id, new EntryVectors.Item(item.hash(), item.vectors())));
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();

        EntryEncoding.Summary summary = encode(KB, encoder,
                Optional.of(new EntryVectors(BagOfWordsEncoder.MODEL, BagOfWordsEncoder.DIMENSIONS, withoutChunks)));

        assertEquals(3, encoder.passages(), "one chunk per entry, no field vector");
        EntryVectors.Item renew = summary.vectors().get(RENEW.id()).orElseThrow();
        assertSame(withoutChunks.get(RENEW.id()).vectors(), renew.vectors());
        assertEquals(EntryTexts.chunkHash(BagOfWordsEncoder.MODEL, RENEW), renew.chunkHash());
        assertEquals(1, renew.chunks().length);
        assertArrayEquals(QuantizedVector.of(BagOfWordsEncoder.encode("How do I renew my membership?. Open the dashboard.")).values(),
                renew.chunks()[0].values());
    }

    @Test
    void vectorsOfAnotherModelAreIgnored() {
        EntryVectors previous = encode(KB, new BagOfWordsEncoder("other-model 3"), Optional.empty()).vectors();
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();

        EntryEncoding.Summary summary = encode(KB, encoder, Optional.of(previous));

        assertEquals(3 * FIELDS, encoder.passages());
        assertEquals(BagOfWordsEncoder.MODEL, summary.vectors().model());
        assertEquals(EntryTexts.hash(BagOfWordsEncoder.MODEL, RENEW), summary.vectors().get(RENEW.id()).orElseThrow().hash());
    }

    @Test
    void vectorsOfAnotherModelWithItsHashesStillIgnored() {
        EntryVectors sameHashes = new EntryVectors("other-model 3", BagOfWordsEncoder.DIMENSIONS,
                encode(KB, new BagOfWordsEncoder(), Optional.empty()).vectors().items());
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();

        encode(KB, encoder, Optional.of(sameHashes));

        assertEquals(3 * FIELDS, encoder.passages(), "a file's model is checked, not only its hashes");
    }

    @Test
    void workersEncodeTheSameVectorsAndTellEveryEntryOnce() {
        List<FaqEntry> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(entry("entry-" + i, "Question number " + i + " about renewing?", "Answer " + i + " in the dashboard."));
        }
        KnowledgeBase kb = KnowledgeBase.of(many);
        EntryVectors alone = encode(kb, new BagOfWordsEncoder(), Optional.empty()).vectors();
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();
        List<Integer> told = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        EntryEncoding.Summary summary = EntryEncoding.run(kb, encoder, Optional.empty(),
                (done, total, left) -> told.add(done), CLOCK, 4);

        assertEquals(40 * FIELDS, encoder.passages());
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList(), told);
        for (FaqEntry entry : many) {
            EntryVectors.Item item = summary.vectors().get(entry.id()).orElseThrow();
            assertArrayEquals(alone.get(entry.id()).orElseThrow().vectors(), item.vectors());
            assertEquals(alone.get(entry.id()).orElseThrow().hash(), item.hash());
        }
    }

    @Test
    void aFailingEncodeEndsTheParallelRunWithItsError() {
        BagOfWordsEncoder words = new BagOfWordsEncoder();
        org.faqbot.search.TextEncoder failing = new org.faqbot.search.TextEncoder() {
            @Override
            public String model() {
                return words.model();
            }

            @Override
            public int dimensions() {
                return words.dimensions();
            }

            @Override
            public float[] query(String text) {
                return words.query(text);
            }

            @Override
            public float[] passage(String text) {
                if (text.contains("installer")) {
                    throw new IllegalStateException("the model cannot read this");
                }
                return words.passage(text);
            }
        };

        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> EntryEncoding.run(KB, failing, Optional.empty(), EntryEncoding.Progress.NONE, CLOCK, 2));

        assertEquals("the model cannot read this", e.getMessage());
    }
}
