package org.faqbot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Dutch words with their likely English translations, as learnt from the bilingual docs pages
 * ({@code faq-data/gloss-nl-en.tsv}). The file is UTF-8 text; {@code #} starts a comment line, and
 * every other line is one Dutch word:
 * <pre>
 * verlengen&#9;412&#9;renew:0.612 extend:0.104
 * worden&#9;2961&#9;-
 * </pre>
 * that is the word, its count, and its translations as {@code english:probability} separated by spaces
 * ({@code -} for none), fields separated by one tab. Lines are sorted by the Dutch word, so the same
 * table always writes the same bytes. Immutable and thread-safe.
 */
public final class GlossTable {

    private static final String NONE = "-";

    private final Map<String, GlossEntry> byDutch;
    private final Set<String> englishWords;

    private GlossTable(Map<String, GlossEntry> byDutch) {
        this.byDutch = byDutch;
        Set<String> english = new HashSet<>();
        byDutch.values().forEach(entry -> entry.translations().forEach(t -> english.add(t.english())));
        this.englishWords = Set.copyOf(english);
    }

    /** @throws IllegalArgumentException when a Dutch word is given twice */
    public static GlossTable of(Collection<GlossEntry> entries) {
        Map<String, GlossEntry> byDutch = new TreeMap<>();
        for (GlossEntry entry : entries) {
            if (byDutch.putIfAbsent(entry.dutch(), entry) != null) {
                throw new IllegalArgumentException("Dutch word \"" + entry.dutch() + "\" given twice");
            }
        }
        return new GlossTable(java.util.Collections.unmodifiableMap(byDutch));
    }

    /**
     * Reads a table in the format above.
     *
     * @param file how messages name the source, e.g. its path
     * @throws GlossFormatException for a line not in the format, naming {@code file} and the line
     */
    public static GlossTable read(BufferedReader in, String file) throws IOException {
        List<GlossEntry> entries = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            GlossEntry entry = GlossLine.parse(line, file, number);
            Integer first = lineOf.putIfAbsent(entry.dutch(), number);
            if (first != null) {
                throw new GlossFormatException(file, number,
                        "\"" + entry.dutch() + "\" is listed twice (first on line " + first + ")");
            }
            entries.add(entry);
        }
        return of(entries);
    }

    /** Writes the table: each of {@code comments} as a {@code #} line, then the words in order. */
    public void write(Writer out, List<String> comments) throws IOException {
        for (String comment : comments) {
            out.write("# " + comment + "\n");
        }
        for (GlossEntry entry : byDutch.values()) {
            out.write(entry.dutch() + "\t" + entry.count() + "\t" + translations(entry) + "\n");
        }
    }

    private static String translations(GlossEntry entry) {
        if (entry.translations().isEmpty()) {
            return NONE;
        }
        StringBuilder text = new StringBuilder();
        for (GlossEntry.Translation t : entry.translations()) {
            text.append(text.length() == 0 ? "" : " ")
                    .append(t.english()).append(':').append(String.format(Locale.ROOT, "%.3f", t.probability()));
        }
        return text.toString();
    }

    /** The entry of a Dutch word as {@link GlossWords#words} cuts it. */
    public Optional<GlossEntry> entry(String dutch) {
        return Optional.ofNullable(byDutch.get(dutch));
    }

    /** The entries, sorted by Dutch word. */
    public Collection<GlossEntry> entries() {
        return byDutch.values();
    }

    /** Whether {@code word} is one of the table's English translations. */
    public boolean isEnglish(String word) {
        return englishWords.contains(word);
    }

    public int size() {
        return byDutch.size();
    }
}
