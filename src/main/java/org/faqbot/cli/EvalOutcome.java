package org.faqbot.cli;

import java.util.List;
import org.faqbot.dialog.Reply;
import org.faqbot.dialog.ReplyType;
import org.faqbot.dialog.Suggestion;

/**
 * How the bot did on one case.
 *
 * @param replies the bot's reply to each turn
 */
public record EvalOutcome(EvalCase evalCase, List<Reply> replies) {

    public EvalOutcome {
        replies = List.copyOf(replies);
    }

    Reply last() {
        return replies.get(replies.size() - 1);
    }

    /** faq: the answer came from the expected entry. */
    boolean topOneRight() {
        Reply reply = last();
        return reply.type() == ReplyType.FAQ && reply.faqId().equals(evalCase.expect());
    }

    /** faq: 1/rank of the expected entry among the answer and the suggestions, counting the first 3; else 0. */
    double reciprocalRank() {
        List<String> ranked = new java.util.ArrayList<>();
        Reply reply = last();
        if (reply.type() == ReplyType.FAQ) {
            reply.faqId().ifPresent(ranked::add);
        }
        reply.suggestions().stream().map(Suggestion::entryId).forEach(ranked::add);
        int rank = ranked.subList(0, Math.min(3, ranked.size())).indexOf(evalCase.expect().orElse(""));
        return rank < 0 ? 0 : 1.0 / (rank + 1);
    }

    /** ood: the bot did not answer from an entry or a rule. */
    boolean rejected() {
        ReplyType type = last().type();
        return type != ReplyType.FAQ && type != ReplyType.RULE;
    }

    /** Every reply was in the case's language. */
    boolean languageRight() {
        return replies.stream().allMatch(r -> r.lang() == evalCase.lang());
    }

    /** date and dialog: the last reply gives the expected date. */
    boolean dateRight() {
        return last().date().equals(evalCase.expectDate());
    }

    /** date and dialog: the last reply applied the expected rule. */
    boolean intentRight() {
        return last().intent().equals(evalCase.intent());
    }

    /** date: the yes/no is right, or was not asked. */
    boolean yesNoRight() {
        return evalCase.expectOk().isEmpty() || last().ok().equals(evalCase.expectOk());
    }

    /** The case counts as passed for its kind. */
    boolean passed() {
        return switch (evalCase.kind()) {
            case "faq" -> topOneRight();
            case "ood" -> rejected();
            case "date" -> dateRight() && intentRight() && yesNoRight();
            case "dialog" -> dateRight();
            default -> false;
        };
    }
}
