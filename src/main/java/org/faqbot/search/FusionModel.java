package org.faqbot.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The answer decision over lexical and dense evidence: a logistic model that gives each candidate the
 * probability that it answers the question ({@link Features} are its inputs), the threshold at or above
 * which the best candidate is the answer, and the lexical confidence at or above which the search
 * trusts the lexical side alone and skips the encoder. One model and one threshold for both languages.
 * Fitted by {@code faqbot fit} ({@link LogisticFit}) and shipped as {@code faq-data/fusion.json}.
 *
 * @param features    the feature names, in the order of {@code weights}; must equal {@link Features#NAMES}
 * @param weights     one per feature; the first feature is the constant 1
 * @param threshold   the probability at or above which the best candidate answers
 * @param lexicalOnly the lexical confidence at or above which the encoder is not run (above 1: never)
 * @param model       the encoder the model was fitted with; vectors of another model mean a refit
 * @param fittedOn    what it was fitted on, for the maintainers
 * @param entries     the size of the knowledge base it was fitted on: a larger one has more near misses
 *                    per question, so it needs its own weights and threshold
 * @param words       the cascade's cheap stage (null: none, as in models fitted before it)
 * @param nearFrom    the closeness by meaning (the best cosine of any candidate with the question) from which a
 *                    question is near the knowledge base's topics even when no candidate has much chance of
 *                    answering it: just above every out-of-domain fitting question whose best candidate stayed under
 *                    {@code suggestionFloor} (null: never, as in models fitted before it)
 * @param nearByWordsFrom the lexical confidence of the question's English words (its own, a Dutch one's gloss:
 *                    {@code lex_english}) from which a question is near the topics too, set the same way: a Dutch
 *                    question's closeness is the mean of three readings, and its Dutch text read by an English encoder
 *                    keeps it low where its gloss names the docs' words outright ("wat is een Azure plan?": closeness
 *                    0.74 against {@code nearFrom} 0.74, its gloss's confidence 0.95 against 0.39); null: never
 * @param suggestionFloor the probability below which a best candidate is not worth suggesting on its chance alone (the
 *                    dialog's suggestion floor, and the floor {@code nearFrom}, {@code nearByWordsFrom} and the words
 *                    stage's {@code hopeless} are set under). A model's own: its probabilities are its own scale, and a
 *                    refit that weighs the message's length ({@code long}) moves a short vague message's chance down
 *                    with its intercept. Set by {@code fit} ({@link FitThresholds#suggestionFloor}); null (a model
 *                    written before it) reads as {@link #DEFAULT_SUGGESTION_FLOOR}
 */
public record FusionModel(List<String> features, double[] weights, double threshold, double lexicalOnly, String model,
        String fittedOn, int entries, WordsStage words, Double nearFrom, Double nearByWordsFrom, Double suggestionFloor) {

    /**
     * The suggestion floor of a model written before models carried their own (and of a search without a model): the
     * value chosen by hand for the models of the first sessions.
     */
    public static final double DEFAULT_SUGGESTION_FLOOR = 0.15;

    /**
     * The same fusion with the question read by its {@link WordVectors} instead of the encoder: fitted on the
     * same questions, it costs microseconds instead of milliseconds. When its best candidate reaches
     * {@code sure} (on the fitting questions, everything it was that sure of it had right) the encoder is
     * not run; while the encoder loads it decides with {@code threshold}.
     *
     * @param weights   one per feature, as the model's own
     * @param threshold the probability at or above which its best candidate answers, when it decides alone
     * @param sure      the probability at or above which the search takes its answer without the encoder (above 1: never)
     * @param hopeless  the best probability (the lexical side's when no word vectors read the question) below which the
     *                  question is about nothing the knowledge base answers, so the encoder is not run either (null: it
     *                  always is, as in models fitted before it). Set by {@code fit}
     *                  ({@link FitThresholds#wordsHopeless}) under every fitting question the full fusion answered or
     *                  offered suggestions for. The whole corpus's model has none: among its thousands of entries each
     *                  candidate gets little chance, and even questions with no candidate at all got answers or
     *                  suggestions from the encoder
     */
    public record WordsStage(double[] weights, double threshold, double sure, Double hopeless) {
        public WordsStage {
            if (weights.length != Features.NAMES.size()) {
                throw new IllegalArgumentException(Features.NAMES.size() + " features but " + weights.length + " weights in the words stage");
            }
        }

        /** A words stage that never spares the encoder a question it is unsure of. */
        public WordsStage(double[] weights, double threshold, double sure) {
            this(weights, threshold, sure, null);
        }

        /** Whether a question whose best candidate has {@code probability} by the word vectors is beyond the encoder's help. */
        public boolean hopeless(double probability) {
            return hopeless != null && probability < hopeless;
        }

        public double probability(double[] x) {
            return FusionModel.probability(weights, x);
        }
    }

    /** A model without the words stage. */
    public FusionModel(List<String> features, double[] weights, double threshold, double lexicalOnly, String model, String fittedOn,
            int entries) {
        this(features, weights, threshold, lexicalOnly, model, fittedOn, entries, null);
    }

    /** A model that never calls a question near its topics by closeness alone. */
    public FusionModel(List<String> features, double[] weights, double threshold, double lexicalOnly, String model, String fittedOn,
            int entries, WordsStage words) {
        this(features, weights, threshold, lexicalOnly, model, fittedOn, entries, words, null);
    }

    /** A model that calls a question near its topics by closeness alone. */
    public FusionModel(List<String> features, double[] weights, double threshold, double lexicalOnly, String model, String fittedOn,
            int entries, WordsStage words, Double nearFrom) {
        this(features, weights, threshold, lexicalOnly, model, fittedOn, entries, words, nearFrom, null);
    }

    /** A model with the suggestion floor of the models fitted before it was fitted. */
    public FusionModel(List<String> features, double[] weights, double threshold, double lexicalOnly, String model, String fittedOn,
            int entries, WordsStage words, Double nearFrom, Double nearByWordsFrom) {
        this(features, weights, threshold, lexicalOnly, model, fittedOn, entries, words, nearFrom, nearByWordsFrom, null);
    }

    /** Whether a question whose best candidate is {@code closeness} near in meaning is near the knowledge base's topics. */
    public boolean near(double closeness) {
        return nearFrom != null && closeness >= nearFrom;
    }

    /**
     * Whether a question with these candidates' features is near the knowledge base's topics: by its closeness in
     * meaning ({@link #near(double)}) or by the lexical confidence of its English words.
     */
    public boolean near(List<double[]> candidates) {
        return near(Features.closeness(candidates))
                || nearByWordsFrom != null && Features.englishConfidence(candidates) >= nearByWordsFrom;
    }

    /** The shipped models, inside the jar: fitted on the Benefits FAQ and on the whole corpus. */
    public static final List<String> RESOURCES = List.of("/faq-data/fusion.json", "/faq-data/fusion-all.json");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public FusionModel {
        features = List.copyOf(features);
        Objects.requireNonNull(weights, "weights");
        if (!features.equals(Features.NAMES)) {
            throw new IllegalArgumentException("the model's features " + features + " are not this faqbot's " + Features.NAMES
                    + ": refit with 'faqbot fit'");
        }
        if (weights.length != features.size()) {
            throw new IllegalArgumentException(features.size() + " features but " + weights.length + " weights");
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0,1), got " + threshold);
        }
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(fittedOn, "fittedOn");
        if (suggestionFloor == null) {
            suggestionFloor = DEFAULT_SUGGESTION_FLOOR;
        }
        if (!(suggestionFloor > 0 && suggestionFloor < 1)) {
            throw new IllegalArgumentException("suggestion floor must be in (0,1), got " + suggestionFloor);
        }
    }

    /** The probability in [0,1] that the candidate with features {@code x} answers the question. */
    public double probability(double[] x) {
        return probability(weights, x);
    }

    static double probability(double[] weights, double[] x) {
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The shipped model fitted on the knowledge base closest in size (by ratio) to one of {@code entries}. */
    public static FusionModel shipped(int entries) {
        FusionModel best = null;
        for (String resource : RESOURCES) {
            try (InputStream in = FusionModel.class.getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                FusionModel model = read(in, resource);
                if (best == null || distance(model, entries) < distance(best, entries)) {
                    best = model;
                }
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        if (best == null) {
            throw new IllegalStateException(RESOURCES + " are not on the class path");
        }
        return best;
    }

    private static double distance(FusionModel model, int entries) {
        return Math.abs(Math.log(Math.max(1, model.entries())) - Math.log(Math.max(1, entries)));
    }

    public static FusionModel read(InputStream in, String origin) throws IOException {
        try {
            return MAPPER.readValue(in, FusionModel.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException(origin + ": not a fusion model: " + e.getMessage(), e);
        }
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, MAPPER.writeValueAsString(this).replace("\r\n", "\n") + "\n");
    }
}
