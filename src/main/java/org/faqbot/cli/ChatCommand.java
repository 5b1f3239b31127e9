package org.faqbot.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.Choice;
import org.faqbot.dialog.ChoiceWords;
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
        InputLines in = new InputLines(System.in);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            return JsonSession.run(assistant, options, in, out, Optional.of(CONVERSATION));
        }
        return console(assistant, in, out, interactive());
    }

    /**
     * Whether a person types at a terminal. {@code chat < questions.txt} or {@code ... | faqbot chat} is read
     * by a program, whose output the {@code > } prompts only clutter. On Java 17 {@link System#console()} is
     * null unless both standard input and output are a terminal; from Java 22 it is there on a pipe too and
     * its {@code isTerminal()} (looked up, since we compile for 17) tells.
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException beforeJava22) {
            return true;
        }
    }

    /** The console conversation; {@code prompts}: print {@code > } before each line is read. */
    int console(Assistant assistant, InputLines in, PrintWriter out, boolean prompts) throws IOException {
        out.println(ConsoleView.banner(assistant.coverage()));
        Reply last = null;
        for (Optional<InputLines.Line> read = prompt(in, out, prompts); read.isPresent(); read = prompt(in, out, prompts)) {
            String line = read.get().text();
            Optional<LineProblem> problem = read.get().problem().or(() -> JsonInput.lengthProblem(line));
            if (problem.isPresent()) {
                // In the conversation's language once it has one; before the first reply, in both, as the banner.
                out.println(ConsoleView.lineProblem(problem.get(), Optional.ofNullable(last).map(Reply::lang).or(options::lang)));
                continue;
            }
            List<Choice> choices = last == null ? List.of() : last.choices();
            OptionalInt place = choices.isEmpty() ? OptionalInt.empty() : ChoiceWords.position(line, choices.size());
            if (place.isPresent() && (place.getAsInt() < 1 || place.getAsInt() > choices.size())) {
                out.println(ConsoleView.notOffered(last, place.getAsInt()));
                continue;
            }
            String text = place.isPresent() ? choices.get(place.getAsInt() - 1).payload() : line.strip();
            last = assistant.reply(message(text));
            out.println(ConsoleView.render(last));
        }
        out.println();
        return 0;
    }

    private static Optional<InputLines.Line> prompt(InputLines in, PrintWriter out, boolean prompts) throws IOException {
        out.print(prompts ? "\n> " : "\n");
        out.flush();
        return in.next();
    }

    private IncomingMessage message(String text) {
        return IncomingMessage.of(CONVERSATION, text).withLangHint(options.lang()).withToday(options.today());
    }
}
