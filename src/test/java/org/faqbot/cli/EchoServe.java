package org.faqbot.cli;

import java.util.List;
import java.util.Optional;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.IncomingMessage;
import org.faqbot.dialog.Reply;
import org.faqbot.dialog.ReplyType;
import org.faqbot.kb.Lang;
import picocli.CommandLine;

/**
 * {@code faqbot serve} with an echoing core, run as a child process by {@link ServeCommandIT} to test
 * signal handling without the knowledge base. "slow" takes two seconds to answer.
 */
public final class EchoServe {

    /** Echoes every message; "slow" takes two seconds. */
    static final Assistant ECHO = new Assistant() {
        @Override
        public Reply reply(IncomingMessage message) {
            if (message.text().equals("slow")) {
                sleep();
            }
            return Reply.text(Lang.EN, ReplyType.FALLBACK, "echo: " + message.text());
        }

        @Override
        public List<Reply> lookup(String query, Optional<Lang> langHint, int max) {
            return List.of();
        }
    };

    private EchoServe() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServeCommand(System.getenv(), stores -> ECHO)).execute());
    }

    private static void sleep() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
