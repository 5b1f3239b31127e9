package org.faqbot.cli;

import java.util.List;
import java.util.Optional;
import org.faqbot.dialog.Choice;
import org.faqbot.dialog.Coverage;
import org.faqbot.dialog.Messages;
import org.faqbot.dialog.Reply;
import org.faqbot.kb.Lang;
import org.faqbot.kb.LightMarkdown;

/** A reply as the console shows it: readable text, the source link, and numbered choices. */
final class ConsoleView {

    private static final Messages MESSAGES = new Messages();

    private ConsoleView() {
    }

    /**
     * The greeting the console chat starts with, in both languages, naming what {@code coverage} answers: MPN benefits on
     * the Benefits FAQ, the Partner Center documentation with the whole corpus.
     */
    static String banner(Coverage coverage) {
        String key = coverage.key("console.banner");
        return MESSAGES.get(Lang.EN, key) + "\n" + MESSAGES.get(Lang.NL, key);
    }

    /** Says that a line was not read and why: in {@code lang}, or in both languages when there is none yet. */
    static String lineProblem(LineProblem problem, Optional<Lang> lang) {
        if (lang.isPresent()) {
            return lineProblem(problem, lang.get());
        }
        return lineProblem(problem, Lang.EN) + "\n" + lineProblem(problem, Lang.NL);
    }

    private static String lineProblem(LineProblem problem, Lang lang) {
        String why = MESSAGES.get(lang, "console.line_problem." + problem.key(), problem.values().toArray());
        return MESSAGES.get(lang, "console.line_problem", why);
    }

    static String render(Reply reply) {
        String text = LightMarkdown.toPlainText(reply.text(), reply.lang());
        StringBuilder out = new StringBuilder(text);
        reply.sourceUrl().ifPresent(url -> out.append("\n\n").append(MESSAGES.get(reply.lang(), "console.source", url)));
        if (listedInText(text, reply.choices())) {
            // The "did you mean" text already numbers the choices in the same order: a second list says it twice.
            out.append("\n").append(MESSAGES.get(reply.lang(), "console.choose"));
        } else {
            appendChoices(out, reply);
        }
        return out.toString();
    }

    /** Says that {@code place} was not one of the choices of {@code reply}, and shows them again. */
    static String notOffered(Reply reply, int place) {
        StringBuilder out = new StringBuilder(MESSAGES.get(reply.lang(), "choice.not_offered", place, reply.choices().size()));
        appendChoices(out, reply);
        return out.toString();
    }

    /** Whether {@code text} has the line "N. label" for every choice, N being its place. */
    static boolean listedInText(String text, List<Choice> choices) {
        if (choices.isEmpty()) {
            return false;
        }
        List<String> lines = text.lines().map(String::strip).toList();
        for (int i = 0; i < choices.size(); i++) {
            if (!lines.contains((i + 1) + ". " + choices.get(i).label().strip())) {
                return false;
            }
        }
        return true;
    }

    private static void appendChoices(StringBuilder out, Reply reply) {
        List<Choice> choices = reply.choices();
        if (!choices.isEmpty()) {
            out.append("\n");
            for (int i = 0; i < choices.size(); i++) {
                out.append("\n  [").append(i + 1).append("] ").append(choices.get(i).label());
            }
            out.append("\n").append(MESSAGES.get(reply.lang(), "console.choose"));
        }
    }
}
