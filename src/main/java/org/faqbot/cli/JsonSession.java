package org.faqbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.LongFunction;
import org.faqbot.dialog.ReplyJson;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.IncomingMessage;

/**
 * The JSON-lines loop of {@code ask --json} and {@code chat --json}: exactly one JSON object out per
 * line in, in order, flushed per line; a bad line gets an error object on its line and the loop goes on.
 */
final class JsonSession {

    private JsonSession() {
    }

    /** @param conversationOf the conversation id of line n (1-based) */
    static int run(Assistant assistant, CommonOptions options, InputLines in, PrintWriter out,
            LongFunction<String> conversationOf) throws IOException {
        long lineNumber = 0;
        for (Optional<InputLines.Line> line = in.next(); line.isPresent(); line = in.next()) {
            long n = ++lineNumber;
            InputLines.Line read = line.get();
            out.println(read.problem()
                    .map(problem -> ReplyJson.error(problem, n))
                    .orElseGet(() -> answer(assistant, options, read.text(), conversationOf.apply(n), n)));
            out.flush();
        }
        return 0;
    }

    private static String answer(Assistant assistant, CommonOptions options, String line, String conversation, long lineNumber) {
        try {
            JsonInput input = JsonInput.parse(line);
            IncomingMessage message = IncomingMessage.of(conversation, input.question())
                    .withLangHint(input.lang().or(options::lang))
                    .withToday(input.today().or(options::today));
            return ReplyJson.toLine(assistant.reply(message));
        } catch (IllegalArgumentException e) {
            return ReplyJson.error(e.getMessage(), lineNumber);
        }
    }
}
