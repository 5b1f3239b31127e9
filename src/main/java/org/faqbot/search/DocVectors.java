package org.faqbot.search;

import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.QuantizedVector;

/**
 * Each document's vectors (its entry's views) and answer chunks, held in arrays by document for the dense side's
 * comparisons, and how close a question's {@link DenseSide.QueryVectors vectors} are to them.
 */
final class DocVectors {

    /** Each document's views in {@link EntryVectors#FIELDS} order; null for a document without vectors. */
    private final float[][][] vectorsByDoc;
    /** Each document's English answer chunks; empty when it has none. */
    private final QuantizedVector[][] chunksByDoc;
    private final int dimensions;
    /** The most words of a message that only names a topic, as a page's title does ({@link #namesATopic}). */
    static final int TOPIC_WORDS = 3;
    /** Whether each document is a page's title section ({@link TitleSections}), compared by its question with its answer only. */
    private final boolean[] titles;

    DocVectors(EntryVectors.Item[] itemsByDoc, boolean[] titles) {
        this.titles = titles;
        this.vectorsByDoc = new float[itemsByDoc.length][][];
        this.chunksByDoc = new QuantizedVector[itemsByDoc.length][];
        for (int doc = 0; doc < itemsByDoc.length; doc++) {
            vectorsByDoc[doc] = itemsByDoc[doc] == null ? null : itemsByDoc[doc].vectors();
            chunksByDoc[doc] = itemsByDoc[doc] == null ? new QuantizedVector[0] : itemsByDoc[doc].chunks();
        }
        this.dimensions = dimensions(vectorsByDoc);
    }

    /** The number of documents, with vectors or without. */
    int size() {
        return vectorsByDoc.length;
    }

    boolean has(int doc) {
        return vectorsByDoc[doc] != null;
    }

    /** The length of the entries' vectors (-1 when none has any). */
    int dimensions() {
        return dimensions;
    }

    /**
     * How close an entry's meaning is to the question: the best of the entry's question and
     * question-with-answer. An English question is compared with the English texts. A Dutch one is
     * compared as written with the Dutch texts and as its gloss with the English texts, and the two are
     * averaged: either view alone is noisy for an English-trained model (with E5 and the topic-word gloss,
     * on the fitting questions the right entry came first for 0.70-0.78 of the Dutch questions by the Dutch
     * text, 0.83-0.85 by the gloss, 0.85-0.86 by their mean). The Dutch word vectors' reading, compared
     * with the English texts, is a third view in the mean: with it 0.861 / 0.900 (dev / own fitting
     * questions) against 0.861 / 0.867 without. With bge and the fluent gloss the mean of the three ranks
     * first for 140 of the 197 Dutch fitting questions, the gloss alone for 144, the Dutch text alone for 98;
     * the Dutch text stays in the mean because without it the refitted models answered Dutch questions that
     * are off the FAQ (README, "Tried", fifth session).
     */
    double cosine(int doc, DenseSide.QueryVectors query) {
        float[][] vectors = vectorsByDoc[doc];
        if (vectors == null) {
            return 0;
        }
        boolean title = titles[doc] && !query.namesATopic();
        if (query.isEnglish()) {
            return best(query.own(), vectors[0], vectors[1], title);
        }
        double sum = best(query.own(), vectors[2], vectors[3], title);
        int views = 1;
        for (float[] english : new float[][] {query.gloss(), query.mapped()}) {
            if (english != null) {
                sum += best(english, vectors[0], vectors[1], title);
                views++;
            }
        }
        return sum / views;
    }

    /**
     * How close the question is to the entry's closest answer chunk: an English question's own vector, a
     * Dutch one's English views (gloss and word vectors, averaged), as the chunks are English only.
     * {@code otherwise} (the entry's {@link #cosine}) when the entry has no chunks or a Dutch question no
     * English view.
     */
    double chunkCosine(int doc, DenseSide.QueryVectors query, double otherwise) {
        QuantizedVector[] chunks = chunksByDoc[doc];
        if (chunks.length == 0) {
            return otherwise;
        }
        float[][] views = query.englishViews();
        double sum = 0;
        int counted = 0;
        for (float[] view : views) {
            if (view != null) {
                double best = -1;
                for (QuantizedVector chunk : chunks) {
                    best = Math.max(best, chunk.dot(view));
                }
                sum += best;
                counted++;
            }
        }
        return counted == 0 ? otherwise : sum / counted;
    }

    /**
     * Whether the question is a topic's name and asks nothing ("customers", "klanten" read as its gloss): a page's title is
     * what such a message matches, so a title section keeps its heading for it (without, "customers" was near no entry
     * worth suggesting, and an announced topic got no examples).
     */
    static boolean namesATopic(String english) {
        String words = english.strip();
        return !words.isEmpty() && words.split("\\s+").length <= TOPIC_WORDS;
    }

    /** The closer of the entry's question and question-with-answer, or the latter alone for a title section. */
    private static double best(float[] query, float[] question, float[] withAnswer, boolean title) {
        double answer = dot(query, withAnswer);
        return title ? answer : Math.max(dot(query, question), answer);
    }

    private static int dimensions(float[][][] vectorsByDoc) {
        for (float[][] vectors : vectorsByDoc) {
            if (vectors != null) {
                return vectors[0].length;
            }
        }
        return -1;
    }

    private static double dot(float[] a, float[] b) {
        // Four sums side by side: one sum waits for each addition before the next, four keep the core busy
        // (the words stage compares every entry's vectors, 6% of a reply with one sum).
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
