package org.faqbot.kb;

import java.util.List;

/** Small hand-made entries for tests of the knowledge base's files. */
final class TestEntries {

    private TestEntries() {
    }

    static FaqEntry qa(String anchor, String questionEn, String answerEn) {
        return new FaqEntry("page#" + anchor, EntryKind.QA, "page", Bilingual.of("Pagina", "Page"), List.of(),
                Bilingual.of(questionEn + " (nl)", questionEn), Bilingual.of(answerEn + " (nl)", answerEn),
                Bilingual.of("https://example.org/nl/page#" + anchor, "https://example.org/en/page#" + anchor));
    }

    /** An entry's four vectors of {@code dimensions} floats, each filled from {@code seed}. */
    static EntryVectors.Item item(String hash, int dimensions, float seed) {
        float[][] vectors = new float[EntryVectors.FIELDS.size()][dimensions];
        for (int f = 0; f < vectors.length; f++) {
            for (int d = 0; d < dimensions; d++) {
                vectors[f][d] = seed + f + d / 8f;
            }
        }
        return new EntryVectors.Item(hash, vectors);
    }
}
