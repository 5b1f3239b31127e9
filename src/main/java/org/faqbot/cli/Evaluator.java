package org.faqbot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.IncomingMessage;
import org.faqbot.dialog.Reply;

/** Runs evaluation cases through the assistant, each case in a conversation of its own. */
public final class Evaluator {

    private final Assistant assistant;

    public Evaluator(Assistant assistant) {
        this.assistant = assistant;
    }

    public List<EvalOutcome> run(List<EvalCase> cases) {
        List<EvalOutcome> outcomes = new ArrayList<>();
        for (EvalCase c : cases) {
            outcomes.add(run(c));
        }
        return outcomes;
    }

    private EvalOutcome run(EvalCase c) {
        String conversation = "eval:" + c.id();
        List<Reply> replies = new ArrayList<>();
        for (String turn : c.turns()) {
            IncomingMessage message = IncomingMessage.of(conversation, turn).withToday(c.today()).withLangHint(Optional.empty());
            replies.add(assistant.reply(message));
        }
        return new EvalOutcome(c, replies);
    }
}
