package org.faqbot.search;

import java.io.DataOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.faqbot.ingest.Ingest;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;

/**
 * A tuning aid, not a test: writes what the cross-lingual map's experiment needs into a folder, each piece once
 * (encoding is the cost): a sample of the docs' sentence pairs, both sides encoded as questions; the Dutch
 * questions of case files, as written, as their gloss and by their word vectors; the entries' vectors and
 * duplicate keys of knowledge bases. Run: {@code pairs <out> <count>}, {@code cases <out> <file>...},
 * {@code kb <out> <kb.json>...}. Appends to the pairs' file, so an interrupted run goes on where it stopped.
 */
public final class XlMapDump {

    private XlMapDump() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        switch (args[0]) {
            case "pairs" -> pairs(out, Integer.parseInt(args[2]));
            case "cases" -> {
                for (int a = 2; a < args.length; a++) {
                    cases(out, Path.of(args[a]));
                }
            }
            case "kb" -> {
                for (int a = 2; a < args.length; a++) {
                    kb(out, Path.of(args[a]));
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        EncoderLoader.settleBeforeExit();
        System.exit(0);
    }

    /** Unique pairs of 4-60 words a side, shuffled with a fixed seed; the first {@code count} encoded. */
    private static void pairs(Path out, int count) throws IOException {
        List<Bilingual> all = Ingest.plainPairs(List.of(Path.of("faq-data/kb-source")), System.err::println);
        Map<String, Bilingual> unique = new LinkedHashMap<>();
        for (Bilingual p : all) {
            int nl = GlossWords.words(p.nl()).size();
            int en = GlossWords.words(p.en()).size();
            if (nl >= 4 && nl <= 60 && en >= 4 && en <= 60) {
                unique.putIfAbsent(p.nl() + '\u0000' + p.en(), p);
            }
        }
        List<Bilingual> sample = new ArrayList<>(unique.values());
        System.err.println(all.size() + " pairs, " + sample.size() + " unique of 4-60 words");
        Collections.shuffle(sample, new Random(20261207));
        sample = sample.subList(0, Math.min(count, sample.size()));
        Path text = out.resolve("pairs.tsv");
        Path vectors = out.resolve("pairs.f32");
        if (!Files.exists(text)) {
            List<String> lines = new ArrayList<>();
            for (Bilingual p : sample) {
                lines.add(p.nl().replace('\t', ' ').replace('\n', ' ') + "\t" + p.en().replace('\t', ' ').replace('\n', ' '));
            }
            Files.write(text, lines);
        }
        TextEncoder encoder = EncoderLoader.start().join().orElseThrow();
        long bytesPerPair = 2L * encoder.dimensions() * 4;
        int done = Files.exists(vectors) ? (int) (Files.size(vectors) / bytesPerPair) : 0;
        long start = System.currentTimeMillis();
        try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(vectors,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
            for (int i = done; i < sample.size(); i++) {
                write(data, encoder.query(sample.get(i).nl()));
                write(data, encoder.query(sample.get(i).en()));
                if ((i + 1) % 200 == 0) {
                    data.flush();
                    System.err.printf("%d / %d pairs, %.1f s%n", i + 1, sample.size(), (System.currentTimeMillis() - start) / 1000.0);
                }
            }
        }
    }

    /** Every case of a file: id, language, kind, expected id; a Dutch one's three readings (zeros where none). */
    private static void cases(Path out, Path file) throws IOException {
        TextEncoder encoder = EncoderLoader.start().join().orElseThrow();
        QueryGloss gloss = DutchGlosses.standard();
        WordVectors words = WordVectors.standard(Lang.NL);
        String name = file.getFileName().toString().replace(".jsonl", "");
        List<String> lines = new ArrayList<>();
        float[] none = new float[encoder.dimensions()];
        try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out.resolve("cases-" + name + ".f32"))))) {
            for (TuningAids.Case c : TuningAids.faqAndOodCases(file)) {
                if (c.lang() != Lang.NL) {
                    continue;
                }
                String english = gloss.english(c.question());
                write(data, encoder.query(c.question()));
                write(data, english.isBlank() ? none : encoder.query(gloss.sentence(c.question())));
                float[] w = words.query(c.question());
                write(data, w == null ? none : w);
                lines.add(c.id() + "\t" + (c.expect().isEmpty() ? "ood" : "faq") + "\t" + c.expect());
            }
        }
        Files.write(out.resolve("cases-" + name + ".tsv"), lines);
    }

    /** Each entry's id and duplicate key, and its four field vectors in {@link EntryVectors#FIELDS} order. */
    private static void kb(Path out, Path file) throws IOException {
        KnowledgeBase kb = KnowledgeBaseJson.read(file);
        EntryVectors vectors = kb.vectors().orElseThrow();
        String name = file.getFileName().toString().replace(".json", "");
        List<String> lines = new ArrayList<>();
        try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out.resolve("kb-" + name + ".f32"))))) {
            for (FaqEntry entry : kb.entries()) {
                EntryVectors.Item item = vectors.get(entry.id()).orElse(null);
                if (item == null) {
                    continue;
                }
                for (float[] v : item.vectors()) {
                    write(data, v);
                }
                lines.add(entry.id() + "\t" + DuplicateKey.of(entry));
            }
        }
        Files.write(out.resolve("kb-" + name + ".tsv"), lines);
    }

    private static void write(DataOutputStream data, float[] v) throws IOException {
        for (float f : v) {
            data.writeFloat(f);
        }
    }
}
