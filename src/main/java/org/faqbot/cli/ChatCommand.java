package org.faqbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.Choice;
import org.faqbot.dialog.IncomingMessage;
import org.faqbot.dialog.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code faqbot chat}: a conversation in the console, or with --json one conversation of JSON lines. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Chat with the bot in the console (the default without a Telegram token).")
public final class ChatCommand implements Callable<Integer> {

    private static final String CONVERSATION = "cli:chat";

    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--json", description = "Read JSON lines from stdin as the turns of one conversation; write one JSON reply per line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Assistant assistant = BotFactory.consoleAssistant(options, System.getenv());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            return JsonSession.run(assistant, options, in, out, n -> CONVERSATION);
        }
        return console(assistant, in, out);
    }

    private int console(Assistant assistant, BufferedReader in, PrintWriter out) throws IOException {
        out.println(ConsoleView.banner());
        List<Choice> choices = List.of();
        for (String line = prompt(in, out); line != null; line = prompt(in, out)) {
            String text = pickChoice(line.strip(), choices);
            Reply reply = assistant.reply(message(text));
            out.println(ConsoleView.render(reply));
            choices = reply.choices();
        }
        out.println();
        return 0;
    }

    private static String prompt(BufferedReader in, PrintWriter out) throws IOException {
        out.print("\n> ");
        out.flush();
        return in.readLine();
    }

    /** A number typed after a reply with choices picks that choice. */
    private static String pickChoice(String line, List<Choice> choices) {
        if (line.matches("\\d{1,2}")) {
            int index = Integer.parseInt(line) - 1;
            if (index >= 0 && index < choices.size()) {
                return choices.get(index).payload();
            }
        }
        return line;
    }

    private IncomingMessage message(String text) {
        return IncomingMessage.of(CONVERSATION, text).withLangHint(options.lang()).withToday(options.today());
    }
}
