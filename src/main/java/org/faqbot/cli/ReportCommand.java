package org.faqbot.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.faqbot.store.Database;
import org.faqbot.store.QuestionReport;
import org.faqbot.store.StoreException;
import org.faqbot.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code faqbot report}: what users asked that the bot could not answer, which answers they disliked,
 * and the answer rate per week, read from the question log in the configured database. It only reads:
 * deciding what goes into the knowledge base stays with the maintainers.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Prints unanswered questions, disliked answers and weekly answer rates from the question log.")
public final class ReportCommand implements Callable<Integer> {

    /** Days covered when --since is not given. */
    static final int DEFAULT_DAYS = QuestionReport.DEFAULT_DAYS;

    @Option(names = "--since", paramLabel = "DATE", description = "First day to cover, e.g. 2025-01-31 (default: 30 days ago).")
    private String since;

    @Option(names = "--csv", description = "Print CSV (RFC 4180) instead of text.")
    private boolean csv;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + QuestionReport.DEFAULT_TOP,
            description = "Unanswered groups and disliked entries to show per language (default: ${DEFAULT-VALUE}).")
    private int top;

    @Spec
    private CommandSpec spec;

    private final Clock clock;
    private final Map<String, String> env;

    /** The command as run from the command line: the system clock and environment. */
    public ReportCommand() {
        this(Clock.systemDefaultZone(), System.getenv());
    }

    ReportCommand(Clock clock, Map<String, String> env) {
        this.clock = clock;
        this.env = env;
    }

    @Override
    public Integer call() {
        LocalDate from = sinceDate();
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1, was " + top);
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Database database = Database.open(StoreSettings.fromEnv(env), clock)) {
            QuestionReport report = QuestionReport.read(database.stores().questions(), from, top, clock.getZone());
            PrintWriter out = spec.commandLine().getOut();
            out.print(csv ? ReportCsv.render(report) : ReportText.render(report));
            out.flush();
            return 0;
        } catch (IllegalArgumentException | StoreException e) {
            err.println("faqbot report: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private LocalDate sinceDate() {
        if (since == null) {
            return LocalDate.now(clock).minusDays(DEFAULT_DAYS);
        }
        try {
            return LocalDate.parse(since);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(),
                    "--since must be an ISO date such as 2025-01-31, was '" + since + "'");
        }
    }
}
