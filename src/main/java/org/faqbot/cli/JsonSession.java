package org.faqbot.cli;

import org.faqbot.dialog.ReplyJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.LongFunction;
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
    static int run(Assistant assistant, CommonOptions options, BufferedReader in, PrintWriter out,
            LongFunction<String> conversationOf) throws IOException {
        long lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            out.println(answer(assistant, options, line, conversationOf.apply(lineNumber), lineNumber));
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
