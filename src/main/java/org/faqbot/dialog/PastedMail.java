package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An e-mail pasted into a message, with the user's own question after it ("Dear partner, ... want to keep your benefits?
 * Your membership expires on 30 January 2027 ... Kind regards, ...", then "how do we get VS activated?"). The
 * e-mail's questions are its sender's, put to the user: read as questions, they led the reply and pushed the user's own
 * question down to "Your other question". So, when a question follows the e-mail, the e-mail's questions are read as
 * statements: its dates are the context of the user's question ({@link StatedThenAsked}), as in a message that states
 * the date itself. An e-mail is what lies between a greeting line ("Dear ...", "Beste ...") and a closing line ("Kind
 * regards", "Met vriendelijke groet"); a pasted e-mail with nothing asked after it keeps its questions, which are then
 * all the user asks.
 */
final class PastedMail {

    /** A greeting that opens a line, alone or with whom it greets before a comma: "Dear partner,", "Beste relatie,". */
    private static final Pattern GREETING = Pattern.compile("(?iu)^\\s*(?:dear|hello|hi|beste|geachte|hallo|goedemorgen|goedemiddag"
            + "|good morning|good afternoon)\\b[^,.!?]{0,40}(?:,|$)");
    /** A closing that opens a line, perhaps with the sender after it: "Kind regards, the partner team". */
    private static final Pattern CLOSING = Pattern.compile("(?iu)^\\s*(?:(?:with )?(?:kind|best|warm|kindest|warmest) regards|regards"
            + "|sincerely|yours sincerely|yours truly|(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?|groeten|mvg)\\b");
    /** A mail header or forward line that opens a forwarded notice: "Subject: ...", "Fwd: ...", "Onderwerp: ...". */
    private static final Pattern HEAD = Pattern.compile("(?iu)^\\s*(?:(?:subject|onderwerp|fwd?|fw|re|from|van|sent|verzonden"
            + "|date|datum|to|aan|cc)\\s*:|-*\\s*(?:forwarded message|doorgestuurd bericht|original message|oorspronkelijk bericht)"
            + "|begin forwarded message)");
    /** A greeting that addresses a business's partner or customer, which the user does not write to the bot: "Dear partner,". */
    private static final Pattern ADDRESSED = Pattern.compile("(?iu)^\\s*(?:dear|hello|hi|beste|geachte|hallo)\\s+(?:microsoft\\s+)?"
            + "(?:partners?|customers?|klant|klanten|relatie|members?|leden|lid|admin|administrator|beheerder)\\b");
    /** The longest line under a closing read as the signature (a name, a team, a company) rather than the user's words. */
    private static final int MAX_SIGNATURE_WORDS = 5;

    private PastedMail() {
    }

    /** {@code text} with the questions of the e-mail it pastes read as statements, when the user asks after it; else {@code text}. */
    static String withoutItsQuestions(String text) {
        if (text.indexOf('?') < 0 || text.indexOf('\n') < 0) {
            return text;
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int closing = -1;
        for (int i = lines.size() - 1; i >= 0 && closing < 0; i--) {
            if (CLOSING.matcher(lines.get(i)).find()) {
                closing = i;
            }
        }
        int greeting = -1;
        for (int i = closing - 1; i >= 0 && greeting < 0; i--) {
            if (GREETING.matcher(lines.get(i)).find()) {
                greeting = i;
            }
        }
        if (greeting < 0 || !asksAfter(lines, closing)) {
            return withoutNoticeQuestions(text, lines);
        }
        return statements(lines, greeting, closing);
    }

    private static String statements(List<String> lines, int from, int to) {
        for (int i = from; i <= to; i++) {
            lines.set(i, lines.get(i).replace('?', '.'));
        }
        return String.join("\n", lines);
    }

    /**
     * A forwarded notice without a closing: from its head (the first line that opens one) to the user's own block, the
     * last paragraph when a blank line sets it off after the notice's text, else the last line, which must ask something.
     */
    private static String withoutNoticeQuestions(String text, List<String> lines) {
        int head = -1;
        for (int i = 0; i < lines.size() && head < 0; i++) {
            if (HEAD.matcher(lines.get(i)).find() || ADDRESSED.matcher(lines.get(i)).find()) {
                head = i;
            }
        }
        int last = lines.size() - 1;
        while (last > head && lines.get(last).isBlank()) {
            last--;
        }
        int own = last;
        while (own - 1 > head && !lines.get(own - 1).isBlank()) {
            own--;
        }
        if (head < 0) {
            return text;
        }
        if (own - 1 <= head || lines.subList(head + 1, own).stream().allMatch(String::isBlank)) {
            // No blank line after the notice's text: the user's question is its last line.
            own = last;
        }
        if (own <= head + 1 || lines.subList(own, last + 1).stream().noneMatch(line -> line.contains("?"))
                || lines.subList(head + 1, own).stream().allMatch(String::isBlank)) {
            return text;
        }
        return statements(lines, head, own - 1);
    }

    /** Whether the lines after the closing, past the signature's short lines, ask something. */
    private static boolean asksAfter(List<String> lines, int closing) {
        int i = closing + 1;
        while (i < lines.size() && !lines.get(i).contains("?")
                && (lines.get(i).isBlank() || lines.get(i).strip().split("\\s+").length <= MAX_SIGNATURE_WORDS)) {
            i++;
        }
        return lines.subList(Math.min(i, lines.size()), lines.size()).stream().anyMatch(line -> line.contains("?"));
    }
}
