package org.faqbot.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.faqbot.dialog.Assistant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code faqbot eval cases.jsonl}: measures the bot on evaluation cases; exits 0 whatever the figures. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run evaluation cases (JSON lines, see shared/eval/README.md) and print the figures.")
public final class EvalCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options = new CommonOptions();

    @Parameters(index = "0", paramLabel = "CASES", description = "The cases file, e.g. ../shared/eval/dev-cases.jsonl")
    Path cases;

    @Option(names = "--misses", description = "Also list every case the bot got wrong.")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        List<EvalCase> loaded = EvalCase.read(cases);
        Assistant assistant = BotFactory.consoleAssistant(options, System.getenv());
        long started = System.nanoTime();
        EvalReport report = new EvalReport(new Evaluator(assistant).run(loaded));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.print(report.table());
        System.out.println("time: " + millis + " ms");
        if (misses) {
            System.out.println();
            System.out.print(report.missList());
        }
        return 0;
    }
}
