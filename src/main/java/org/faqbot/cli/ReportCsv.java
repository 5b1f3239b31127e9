package org.faqbot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.faqbot.store.CandidateStat;
import org.faqbot.store.FeedbackCount;
import org.faqbot.store.QuestionReport;
import org.faqbot.store.UnansweredGroup;
import org.faqbot.store.WeekRate;

/**
 * The maintainers' report as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled): three tables, each with its own header row, separated by an empty line.
 */
final class ReportCsv {

    private static final String CRLF = "\r\n";
    private static final int CANDIDATE_COLUMNS = 3;

    private ReportCsv() {
    }

    static String render(QuestionReport report) {
        return table(unansweredHeader(), report.unanswered().stream().map(ReportCsv::row))
                + CRLF + table(List.of("lang", "entry_id", "down", "up"), report.disliked().stream().map(ReportCsv::row))
                + CRLF + table(List.of("lang", "week", "questions", "faq", "rule", "unanswered", "answer_rate"),
                        report.weeks().stream().map(ReportCsv::row));
    }

    /** One field, quoted when it has to be. */
    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static String table(List<String> header, Stream<List<String>> rows) {
        return Stream.concat(Stream.of(header), rows)
                .map(row -> row.stream().map(ReportCsv::field).collect(Collectors.joining(",")) + CRLF)
                .collect(Collectors.joining());
    }

    private static List<String> unansweredHeader() {
        List<String> header = new ArrayList<>(List.of("lang", "count", "question"));
        for (int i = 1; i <= CANDIDATE_COLUMNS; i++) {
            header.add("candidate_" + i);
            header.add("mean_confidence_" + i);
        }
        return header;
    }

    private static List<String> row(UnansweredGroup g) {
        List<String> row = new ArrayList<>(List.of(g.lang().code(), Integer.toString(g.count()), g.wording()));
        for (int i = 0; i < CANDIDATE_COLUMNS; i++) {
            CandidateStat c = i < g.topCandidates().size() ? g.topCandidates().get(i) : null;
            row.add(c == null ? "" : c.entryId());
            row.add(c == null ? "" : String.format(Locale.ROOT, "%.3f", c.meanConfidence()));
        }
        return row;
    }

    private static List<String> row(FeedbackCount c) {
        return List.of(c.lang().code(), c.entryId(), Integer.toString(c.down()), Integer.toString(c.up()));
    }

    private static List<String> row(WeekRate w) {
        return List.of(w.lang().code(), w.isoWeek(), Integer.toString(w.questions()), Integer.toString(w.answered()),
                Integer.toString(w.rule()), Integer.toString(w.unanswered()), String.format(Locale.ROOT, "%.3f", w.rate()));
    }
}
