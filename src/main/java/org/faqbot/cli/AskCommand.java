package org.faqbot.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.IncomingMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code faqbot ask "question"}: one answer; with --json, one JSON answer per stdin line. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer one question, or with --json each line of stdin as its own question.")
public final class AskCommand implements Callable<Integer> {

    /**
     * Where its questions come from, in logs. Each is asked on its own ({@link IncomingMessage#standalone}):
     * a question back ("which of these two dates?") would end the command unanswered.
     */
    static final String CHANNEL = "cli:ask";

    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--json", description = "Read questions (text or {\"q\":...,\"today\":...}) from stdin, one per line; write one JSON object per line.")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (its words may be given unquoted).")
    List<String> words = List.of();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        if (!json && words.isEmpty()) {
            System.err.println("faqbot ask: give a question, e.g. faqbot ask \"How do I renew my benefits?\", or use --json");
            return 2;
        }
        String question = String.join(" ", words);
        try {
            JsonInput.checkLength(question);
        } catch (IllegalArgumentException tooLong) {
            System.err.println("faqbot ask: " + tooLong.getMessage());
            return 2;
        }
        Assistant assistant = BotFactory.consoleAssistant(options, System.getenv());
        if (json) {
            return JsonSession.run(assistant, options, new InputLines(System.in), out, Optional.empty());
        }
        IncomingMessage message = IncomingMessage.standalone(CHANNEL, question, options.lang(), options.today());
        out.println(ConsoleView.render(assistant.reply(message)));
        return 0;
    }
}
