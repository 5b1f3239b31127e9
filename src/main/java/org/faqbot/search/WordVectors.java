package org.faqbot.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faqbot.kb.Lang;

/**
 * A question placed straight into the English encoder's space, from its words: each word (and, in Dutch,
 * compound part, and the first letters of a long word) has a vector, learned from the docs' own sentence
 * pairs so that a sentence's weighted mean of word vectors comes close to what the encoder makes of the
 * English sentence ({@code faqbot train-word-vectors}). A lookup and a sum: microseconds, no encoder call.
 *
 * <p>Two uses. The Dutch vectors are a third reading of a Dutch question beside the question as written and
 * its word-by-word gloss: the encoder reads Dutch poorly and a gloss loses the word order and the senses a
 * word has in context, while these vectors were fitted to whole sentences' meaning. And the vectors of
 * either language are the cascade's cheap stage: the search fuses them with the lexical evidence first and
 * runs the encoder only when that is not sure (see {@link FusionModel.WordsStage}).
 *
 * <p>Vectors are stored as bytes with one scale per word (a quarter of the size of floats, no measurable
 * change in which entry comes first).
 */
public final class WordVectors {

    public static final String RESOURCE = "/faq-data/nl-words.bin";
    public static final String ENGLISH_RESOURCE = "/faq-data/en-words.bin";
    private static final String MAGIC = "faqbot-dutch-word-vectors 1";
    /** Version 2 names the language whose words the vectors are of; version 1 files are Dutch. */
    private static final String MAGIC_2 = "faqbot-word-vectors 2";
    /** Words this long or longer also count by their first letters: inflected forms and typos share them. */
    static final int PREFIX = 5;
    private static final String PREFIX_MARK = "#";

    /** A word's vector (bytes times its scale) and its weight in a sentence (inverse document frequency). */
    public record Word(float weight, float scale, byte[] vector) {
    }

    private final Lang lang;
    private final String model;
    private final float[] mean;
    private final Map<String, Word> words;
    private final String trainedOn;
    private final CompoundSplitter splitter;
    private final Set<String> stopWords;

    /**
     * @param model     the encoder whose space the vectors are in; only used with that encoder
     * @param mean      the mean of the training sentences' vectors, which every sentence's vector starts from
     * @param words     each known feature's vector and weight
     * @param trainedOn what the vectors were learned from, for the file's header
     */
    public WordVectors(String model, float[] mean, Map<String, Word> words, String trainedOn) {
        this(Lang.NL, model, mean, words, trainedOn);
    }

    public WordVectors(Lang lang, String model, float[] mean, Map<String, Word> words, String trainedOn) {
        this.lang = lang;
        this.stopWords = GlossWords.stopWords(lang);
        this.model = model;
        this.mean = mean.clone();
        // A HashMap: every word of every question is looked up, and Map.copyOf's probing (equals at every slot) was slower.
        this.words = java.util.Collections.unmodifiableMap(new HashMap<>(words));
        this.trainedOn = trainedOn;
        this.splitter = splitter(lang, words.keySet().stream().filter(w -> !w.startsWith(PREFIX_MARK)).toList());
        for (Word word : words.values()) {
            if (word.vector().length != mean.length) {
                throw new IllegalArgumentException("a word vector has " + word.vector().length + " dimensions, the mean " + mean.length);
            }
        }
    }

    public String model() {
        return model;
    }

    public Lang lang() {
        return lang;
    }

    /** Dutch words are also read by their compound parts; English ones as they are. */
    public static CompoundSplitter splitter(Lang lang, java.util.Collection<String> words) {
        return lang == Lang.NL ? GlossWords.splitter(words) : CompoundSplitter.empty();
    }

    public int dimensions() {
        return mean.length;
    }

    public int size() {
        return words.size();
    }

    public String trainedOn() {
        return trainedOn;
    }

    /**
     * The features a Dutch text is read by, in order: each word that is not a stop word, the parts of a
     * compound after it, and the first {@value #PREFIX} letters of a longer word.
     */
    public static List<String> features(String text, CompoundSplitter splitter, Set<String> stopWords) {
        List<String> out = new ArrayList<>();
        for (String word : GlossWords.withParts(GlossWords.words(text), splitter)) {
            if (stopWords.contains(word)) {
                continue;
            }
            out.add(word);
            if (word.length() > PREFIX) {
                out.add(PREFIX_MARK + word.substring(0, PREFIX));
            }
        }
        return out;
    }

    /**
     * The unit vector of {@code dutch} in the encoder's space, or null when none of its words is known
     * (the mean alone says nothing about the question).
     */
    public float[] query(String dutch) {
        Map<Word, Float> counts = new LinkedHashMap<>();
        for (String feature : features(dutch, splitter, stopWords)) {
            Word word = words.get(feature);
            if (word != null) {
                counts.merge(word, word.weight(), Float::sum);
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        double total = counts.values().stream().mapToDouble(Float::doubleValue).sum();
        float[] vector = mean.clone();
        counts.forEach((word, weight) -> {
            float factor = (float) (weight / total) * word.scale();
            byte[] bytes = word.vector();
            for (int d = 0; d < vector.length; d++) {
                vector[d] += factor * bytes[d];
            }
        });
        return unit(vector);
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float inverse = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < vector.length; d++) {
            vector[d] *= inverse;
        }
        return vector;
    }

    /** A word's float vector stored as bytes: the scale maps the largest magnitude to 127. */
    public static Word quantize(float weight, float[] vector) {
        float max = 0;
        for (float v : vector) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max == 0 ? 1 : max / 127f;
        byte[] bytes = new byte[vector.length];
        for (int d = 0; d < vector.length; d++) {
            bytes[d] = (byte) Math.round(vector[d] / scale);
        }
        return new Word(weight, scale, bytes);
    }

    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeUTF(MAGIC_2);
        out.writeUTF(lang.code());
        out.writeUTF(model);
        out.writeUTF(trainedOn);
        out.writeInt(mean.length);
        for (float v : mean) {
            out.writeFloat(v);
        }
        out.writeInt(words.size());
        for (Map.Entry<String, Word> e : new java.util.TreeMap<>(words).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeFloat(e.getValue().weight());
            out.writeFloat(e.getValue().scale());
            out.write(e.getValue().vector());
        }
        out.flush();
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IOException naming {@code origin} when the data is not such a file or is cut short
     */
    public static WordVectors read(InputStream stream, String origin) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
        try {
            String magic = in.readUTF();
            if (!magic.equals(MAGIC) && !magic.equals(MAGIC_2)) {
                throw new IOException(origin + ": not a word vector file (it starts with '" + magic + "')");
            }
            Lang lang = magic.equals(MAGIC) ? Lang.NL : Lang.fromCode(in.readUTF()).orElseThrow(() -> new IOException(origin + ": unknown language"));
            String model = in.readUTF();
            String trainedOn = in.readUTF();
            int dims = in.readInt();
            if (dims <= 0 || dims > 4096) {
                throw new IOException(origin + ": " + dims + " dimensions");
            }
            float[] mean = new float[dims];
            for (int d = 0; d < dims; d++) {
                mean[d] = in.readFloat();
            }
            int count = in.readInt();
            Map<String, Word> words = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String word = in.readUTF();
                float weight = in.readFloat();
                float scale = in.readFloat();
                byte[] vector = new byte[dims];
                in.readFully(vector);
                words.put(word, new Word(weight, scale, vector));
            }
            return new WordVectors(lang, model, mean, words, trainedOn);
        } catch (EOFException e) {
            throw new IOException(origin + ": cut short", e);
        }
    }

    /** The shipped vectors of {@code lang}, read on first use (in the encoder's background load), or null when not shipped. */
    public static WordVectors standard(Lang lang) {
        return lang == Lang.NL ? Shipped.DUTCH : ShippedEnglish.ENGLISH;
    }

    /** The shipped Dutch vectors (see {@link #standard(Lang)}). */
    public static WordVectors standard() {
        return standard(Lang.NL);
    }

    /** A damaged file costs the questions this reading, never the search: logged, and none. */
    private static WordVectors load(String resource) {
        try (InputStream in = WordVectors.class.getResourceAsStream(resource)) {
            return in == null ? null : read(in, resource);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(WordVectors.class).warn("word vectors not used: {}", e.getMessage());
            return null;
        }
    }

    private static final class Shipped {
        static final WordVectors DUTCH = load(RESOURCE);
    }

    private static final class ShippedEnglish {
        static final WordVectors ENGLISH = load(ENGLISH_RESOURCE);
    }
}
