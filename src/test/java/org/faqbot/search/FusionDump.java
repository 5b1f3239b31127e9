package org.faqbot.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Arrays;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;

/**
 * A tuning aid, not a test: for a knowledge base and case files, prints one tab-separated line per candidate of each
 * question (file, case id, language, expected entry, the tiered search's answer or "-", its first hit, candidate id,
 * page, passage or not, whether it answers the question, then its {@link Features} and its lexical confidence on its own
 * evidence, before the ranking's ceiling), for fitting variants offline.
 * Usage: {@code FusionDump kb.json cases.jsonl ...}. Prints to stdout only; writes nothing.
 */
public final class FusionDump {

    private FusionDump() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBase kb = KnowledgeBaseJson.read(Path.of(args[0]));
        FaqIndex index = TuningAids.index(kb);
        System.out.println("file\tid\tlang\texpect\tanswer\tfirst\tcand\tpage\tpassage\tright\t" + String.join("\t", Features.NAMES) + "\tlex_own");
        for (int a = 1; a < args.length; a++) {
            String file = Path.of(args[a]).getFileName().toString();
            for (TuningAids.Case c : TuningAids.faqAndOodCases(Path.of(args[a]))) {
                String key = kb.find(c.expect()).map(DuplicateKey::of).orElse("#none");
                SearchResult r = index.search(c.question(), c.lang());
                String answer = r.answer().map(h -> h.entry().id()).orElse("-");
                String first = r.top().map(h -> h.entry().id() + "@" + String.format(Locale.ROOT, "%.3f", h.confidence())).orElse("-");
                for (DenseSide.Evidence e : index.evidence(c.question(), c.lang())) {
                    FaqEntry entry = e.candidate().entry();
                    boolean right = DuplicateKey.of(entry).equals(key);
                    System.out.println(String.join("\t", file, c.id(), c.lang().name().toLowerCase(Locale.ROOT), c.expect().isEmpty() ? "-" : c.expect(),
                            answer, first, entry.id(), entry.page(), entry.kind() == EntryKind.QA ? "0" : "1", right ? "1" : "0",
                            Arrays.stream(e.features()).mapToObj(x -> String.format(Locale.ROOT, "%.5f", x)).collect(Collectors.joining("\t")),
                            String.format(Locale.ROOT, "%.5f", e.candidate().score() > 0 ? Confidence.of(e.candidate()) : 0)));
                }
            }
        }
        EncoderLoader.settleBeforeExit();
        System.exit(0);
    }
}
