package org.faqbot.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Reads synonym files in Lucene's Solr format ({@code a, b, c} for equivalents, {@code a => b} for a
 * one-way mapping) into one map per language. Each line is analysed like the text it will match (lower
 * case, folded, stemmed), so one line covers every inflection of its words.
 */
final class SynonymFiles {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private SynonymFiles() {
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
        return words;
    }

    private static Reader open(String file, Optional<Path> dataDir) throws IOException {
        return new InputStreamReader(DataFiles.open(file, dataDir), StandardCharsets.UTF_8);
    }
}
