package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.faqbot.store.Database;
import org.faqbot.store.ReportFixture;
import org.faqbot.store.StoreSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code faqbot report} on the fixture log, stored in an H2 database as the bot would store it. */
class ReportCommandTest {

    private static final String TEXT = """
            Question log since 2025-02-10

            == nl ==
            Unanswered questions, most asked first:
                 4  Hoe verleng ik mijn voordelen?
                    candidates: renew-benefits 0.40 (3x), azure-credits 0.10 (1x)
                 1  Wat kost een Azure-abonnement?
                    candidates: azure-credits 0.20 (1x)
            Most thumbs down (thumbs up for context):
                down      up  entry
                   2       1  key-validity
                   1       0  azure-credits
            Answer rate per ISO week:
              week      questions     faq    rule  unanswered    rate
              2025-W10          5       1       0           4   20.0%
              2025-W11          3       1       1           1   66.7%

            == en ==
            Unanswered questions, most asked first:
                 1  Is "Visual Studio Enterprise", the MSDN one, included?
                 1  When does my key expire?
                    candidates: key-validity 0.45 (1x)
            Most thumbs down (thumbs up for context):
                down      up  entry
                   1       0  renew-benefits
            Answer rate per ISO week:
              week      questions     faq    rule  unanswered    rate
              2025-W09          5       2       1           2   60.0%
            """;

    private static final String CSV = """
            lang,count,question,candidate_1,mean_confidence_1,candidate_2,mean_confidence_2,candidate_3,mean_confidence_3
            nl,4,Hoe verleng ik mijn voordelen?,renew-benefits,0.400,azure-credits,0.100,,
            nl,1,Wat kost een Azure-abonnement?,azure-credits,0.200,,,,
            en,1,"Is ""Visual Studio Enterprise"", the MSDN one, included?",,,,,,
            en,1,When does my key expire?,key-validity,0.450,,,,

            lang,entry_id,down,up
            nl,key-validity,2,1
            nl,azure-credits,1,0
            en,renew-benefits,1,0

            lang,week,questions,faq,rule,unanswered,answer_rate
            nl,2025-W10,5,1,0,4,0.200
            nl,2025-W11,3,1,1,1,0.667
            en,2025-W09,5,2,1,2,0.600
            """;

    @TempDir
    static Path dataDir;
    private static Map<String, String> env;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void storeTheFixtureLog() {
        env = Map.of(StoreSettings.DATA_DIR, dataDir.toString());
        try (Database database = Database.open(StoreSettings.fromEnv(env), ReportFixture.CLOCK)) {
            ReportFixture.recordInto(database.stores().questions());
        }
    }

    private int run(Map<String, String> environment, String... args) {
        CommandLine command = new CommandLine(new ReportCommand(ReportFixture.CLOCK, environment));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    private int run(String... args) {
        return run(env, args);
    }

    @Test
    void textReportShowsEachLanguagesUnansweredQuestionsDislikedEntriesAndWeeklyRates() {
        int status = run();

        assertEquals(0, status, err.toString());
        assertEquals(TEXT, out.toString());
    }

    @Test
    void csvReportHasTheSameSectionsEachWithAHeaderRow() {
        int status = run("--csv");

        assertEquals(0, status, err.toString());
        assertEquals(CSV, out.toString().replace("\r\n", "\n"));
    }

    @Test
    void csvLinesEndInCarriageReturnLineFeed() {
        run("--csv");

        assertEquals(out.toString().split("\n").length, out.toString().split("\r\n").length);
        assertTrue(out.toString().endsWith("\r\n"));
    }

    @Test
    void sinceIncludesQuestionsFromBeforeTheDefaultPeriod() {
        run("--since", "2025-01-01");

        assertTrue(out.toString().startsWith("Question log since 2025-01-01\n"));
        assertTrue(out.toString().contains("     1  A question from before the period\n"), out.toString());
    }

    @Test
    void aSinceThatIsNoIsoDateIsAnErrorNamingTheOption() {
        int status = run("--since", "12-03-2025");

        assertEquals(CommandLine.ExitCode.USAGE, status);
        assertEquals("--since must be an ISO date such as 2025-01-31, was '12-03-2025'", err.toString().lines().findFirst().orElse(""));
    }

    @Test
    void anInvalidStoreSettingIsReportedWithItsName() {
        int status = run(Map.of(StoreSettings.DB_URL, "jdbc:sqlite:faqbot.db"));

        assertEquals(1, status);
        assertEquals("faqbot report: FAQBOT_DB_URL must start with jdbc:postgresql: or jdbc:h2:, was 'jdbc:sqlite:faqbot.db'\n",
                err.toString());
    }

    @Test
    void reportIsASubcommandOfFaqbot() {
        assertTrue(FaqbotCommand.commandLine().getSubcommands().containsKey("report"));
    }
}
