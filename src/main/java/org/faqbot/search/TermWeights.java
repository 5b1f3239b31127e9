package org.faqbot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.faqbot.kb.Lang;

/**
 * How much a term tells about what a question is after: BM25's inverse document frequency over a
 * background of the whole docs corpus ({@code term-stats-<lang>.txt}: in how many pages each stemmed
 * term occurs). The background, not the knowledge base, decides because a small knowledge base cannot
 * tell a generic word from a specific one: "azure", "partner" or "subscription" occur on most pages
 * and weigh almost nothing, "vervaldatum" or "mfa" occur on a few and weigh much, and a word in no
 * page ("erwtensoep") weighs most. A term the background lacks but the knowledge base has is counted
 * at the knowledge base's rate. Immutable and thread-safe.
 */
final class TermWeights {

    private static final String PAGES_KEY = "pages";
    /** Light words ({@code light-words-<lang>.txt}) count as if they were on this share of the pages. */
    private static final double LIGHT_WORD_PAGE_SHARE = 0.25;

    private final int pageCount;
    private final Map<Lang, Map<String, Integer>> pagesWithTerm;
    private final Map<Lang, Set<String>> lightTerms;
    private final int entryCount;

    private TermWeights(int pageCount, Map<Lang, Map<String, Integer>> pagesWithTerm, Map<Lang, Set<String>> lightTerms,
            int entryCount) {
        this.pageCount = pageCount;
        this.pagesWithTerm = pagesWithTerm;
        this.lightTerms = lightTerms;
        this.entryCount = Math.max(1, entryCount);
    }

    /** The docs pages holding each stemmed term, per language, as {@code term-stats-<lang>.txt} say. */
    record Background(int pageCount, Map<Lang, Map<String, Integer>> pagesWithTerm) {

        /** Loaded backgrounds by file names and data directory: the files are large and never change. */
        private static final Map<List<Object>, Background> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

        /** The background the settings name, read once per JVM and shared by every index. */
        static Background load(SearchSettings settings) {
            List<Object> key = List.of(settings.termStatsFileNl(), settings.termStatsFileEn(), settings.dataDir());
            return LOADED.computeIfAbsent(key, k -> readAll(settings));
        }

        private static Background readAll(SearchSettings settings) {
            Map<Lang, Map<String, Integer>> stats = new EnumMap<>(Lang.class);
            int pages = 0;
            for (Lang lang : Lang.values()) {
                Map<String, Integer> docFreqs = read(settings.termStatsFile(lang), settings.dataDir());
                pages = Math.max(pages, docFreqs.getOrDefault(PAGES_KEY, 0));
                docFreqs.remove(PAGES_KEY);
                // Kept a HashMap: every term of every search is looked up, and Map.copyOf's probing was slower.
                stats.put(lang, java.util.Collections.unmodifiableMap(docFreqs));
            }
            return new Background(pages, Map.copyOf(stats));
        }

        Set<String> terms(Lang lang) {
            return pagesWithTerm.get(lang).keySet();
        }
    }

    /**
     * The weights of {@code background} and the light words, stemmed by {@code stemmers}, for an
     * index of {@code entryCount} entries.
     */
    static TermWeights of(Background background, Map<Lang, ? extends Analyzer> stemmers, int entryCount) {
        Map<Lang, Set<String>> light = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Set<String> terms = new HashSet<>();
            WordLists.load("light-words-" + lang.code() + ".txt").forEach(word -> terms.addAll(Analysis.terms(stemmers.get(lang), word)));
            // Kept a HashSet: every term of every search is looked up, and Set.copyOf's probing was slower.
            light.put(lang, java.util.Collections.unmodifiableSet(terms));
        }
        return new TermWeights(Math.max(background.pageCount(), entryCount), background.pagesWithTerm(), light, entryCount);
    }

    /** Whether {@code term} is a light word of {@code lang}: common in questions, telling little. */
    boolean isLight(Lang lang, String term) {
        return lightTerms.get(lang).contains(term);
    }

    /** Whether the background knows {@code term} in {@code lang}: a word it knows is no typo. */
    boolean knows(Lang lang, String term) {
        return pagesWithTerm.get(lang).containsKey(term);
    }

    /**
     * The pages, of the background's count, estimated to hold {@code term}; the knowledge base's share
     * scaled to the background when the background lacks the term; 0 when neither has it.
     */
    double docFreq(Lang lang, String term, TermLookup lookup) throws IOException {
        double background = backgroundDocFreq(lang, term, lookup);
        return lightTerms.get(lang).contains(term) ? Math.max(background, LIGHT_WORD_PAGE_SHARE * pageCount) : background;
    }

    private double backgroundDocFreq(Lang lang, String term, TermLookup lookup) throws IOException {
        Integer pages = pagesWithTerm.get(lang).get(term);
        if (pages != null) {
            return pages;
        }
        int entries = 0;
        for (String field : IndexFields.textFields(lang)) {
            entries = Math.max(entries, lookup.docFreq(field, term));
        }
        return entries == 0 ? 0 : Math.max(1, (double) entries * pageCount / entryCount);
    }

    /** BM25's idf for a term in {@code docFreq} of the background's pages: ln(1 + (N - df + 0.5) / (df + 0.5)). */
    double weight(double docFreq) {
        return Math.log(1 + (pageCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    private static Map<String, Integer> read(String file, Optional<Path> dataDir) {
        if (file.isEmpty()) {
            return new HashMap<>();
        }
        try (InputStream in = DataFiles.open(file, dataDir);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Integer> docFreqs = new HashMap<>();
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    parseLine(line, file, lineNumber, docFreqs);
                }
            }
            return docFreqs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read term statistics " + file, e);
        }
    }

    private static void parseLine(String line, String file, int lineNumber, Map<String, Integer> docFreqs) {
        String[] parts = line.split("\t");
        try {
            docFreqs.put(parts[0], Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(file + " line " + lineNumber + ": expected 'term<TAB>pages', got '" + line + "'", e);
        }
    }
}
