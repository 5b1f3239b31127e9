package org.faqbot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.faqbot.kb.Lang;

/**
 * Reads synonym files in Lucene's Solr format ({@code a, b, c} for equivalents, {@code a => b} for a
 * one-way mapping) into one map per language. Each line is analysed like the text it will match (lower
 * case, folded, stemmed), so one line covers every inflection of its words.
 */
final class SynonymFiles {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private SynonymFiles() {
    }

    /** Parsed synonym maps by language, files and data directory: parsing them was most of a small build. */
    private static final java.util.Map<List<Object>, SynonymMap> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The synonyms for {@code lang}'s fields that {@code settings} name, parsed once per JVM with the
     * words analyzer of the docs background (not of one knowledge base), so every index shares them.
     */
    static SynonymMap loadShared(Lang lang, SearchSettings settings, org.apache.lucene.analysis.CharArraySet stopWords,
            Set<String> backgroundStemsNl) {
        List<Object> key = List.of(lang, settings.synonymFiles(lang), settings.dataDir());
        return LOADED.computeIfAbsent(key, k -> load(settings.synonymFiles(lang), settings.dataDir(),
                FaqAnalyzer.forWords(lang, stopWords, backgroundStemsNl)));
    }

    /**
     * The synonyms of {@code files}, read from {@code dataDir} or, when empty, from the class path.
     *
     * @throws IllegalArgumentException naming the file when one is missing or has a bad line
     */
    static SynonymMap load(List<String> files, Optional<Path> dataDir, Analyzer lineAnalyzer) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, lineAnalyzer);
        for (String file : files) {
            try (Reader reader = open(file, dataDir)) {
                parser.parse(reader);
            } catch (ParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("synonym file " + file + ": " + e.getMessage()
                        + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()), e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read synonym file " + file, e);
            }
        }
        try {
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build synonyms from " + files, e);
        }
    }

    /** The distinct words of synonym file {@code file}, lower case without diacritics. */
    static Set<String> words(String file, Optional<Path> dataDir) {
        return WORDS.computeIfAbsent(List.of(file, dataDir), k -> readWords(file, dataDir));
    }

    private static final java.util.Map<List<Object>, Set<String>> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<String> readWords(String file, Optional<Path> dataDir) {
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(open(file, dataDir))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    Matcher matcher = WORD.matcher(KbVocabulary.fold(line));
                    while (matcher.find()) {
                        words.add(matcher.group());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synonym file " + file, e);
        }
        return java.util.Collections.unmodifiableSet(words);
    }

    private static Reader open(String file, Optional<Path> dataDir) throws IOException {
        return new InputStreamReader(DataFiles.open(file, dataDir), StandardCharsets.UTF_8);
    }
}
