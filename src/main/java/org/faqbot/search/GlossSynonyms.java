package org.faqbot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Dutch synonym file's words as the gloss reads them: each one-word entry with the other one-word entries of its
 * lines, in the file's order. Partners write everyday words the docs never use ("aanzetten", "tweestapsverificatie"),
 * so the gloss table, learnt from the docs, has no translation for them; their synonym that the docs do use
 * ("inschakelen", "mfa") has one. Immutable.
 */
final class GlossSynonyms {

    /** The search's Dutch synonym file, on the class path beside the gloss table. */
    static final String FILE = "synonyms-nl.txt";

    static final GlossSynonyms NONE = new GlossSynonyms(Map.of());

    private final Map<String, List<String>> byWord;

    private GlossSynonyms(Map<String, List<String>> byWord) {
        this.byWord = byWord;
    }

    /** The synonyms of the shipped {@value #FILE}. */
    static GlossSynonyms shipped() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(DataFiles.open(FILE, Optional.empty()), StandardCharsets.UTF_8))) {
            return of(in.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synonym file " + FILE, e);
        }
    }

    /** The synonyms of lines in the Solr format ("a, b, c" or "a, b => c"); '#' starts a comment line. */
    static GlossSynonyms of(List<String> lines) {
        Map<String, List<String>> byWord = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String entry : KbVocabulary.fold(line).replace("=>", ",").split(",")) {
                String word = entry.strip();
                if (!word.isEmpty() && !word.contains(" ")) {
                    words.add(word);
                }
            }
            for (String word : words) {
                List<String> mates = byWord.computeIfAbsent(word, w -> new ArrayList<>());
                words.stream().filter(other -> !other.equals(word) && !mates.contains(other)).forEach(mates::add);
            }
        }
        Map<String, List<String>> frozen = new HashMap<>();
        byWord.forEach((word, mates) -> frozen.put(word, List.copyOf(mates)));
        return new GlossSynonyms(Map.copyOf(frozen));
    }

    /** The words on a line with {@code word}, in the file's order; empty for a word of no line. */
    List<String> of(String word) {
        return byWord.getOrDefault(word, List.of());
    }
}
