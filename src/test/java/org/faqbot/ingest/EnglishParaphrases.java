package org.faqbot.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Lang;
import org.faqbot.search.GlossWords;

/**
 * A tuning aid, not a test (para22): English paraphrases by pivoting through Dutch (Bannard and Callison-Burch 2005),
 * p(e2 | e1) = sum over Dutch d of t(d | e1) t(e2 | d), both t learnt by {@link IbmModel1} from the docs' sentence pairs,
 * one in each direction. Keeps for each English word seen {@code minCount} times its most likely other words, stop words
 * aside. Deterministic: single-threaded EM and ties broken by word.
 *
 * <pre>java ... org.faqbot.ingest.EnglishParaphrases ../shared/kb-source out.tsv [floor] [max]</pre>
 */
public final class EnglishParaphrases {

    /** One paraphrase and its probability. */
    public record Paraphrase(String english, double probability) {
    }

    /** Pivot words and translations under this share carry too little to matter and would make the sum slow. */
    private static final double PRUNE = 0.01;

    private EnglishParaphrases() {
    }

    /** The paraphrases of every English word seen at least {@code minCount} times, most likely first. */
    public static Map<String, List<Paraphrase>> learn(List<Bilingual> pairs, int minCount, double floor, int max) {
        GlossCorpus forward = GlossCorpus.of(pairs, GlossTrainer.Settings.DEFAULT.minCount());
        IbmModel1 nlToEn = IbmModel1.train(forward, GlossTrainer.Settings.DEFAULT.iterations());
        GlossCorpus backward = forward.reversed();
        IbmModel1 enToNl = IbmModel1.train(backward, GlossTrainer.Settings.DEFAULT.iterations());
        Map<String, Integer> dutchIds = ids(forward.dutchWords());
        Set<String> stop = GlossWords.stopWords(Lang.EN);
        WordIds english = backward.dutchWords();
        WordIds dutch = backward.englishWords();
        Map<String, List<Paraphrase>> table = new TreeMap<>();
        for (int e1 = GlossCorpus.NULL + 1; e1 < english.size(); e1++) {
            String word = english.word(e1);
            if (english.count(e1) < minCount || stop.contains(word)) {
                continue;
            }
            Map<String, Double> p = new HashMap<>();
            for (IbmModel1.WordProbability pivot : enToNl.translations(e1)) {
                if (pivot.probability() < PRUNE) {
                    continue;
                }
                Integer d = dutchIds.get(dutch.word(pivot.english()));
                for (IbmModel1.WordProbability back : nlToEn.translations(d)) {
                    if (back.probability() >= PRUNE) {
                        p.merge(forward.englishWords().word(back.english()), pivot.probability() * back.probability(), Double::sum);
                    }
                }
            }
            List<Paraphrase> kept = p.entrySet().stream()
                    .filter(e -> e.getValue() >= floor && !e.getKey().equals(word) && !stop.contains(e.getKey()))
                    .map(e -> new Paraphrase(e.getKey(), Math.round(e.getValue() * 1000) / 1000.0))
                    .sorted(Comparator.comparingDouble(Paraphrase::probability).reversed().thenComparing(Paraphrase::english))
                    .limit(max).toList();
            if (!kept.isEmpty()) {
                table.put(word, kept);
            }
        }
        return table;
    }

    private static Map<String, Integer> ids(WordIds words) {
        Map<String, Integer> ids = new HashMap<>();
        for (int id = 0; id < words.size(); id++) {
            ids.put(words.word(id), id);
        }
        return ids;
    }

    /** Reads a table written by {@link #main}. */
    public static Map<String, List<Paraphrase>> read(Path table) throws IOException {
        Map<String, List<Paraphrase>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            List<Paraphrase> ps = new ArrayList<>();
            for (int i = 1; i < cols.length; i++) {
                int colon = cols[i].lastIndexOf(':');
                ps.add(new Paraphrase(cols[i].substring(0, colon), Double.parseDouble(cols[i].substring(colon + 1))));
            }
            out.put(cols[0], ps);
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        double floor = args.length > 2 ? Double.parseDouble(args[2]) : 0.05;
        int max = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        List<Bilingual> pairs = Ingest.plainPairs(List.of(Path.of(args[0])), System.err::println);
        Map<String, List<Paraphrase>> table = learn(pairs, 2, floor, max);
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            w.write("# English paraphrases p(e2 | e1) = sum_d t(d | e1) t(e2 | d), IBM Model 1 both ways, 5 EM rounds, on "
                    + pairs.size() + " sentence pairs; made by: org.faqbot.ingest.EnglishParaphrases " + String.join(" ", args) + "\n");
            w.write(String.format(Locale.ROOT, "# English words seen at least 2 times, stop words aside; up to %d paraphrases with p >= %s%n", max, floor));
            for (Map.Entry<String, List<Paraphrase>> e : table.entrySet()) {
                StringBuilder line = new StringBuilder(e.getKey());
                e.getValue().forEach(p -> line.append('\t').append(p.english()).append(':').append(p.probability()));
                w.write(line.append('\n').toString());
            }
        }
        System.out.println(table.size() + " English words with paraphrases");
        for (String sample : List.of("renew", "subscription", "expire", "benefits", "redeem", "license", "key", "admin",
                "assign", "customer", "partner", "invoice", "cancel", "enable", "sign", "account", "tenant", "support",
                "purchase", "price", "offer", "deadline", "access", "user", "extend", "remove", "contact", "payment",
                "activate", "membership")) {
            System.out.println(sample + " -> " + table.getOrDefault(sample, List.of()));
        }
    }
}
