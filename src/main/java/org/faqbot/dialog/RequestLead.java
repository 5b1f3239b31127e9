package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What leads into a request to the bot without changing it: an acknowledgement ("ok remind me", "ja graag, herinner me"),
 * an "and" ("en wat weet je nu over mij?") or a short change of mind before a comma ("actually we renewed, forget the expiry date", "nee toch niet, wis de
 * herinneringen"). {@link CommandWords} reads the request after it when the whole message is none.
 */
final class RequestLead {

    private static final Pattern ACKNOWLEDGED = Pattern.compile("(?i)^\\s*(?:(?:ok|okay|oke|okee|ok[eé]|yes|yeah|yep|sure|great|fine"
            + "|thanks|thank you|thx|dank je|dank u|dankje|dankjewel|ja|prima|goed|top|mooi|bedankt|nee|no|nope|actually|eigenlijk"
            + "|wait|wacht|hmm|alright|right|graag|please|and|en)"
            + "[\\s,.!]+)+");
    /**
     * The clause after the last comma, full stop or semicolon, and what comes before it (group 1). The request may end
     * in a question mark ("ok, kun je me er een herinnering voor sturen?"); a question before it asks something else.
     */
    private static final Pattern LAST_CLAUSE = Pattern.compile("^([^?]*)[,.;!]\\s*([^,.;!?]+[.!?]?)$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** The most words a change of mind before the request has. */
    private static final int MAX_LEAD_WORDS = 6;

    private RequestLead() {
    }

    /** The requests {@code text} may hold after a lead-in: after an acknowledgement, then its last clause; empty when none. */
    static List<String> requests(String text) {
        List<String> found = new ArrayList<>();
        Matcher acknowledged = ACKNOWLEDGED.matcher(text);
        // lookingAt: the pattern is anchored at the start, and find tried it at every position of every message.
        if (acknowledged.lookingAt() && acknowledged.end() < text.length()) {
            found.add(text.substring(acknowledged.end()));
        }
        Matcher clause = LAST_CLAUSE.matcher(text.strip());
        if (hasClauseEnd(text) && clause.matches()) {
            String lead = clause.group(1).strip();
            // A date before the request ("I redeemed it on 3 March, remind me") is a statement the request is about, read elsewhere.
            if (!lead.isEmpty() && lead.split("\\s+").length <= MAX_LEAD_WORDS && !DIGIT.matcher(lead).find()) {
                found.add(clause.group(2));
            }
        }
        return found;
    }

    /** Whether {@code text} has a sign {@link #LAST_CLAUSE} needs: most questions have none, and the pattern backtracks through them. */
    private static boolean hasClauseEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '.' || c == ';' || c == '!') {
                return true;
            }
        }
        return false;
    }
}
