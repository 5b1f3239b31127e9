package org.faqbot.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; its subcommands do the work. */
@Command(
        name = "faqbot",
        mixinStandardHelpOptions = true,
        version = "faqbot 0.1.0",
        description = "Answers questions about Microsoft partner-programme benefits, in Dutch and English.",
        subcommands = {CommandLine.HelpCommand.class, ChatCommand.class, AskCommand.class, EvalCommand.class,
            IngestCommand.class, TrainGlossCommand.class, TrainWordVectorsCommand.class, ReportCommand.class, ServeCommand.class, HealthCommand.class,
            FitCommand.class})
public final class FaqbotCommand implements Runnable {

    /** A picocli command line for faqbot with all its subcommands; a command that fails says why in one line. */
    public static CommandLine commandLine() {
        return new CommandLine(new FaqbotCommand()).setExecutionExceptionHandler(new CommandFailure());
    }

    /**
     * The arguments to run: those given, or when there are none, {@code serve} if a Telegram token is set
     * and the console {@code chat} otherwise.
     */
    public static String[] withDefault(String[] args, Map<String, String> env) {
        if (args.length > 0) {
            return args;
        }
        String token = env.get("TELEGRAM_BOT_TOKEN");
        return new String[] {token == null || token.isBlank() ? "chat" : "serve"};
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
