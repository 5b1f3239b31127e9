package org.faqbot.cli;

import java.util.List;
import org.faqbot.dialog.Choice;
import org.faqbot.dialog.Reply;
import org.faqbot.kb.Lang;
import org.faqbot.kb.LightMarkdown;

/** A reply as the console shows it: readable text, the source link, and numbered choices. */
final class ConsoleView {

    private ConsoleView() {
    }

    static String render(Reply reply) {
        StringBuilder out = new StringBuilder(LightMarkdown.toPlainText(reply.text(), reply.lang()));
        reply.sourceUrl().ifPresent(url -> out.append("\n\n").append(label(reply.lang(), "Bron", "Source")).append(": ").append(url));
        List<Choice> choices = reply.choices();
        if (!choices.isEmpty()) {
            out.append("\n");
            for (int i = 0; i < choices.size(); i++) {
                out.append("\n  [").append(i + 1).append("] ").append(choices.get(i).label());
            }
            out.append("\n").append(label(reply.lang(), "(typ een nummer om te kiezen)", "(type a number to choose)"));
        }
        return out.toString();
    }

    private static String label(Lang lang, String nl, String en) {
        return lang == Lang.NL ? nl : en;
    }
}
