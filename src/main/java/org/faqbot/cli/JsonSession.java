package org.faqbot.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.io.PrintWriter;
import java.util.Optional;
import org.faqbot.dialog.ReplyJson;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.IncomingMessage;
import org.faqbot.kb.Lang;

/**
 * The JSON-lines loop of {@code ask --json} and {@code chat --json}: exactly one JSON object out per
 * line in, in order, flushed per line; a bad line gets an error object on its line and the loop goes on.
 */
final class JsonSession {

    private JsonSession() {
    }

    /**
     * @param conversation the conversation every line belongs to ({@code chat --json}); empty: each line is
     *                     a question on its own ({@code ask --json}), answered without asking back, since
     *                     nobody could answer the bot's question back on the next line
     */
    static int run(Assistant assistant, CommonOptions options, InputLines in, PrintWriter out,
            Optional<String> conversation) throws IOException {
        long lineNumber = 0;
        for (Optional<InputLines.Line> line = in.next(); line.isPresent(); line = in.next()) {
            long n = ++lineNumber;
            InputLines.Line read = line.get();
            out.println(read.problem()
                    .map(problem -> ReplyJson.error(problem.english(), n))
                    .orElseGet(() -> answer(assistant, options, read.text(), conversation, n)));
            out.flush();
        }
        return 0;
    }

    private static String answer(Assistant assistant, CommonOptions options, String line, Optional<String> conversation,
                                 long lineNumber) {
        try {
            JsonInput input = JsonInput.parse(line);
            Optional<Lang> lang = input.lang().or(options::lang);
            Optional<LocalDate> today = input.today().or(options::today);
            IncomingMessage message = conversation
                    .map(id -> IncomingMessage.of(id, input.question()).withLangHint(lang).withToday(today))
                    .orElseGet(() -> IncomingMessage.standalone(AskCommand.CHANNEL, input.question(), lang, today));
            return ReplyJson.toLine(assistant.reply(message));
        } catch (IllegalArgumentException e) {
            return ReplyJson.error(e.getMessage(), lineNumber);
        }
    }
}
