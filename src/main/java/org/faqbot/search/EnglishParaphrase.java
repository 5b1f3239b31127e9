package org.faqbot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faqbot.kb.Lang;

/**
 * English paraphrases of an English question's words, pivoted through Dutch (para22 experiment): a second lexical
 * reading for an English question where its own words find little, as the gloss is for a Dutch one.
 */
final class EnglishParaphrase {

    static final String TABLE_RESOURCE = "/faq-data/paraphrases-en.tsv";

    /** Under this the question's own words found little. */
    static final double WEAK = 0.2;

    /** The paraphrases' reading counts this much beside the question's own. */
    static final double WEIGHT = 0.2;

    private static final class Shipped {
        static final Map<String, List<String>> TABLE = read();
    }

    private EnglishParaphrase() {
    }

    /** The paraphrases of {@code question}'s words that it does not have itself, separated by spaces; "" if none. */
    static String of(String question) {
        Set<String> stop = GlossWords.stopWords(Lang.EN);
        List<String> words = GlossWords.words(question);
        Set<String> extra = new LinkedHashSet<>();
        for (String word : words) {
            if (!stop.contains(word)) {
                extra.addAll(Shipped.TABLE.getOrDefault(word, List.of()));
            }
        }
        extra.removeAll(words);
        return String.join(" ", extra);
    }

    /** {@code own} with {@code paraphrased} added at {@link #WEIGHT}, best first. */
    static List<ScoredCandidate> fused(List<ScoredCandidate> own, List<ScoredCandidate> paraphrased) {
        Map<Integer, ScoredCandidate> byDoc = new HashMap<>();
        Map<Integer, Double> score = new HashMap<>();
        for (ScoredCandidate c : own) {
            byDoc.putIfAbsent(c.candidate().doc(), c);
            score.merge(c.candidate().doc(), c.confidence(), Math::max);
        }
        Map<Integer, Double> extra = new HashMap<>();
        for (ScoredCandidate c : paraphrased) {
            byDoc.putIfAbsent(c.candidate().doc(), c);
            extra.merge(c.candidate().doc(), c.confidence(), Math::max);
        }
        extra.forEach((doc, s) -> score.merge(doc, WEIGHT * s, Double::sum));
        List<ScoredCandidate> out = new ArrayList<>();
        score.forEach((doc, s) -> out.add(new ScoredCandidate(byDoc.get(doc).candidate(), Math.min(1, s))));
        out.sort((a, b) -> a.confidence() == b.confidence() ? Integer.compare(a.candidate().doc(), b.candidate().doc())
                : Double.compare(b.confidence(), a.confidence()));
        return out;
    }

    private static Map<String, List<String>> read() {
        try (InputStream in = EnglishParaphrase.class.getResourceAsStream(TABLE_RESOURCE)) {
            if (in == null) {
                throw new IOException("paraphrase table missing from the class path: " + TABLE_RESOURCE);
            }
            Map<String, List<String>> table = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                List<String> words = new ArrayList<>();
                for (int i = 1; i < cols.length; i++) {
                    words.add(cols[i].substring(0, cols[i].lastIndexOf(':')));
                }
                table.put(cols[0], List.copyOf(words));
            }
            return Map.copyOf(table);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE_RESOURCE, e);
        }
    }
}
