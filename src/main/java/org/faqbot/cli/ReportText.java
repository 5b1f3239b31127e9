package org.faqbot.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.faqbot.kb.Lang;
import org.faqbot.store.CandidateStat;
import org.faqbot.store.FeedbackCount;
import org.faqbot.store.QuestionReport;
import org.faqbot.store.UnansweredGroup;
import org.faqbot.store.WeekRate;

/** The maintainers' report as plain text, one block per language. Numbers use a dot, whatever the locale. */
final class ReportText {

    private ReportText() {
    }

    static String render(QuestionReport report) {
        StringBuilder out = new StringBuilder("Question log since " + report.since() + "\n");
        for (Lang lang : Lang.values()) {
            out.append("\n== ").append(lang.code()).append(" ==\n");
            unanswered(out, report.unanswered(lang));
            disliked(out, report.disliked(lang));
            weeks(out, report.weeks(lang));
        }
        return out.toString();
    }

    private static void unanswered(StringBuilder out, List<UnansweredGroup> groups) {
        out.append("Unanswered questions, most asked first:\n");
        none(out, groups);
        for (UnansweredGroup g : groups) {
            out.append(String.format(Locale.ROOT, "%6d  %s\n", g.count(), g.wording()));
            if (!g.topCandidates().isEmpty()) {
                out.append("        candidates: ").append(candidates(g.topCandidates())).append('\n');
            }
        }
    }

    private static String candidates(List<CandidateStat> stats) {
        return stats.stream()
                .map(c -> String.format(Locale.ROOT, "%s %.2f (%dx)", c.entryId(), c.meanConfidence(), c.offered()))
                .collect(Collectors.joining(", "));
    }

    private static void disliked(StringBuilder out, List<FeedbackCount> counts) {
        out.append("Most thumbs down (thumbs up for context):\n");
        none(out, counts);
        if (!counts.isEmpty()) {
            out.append("    down      up  entry\n");
        }
        for (FeedbackCount c : counts) {
            out.append(String.format(Locale.ROOT, "%8d%8d  %s\n", c.down(), c.up(), c.entryId()));
        }
    }

    private static void weeks(StringBuilder out, List<WeekRate> weeks) {
        out.append("Answer rate per ISO week:\n");
        none(out, weeks);
        if (!weeks.isEmpty()) {
            out.append("  week      questions     faq    rule  unanswered    rate\n");
        }
        for (WeekRate w : weeks) {
            out.append(String.format(Locale.ROOT, "  %-8s %10d%8d%8d%12d%7.1f%%\n",
                    w.isoWeek(), w.questions(), w.answered(), w.rule(), w.unanswered(), 100 * w.rate()));
        }
    }

    private static void none(StringBuilder out, List<?> items) {
        if (items.isEmpty()) {
            out.append("  (none)\n");
        }
    }
}
