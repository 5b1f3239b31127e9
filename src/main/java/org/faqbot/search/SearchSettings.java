package org.faqbot.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.faqbot.kb.Lang;

/**
 * How the FAQ search answers. Defaults ({@link #defaults()}) are the calibrated values; a
 * {@code search.properties} file in the data directory may override any of them ({@link #load}).
 *
 * @param threshold                 the confidence in [0,1] at or above which the top hit is an answer;
 *                                  below it the caller shows suggestions. Default {@value #DEFAULT_THRESHOLD}
 * @param maxHits                   the most hits a search returns, after duplicates collapse; default 5
 * @param fuzzyMinLengthOneEdit     a word unknown to the index of at least this many letters may match a
 *                                  term one edit away; default 4 (a four-letter slip such as "renw" is common in chat)
 * @param fuzzyMinLengthTwoEdits    ... and of at least this many letters, two edits away; default 8
 * @param fuzzyPrefixLength         letters at the start of a misspelt word taken as typed; default 1
 * @param fuzzyMaxExpansions        the most index terms one misspelt word may stand for; default 3
 * @param synonymFilesNl            Solr-format synonym files applied to questions on Dutch fields
 * @param synonymFilesEn            ... on English fields
 * @param termStatsFileNl           how many docs pages hold each Dutch stemmed term: the background that
 *                                  weighs generic words low ({@code TermStatsGenerator}); "" for none
 * @param termStatsFileEn           ... each English stemmed term
 * @param homePages                 the pages (file names without {@code .md}) the bot is about first: with
 *                                  the whole corpus loaded, an entry of one of them is a likelier answer
 *                                  than a like one of another page, by a weight the fusion learns; default
 *                                  {@code benefits-faq}
 * @param dataDir                   where the synonym files are; empty: the {@code faq-data/} resources
 *                                  shipped on the class path
 */
public record SearchSettings(
        double threshold,
        int maxHits,
        int fuzzyMinLengthOneEdit,
        int fuzzyMinLengthTwoEdits,
        int fuzzyPrefixLength,
        int fuzzyMaxExpansions,
        List<String> synonymFilesNl,
        List<String> synonymFilesEn,
        String termStatsFileNl,
        String termStatsFileEn,
        List<String> homePages,
        Optional<Path> dataDir) {

    /**
     * Calibrated with {@code ThresholdSweep} on the dev and holdout cases: the middle of the range in which
     * no dev answer falls below it and no dev out-of-domain question rises above it.
     */
    public static final double DEFAULT_THRESHOLD = 0.26;

    /** The knowledge-base size {@link #DEFAULT_THRESHOLD} was calibrated on: the Benefits FAQ's entries. */
    public static final int CALIBRATED_ENTRIES = 10;

    /**
     * How much the threshold rises for every tenfold of entries beyond {@link #CALIBRATED_ENTRIES}. The
     * best of many unrelated entries shares some of a question's words by chance more often than the best
     * of a few: on the whole corpus (2,866 entries) off-topic questions such as a capital city or a
     * washing machine reached confidences of 0.30 to 0.46 against 0.26 on the Benefits FAQ. Calibrated as
     * the default: on the dev cases against the whole corpus no right answer falls below the raised
     * threshold (0.346), and it rejects two more out-of-domain questions than 0.26 does.
     */
    public static final double THRESHOLD_PER_TENFOLD = 0.035;

    /** The settings file's name inside the data directory. */
    public static final String FILE_NAME = "search.properties";

    private static final Set<String> KEYS = Set.of("threshold", "maxHits", "fuzzyMinLengthOneEdit",
            "fuzzyMinLengthTwoEdits", "fuzzyPrefixLength", "fuzzyMaxExpansions", "synonymFilesNl", "synonymFilesEn",
            "termStatsFileNl", "termStatsFileEn", "homePages");

    public SearchSettings {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0,1], got " + threshold);
        }
        requirePositive("maxHits", maxHits);
        requirePositive("fuzzyMinLengthOneEdit", fuzzyMinLengthOneEdit);
        requirePositive("fuzzyMinLengthTwoEdits", fuzzyMinLengthTwoEdits);
        requirePositive("fuzzyMaxExpansions", fuzzyMaxExpansions);
        if (fuzzyPrefixLength < 0) {
            throw new IllegalArgumentException("fuzzyPrefixLength must be >= 0, got " + fuzzyPrefixLength);
        }
        synonymFilesNl = List.copyOf(synonymFilesNl);
        synonymFilesEn = List.copyOf(synonymFilesEn);
        homePages = List.copyOf(homePages);
        Objects.requireNonNull(termStatsFileNl, "termStatsFileNl");
        Objects.requireNonNull(termStatsFileEn, "termStatsFileEn");
        Objects.requireNonNull(dataDir, "dataDir");
    }

    public static SearchSettings defaults() {
        return new SearchSettings(DEFAULT_THRESHOLD, 5, 4, 8, 1, 3,
                List.of("synonyms-nl.txt", "synonyms-nl-en.txt"),
                List.of("synonyms-en.txt", "synonyms-nl-en.txt"),
                "term-stats-nl.txt",
                "term-stats-en.txt",
                List.of("benefits-faq"),
                Optional.empty());
    }

    /**
     * The defaults overridden by {@code dataDir/search.properties} when that file exists, with synonym
     * files read from {@code dataDir}.
     *
     * @throws IllegalArgumentException naming the file and key when a value is invalid or a key unknown
     */
    public static SearchSettings load(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        Properties props = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            }
        }
        try {
            return defaults().overriddenBy(props).withDataDir(dataDir);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    public SearchSettings withDataDir(Path dir) {
        return new SearchSettings(threshold, maxHits, fuzzyMinLengthOneEdit, fuzzyMinLengthTwoEdits,
                fuzzyPrefixLength, fuzzyMaxExpansions, synonymFilesNl, synonymFilesEn, termStatsFileNl, termStatsFileEn,
                homePages, Optional.of(dir));
    }

    /**
     * These settings for a knowledge base of {@code entries}: the threshold raised by
     * {@link #THRESHOLD_PER_TENFOLD} for every tenfold beyond {@link #CALIBRATED_ENTRIES}, never lowered.
     */
    public SearchSettings scaledTo(int entries) {
        double tenfolds = Math.max(0, Math.log10((double) entries / CALIBRATED_ENTRIES));
        return withThreshold(Math.min(1, threshold + THRESHOLD_PER_TENFOLD * tenfolds));
    }

    public SearchSettings withThreshold(double value) {
        return new SearchSettings(value, maxHits, fuzzyMinLengthOneEdit, fuzzyMinLengthTwoEdits,
                fuzzyPrefixLength, fuzzyMaxExpansions, synonymFilesNl, synonymFilesEn, termStatsFileNl, termStatsFileEn,
                homePages, dataDir);
    }

    /** The term statistics file of {@code lang}; "" for none. */
    public String termStatsFile(Lang lang) {
        return lang == Lang.NL ? termStatsFileNl : termStatsFileEn;
    }

    /** The synonym files for fields of {@code lang}. */
    public List<String> synonymFiles(Lang lang) {
        return lang == Lang.NL ? synonymFilesNl : synonymFilesEn;
    }

    private SearchSettings overriddenBy(Properties props) {
        Set<String> unknown = new TreeSet<>(props.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown keys " + unknown + "; known: " + new TreeSet<>(KEYS));
        }
        return new SearchSettings(
                number(props, "threshold", threshold),
                (int) number(props, "maxHits", maxHits),
                (int) number(props, "fuzzyMinLengthOneEdit", fuzzyMinLengthOneEdit),
                (int) number(props, "fuzzyMinLengthTwoEdits", fuzzyMinLengthTwoEdits),
                (int) number(props, "fuzzyPrefixLength", fuzzyPrefixLength),
                (int) number(props, "fuzzyMaxExpansions", fuzzyMaxExpansions),
                list(props, "synonymFilesNl", synonymFilesNl),
                list(props, "synonymFilesEn", synonymFilesEn),
                props.getProperty("termStatsFileNl", termStatsFileNl).trim(),
                props.getProperty("termStatsFileEn", termStatsFileEn).trim(),
                list(props, "homePages", homePages),
                dataDir);
    }

    private static double number(Properties props, String key, double fallback) {
        String value = props.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: '" + value + "'", e);
        }
    }

    private static List<String> list(Properties props, String key, List<String> fallback) {
        String value = props.getProperty(key);
        return value == null ? fallback : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, got " + value);
        }
    }
}
