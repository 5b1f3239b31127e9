package org.faqbot.dialog;

import java.util.Optional;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;

/**
 * A reminder's lead changed in words after reminders were set or listed: "change it to two weeks before", "make it three
 * days before instead", "verander die naar een week ervoor", "maak er twee weken van tevoren van", "liever tien dagen van
 * tevoren". Read as a reminder asked for with that lead ({@link ReminderRequest}), which sets it in place of the date's
 * reminders there were. Only with a lead ({@link ReminderLead}): "change my benefit expiry date" is something else.
 */
final class LeadChange {

    private static final String ACK = "(?:(?:ok|okay|no|actually|hmm|wait|please|can you|could you|would you|ja|nee|oke|eigenlijk"
            + "|wacht|kun je|kan je|wil je|kunt u) )*";
    private static final Pattern EN = Pattern.compile(ACK + "(?:(?:change|move|make|switch|update|put|set) (?:it|them|that|this|those"
            + "|these|(?:the|my|that|this|those|these) reminders?)(?: (?:to|for|at))?|(?:id )?rather|i prefer|instead|better) .+|.+ instead(?: please)?");
    private static final Pattern NL = Pattern.compile(ACK + "(?:(?:verander|wijzig|verzet|verschuif|zet|maak|pas) (?:die|ze|het|deze|dat"
            + "|dit|hem|er|(?:de|mijn|die|deze) herinnering(?:en)?)(?: (?:naar|op|in|aan))?|liever|doe (?:maar|dan) liever|doe maar) .+"
            + "|.+ (?:dan )?liever(?: graag)?");

    private LeadChange() {
    }

    /** The reminder {@code words} (a message's {@code Normalized.words}) asks for by changing its lead; empty for any other. */
    static Optional<ReminderRequest.Asked> read(String words) {
        if (ReminderLead.of(words).isEmpty()) {
            return Optional.empty();
        }
        if (EN.matcher(words).matches()) {
            return Optional.of(new ReminderRequest.Asked(Lang.EN, words));
        }
        return NL.matcher(words).matches() ? Optional.of(new ReminderRequest.Asked(Lang.NL, words)) : Optional.empty();
    }
}
