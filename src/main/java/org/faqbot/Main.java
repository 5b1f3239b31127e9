package org.faqbot;

import org.faqbot.cli.FaqbotCommand;
import org.faqbot.search.EncoderLoader;
import picocli.CommandLine;

/** The faqbot command: reads the subcommand and exits with its status. The only class that exits. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int status = FaqbotCommand.commandLine().execute(FaqbotCommand.withDefault(args, System.getenv()));
        EncoderLoader.settleBeforeExit();
        System.exit(status);
    }
}
