package org.faqbot.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.faqbot.kb.Lang;

/**
 * Turns a question into its {@link DenseSide.QueryVectors}: by the encoder (a Dutch one also as its English
 * {@link QueryGloss gloss}, since the model is English-trained), or by {@link WordVectors} alone for the cascade's
 * cheap words stage.
 */
final class QueryReader {

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
     * {@code byWords} is the question's {@link #readByWords} in {@code lang}, when the words stage read it: its gloss and
     * word-vector reading are not made again.
     */
    DenseSide.QueryVectors encode(TextEncoder encoder, String question, Lang lang, Optional<DenseSide.QueryVectors> byWords) {
        if (lang == Lang.EN) {
            return new DenseSide.QueryVectors(encoder.query(question), null, null, true, question);
        }
        String english = byWords.map(DenseSide.QueryVectors::english).orElseGet(() -> gloss.english(question));
        String sentence = gloss.sentence(question);
        // A Dutch question costs two encodes, which the encoder may run side by side on two cores, so that
        // the reply waits for one encode, not two.
        List<float[]> vectors = encoder.queries(english.isBlank() ? List.of(question) : List.of(question, sentence));
        float[] mapped = byWords.isPresent() ? byWords.get().own() : wordsReading(question, Lang.NL);
        return new DenseSide.QueryVectors(vectors.get(0), vectors.size() > 1 ? vectors.get(1) : null, mapped, false, english);
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
}
