package org.faqbot.search;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.faqbot.kb.Lang;

/**
 * Turns a question into its {@link DenseSide.QueryVectors}: by the encoder (a Dutch one also as its English
 * {@link QueryGloss gloss}, since the model is English-trained), or by {@link WordVectors} alone for the cascade's
 * cheap words stage.
 */
final class QueryReader {

    /**
     * Runs the second encode of a Dutch question beside the first: one thread per further core (at
     * least one), daemon threads so that they never hold up the JVM's exit.
     */
    private static final ExecutorService SECOND_ENCODES = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), runnable -> {
                Thread thread = new Thread(runnable, "faqbot-encode");
                thread.setDaemon(true);
                return thread;
            });

    private final QueryGloss gloss;
    private final Function<Lang, WordVectors> wordVectors;
    private final FusionModel model;
    /** The length of the entries' vectors: word vectors of another length are of another space. */
    private final int dimensions;

    QueryReader(QueryGloss gloss, Function<Lang, WordVectors> wordVectors, FusionModel model, int dimensions) {
        this.gloss = gloss;
        this.wordVectors = wordVectors;
        this.model = model;
        this.dimensions = dimensions;
    }

    /**
     * The question's vectors: as written, and for Dutch also its English gloss (none when it has none) and
     * its {@link WordVectors} reading (none when no word is known, or the vectors are of another model).
     */
    DenseSide.QueryVectors encode(TextEncoder encoder, String question, Lang lang) {
        if (lang == Lang.EN) {
            return new DenseSide.QueryVectors(encoder.query(question), null, null, true, question);
        }
        String english = gloss.english(question);
        String sentence = gloss.sentence(question);
        // A Dutch question costs two encodes; the gloss's runs on another core meanwhile (ONNX Runtime
        // sessions take concurrent runs), so the reply waits for one encode, not two.
        CompletableFuture<float[]> glossed = english.isBlank() ? null : CompletableFuture.supplyAsync(() -> encoder.query(sentence), SECOND_ENCODES);
        float[] own = encoder.query(question);
        return new DenseSide.QueryVectors(own, glossed == null ? null : join(glossed), wordsReading(question, Lang.NL), false, english);
    }

    /**
     * The question read by its {@link WordVectors} alone, in the English texts' space: the cascade's cheap
     * stage. Empty when there is no words stage, no vectors of the language or of this model, or no known word.
     */
    Optional<DenseSide.QueryVectors> readByWords(String question, Lang lang) {
        float[] vector = model.words() == null ? null : wordsReading(question, lang);
        return vector == null ? Optional.empty()
                : Optional.of(new DenseSide.QueryVectors(vector, null, null, true, lang == Lang.EN ? question : gloss.english(question)));
    }

    /**
     * {@code question} read by {@code lang}'s word vectors in the entries' space; null when there are none,
     * they are of another model than the entries' vectors, or no word of the question is known.
     */
    private float[] wordsReading(String question, Lang lang) {
        WordVectors words = wordVectors.apply(lang);
        return words == null || !words.model().equals(model.model()) || words.dimensions() != dimensions ? null : words.query(question);
    }

    private static float[] join(CompletableFuture<float[]> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
