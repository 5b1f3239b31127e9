package org.faqbot.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faqbot.dialog.ReplyType;
import org.faqbot.dialog.TestAssistants;
import org.faqbot.dialog.TestClock;
import org.faqbot.kb.Lang;

/**
 * A calibration aid, not a test: runs the faq and out-of-domain cases of the dev and holdout files
 * through the bot and prints, per file and language, FAQ top-1 and out-of-domain rejection as they
 * would be at other answer thresholds. Run with exec:java -Dexec.mainClass=org.faqbot.cli.ThresholdSweep.
 */
public final class ThresholdSweep {

    private ThresholdSweep() {
    }

    private record Point(String file, Lang lang, boolean faq, boolean rightEntry, double confidence) {
    }

    public static void main(String[] args) throws Exception {
        List<Point> points = new ArrayList<>();
        for (String file : List.of("dev-cases.jsonl", "holdout-cases.jsonl")) {
            List<EvalCase> cases = EvalCase.read(Path.of("src/test/resources/eval", file)).stream()
                    .filter(c -> c.kind().equals("faq") || c.kind().equals("ood")).toList();
            for (EvalOutcome o : new Evaluator(TestAssistants.standard(TestClock.at("2026-11-24"))).run(cases)) {
                var reply = o.last();
                java.util.Optional<String> top = reply.type() == ReplyType.FALLBACK
                        ? reply.suggestions().stream().map(org.faqbot.dialog.Suggestion::entryId).findFirst() : reply.faqId();
                boolean right = top.equals(o.evalCase().expect()) && reply.type() != ReplyType.CLARIFY;
                double confidence = reply.type() == ReplyType.FAQ || reply.type() == ReplyType.FALLBACK ? reply.confidence() : 0;
                points.add(new Point(file, o.evalCase().lang(), o.evalCase().kind().equals("faq"), right, confidence));
            }
        }
        for (double threshold = 0.20; threshold <= 0.401; threshold += 0.02) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "threshold %.2f", threshold));
            for (String file : List.of("dev-cases.jsonl", "holdout-cases.jsonl")) {
                for (Lang lang : Lang.values()) {
                    line.append(String.format(Locale.ROOT, " | %s %s faq %.3f ood %.3f", file.substring(0, 3), lang.code(),
                            rate(points, file, lang, true, threshold), rate(points, file, lang, false, threshold)));
                }
            }
            System.out.println(line);
        }
    }

    private static double rate(List<Point> points, String file, Lang lang, boolean faq, double threshold) {
        List<Point> chosen = points.stream().filter(p -> p.file().equals(file) && p.lang() == lang && p.faq() == faq).toList();
        long good = chosen.stream().filter(p -> faq ? p.rightEntry() && p.confidence() >= threshold : p.confidence() < threshold).count();
        return (double) good / chosen.size();
    }
}
