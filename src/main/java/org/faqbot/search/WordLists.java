package org.faqbot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/** Word lists shipped as resources beside this class: one word per line, '#' starts a comment. */
public final class WordLists {

    private WordLists() {
    }

    /** The words of resource {@code name}, lower case, in file order. */
    public static Set<String> load(String name) {
        return LOADED.computeIfAbsent(name, WordLists::read);
    }

    /** Lists already read: they ship in the jar and never change, and every index build needs them. */
    private static final java.util.Map<String, Set<String>> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<String> read(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list resource missing: " + name);
            }
            return java.util.Collections.unmodifiableSet(read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
    }

    /** The stop words of both languages in one set: a question mixes them, and none carries a topic. */
    static CharArraySet stopWords() {
        return STOP_WORDS;
    }

    private static final CharArraySet STOP_WORDS = readStopWords();

    private static CharArraySet readStopWords() {
        Set<String> words = new LinkedHashSet<>(load("stopwords-nl.txt"));
        words.addAll(load("stopwords-en.txt"));
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }

    private static Set<String> read(BufferedReader reader) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String word = line.replaceFirst("#.*", "").trim().toLowerCase(Locale.ROOT);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
