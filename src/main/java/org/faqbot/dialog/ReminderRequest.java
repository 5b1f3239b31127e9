package org.faqbot.dialog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;

/**
 * A reminder asked for in words with more than {@link CommandWords} reads as a bare /remind: "remind me 30 days before
 * my key expires", "remind me tomorrow to renew", "herinner me op 1 maart", "stuur me een herinnering voor de
 * verlenging". Such a message asks the bot to do something, not the FAQ a question, whatever its words are near. A
 * question word right after the verb asks a question ("remind me how to renew", "herinner me eraan hoe het werkt"), and
 * so does "when" / "wanneer" with a question mark ("remind me when the window opens?").
 */
final class ReminderRequest {

    /** A reminder asked for in {@code lang}; {@code rest}, the words after the request's verb (its day and thing). */
    record Asked(Lang lang, String rest) {
    }

    private static final String LEAD_EN = "(?:(?:ok|okay|so|yes|and|then|please|pls|can you|could you|would you|will you"
            + "|i want you to|id like you to) )*";
    private static final String LEAD_NL = "(?:(?:ok|oke|ja|en|dan|graag|kun je|kan je|kunt u|wil je|wilt u|zou je) )*";
    /** What is sent: the English loanword too ("stuur me een reminder"), and a Dutch "seintje" (a heads-up). */
    private static final String NOUN_NL = "(?:herinnering(?:en)?|reminders?|seintje)";
    private static final String NOUN_EN = "(?:reminders?|heads up)";
    private static final Pattern EN = Pattern.compile(LEAD_EN + "(?:(?:remind|ping|nudge|notify) (?:me|us)|(?:send|give|drop|shoot)"
            + "(?: me| us)? an? " + NOUN_EN + "|(?:set|add|create|schedule) (?:up )?an? " + NOUN_EN
            + "|(?:i (?:want|would like|need)|id like) an? " + NOUN_EN + ")\\b(.*)");
    private static final Pattern NL = Pattern.compile(LEAD_NL + "(?:(?:herinner|waarschuw) (?:me|mij|ons)"
            + "|(?:zet|maak|plan|stel) (?:er |daar |daarvoor |ervoor )?(?:een |wat )?" + NOUN_NL
            + "|geef (?:me|mij|ons) (?:maar |even |gerust )?een seintje)\\b(.*)");
    /**
     * "Stuur me morgen een herinnering", "stuur maar een reminder": the day may go before what is sent. Reminders that are
     * there already ("stuur me mijn herinneringen") are no new one.
     */
    private static final Pattern NL_SEND = Pattern.compile(LEAD_NL + "stuur(?: (?:me|mij|ons))?(?: (?:maar|even|gerust|alvast"
            + "|dan|ook|graag))*\\b(.*?)\\b(?<!mijn |onze |de |die |deze |alle )(?:een |wat )?" + NOUN_NL + "\\b(.*)");
    /**
     * "Kun je me een week voor 1 maart herinneren?", "kun je me daar een herinnering voor sturen?": the verb last, with
     * what is sent before it or without.
     */
    private static final Pattern NL_VERB_LAST = Pattern.compile("(?:kun je|kan je|kunt u|wil je|wilt u|zou je|zou u) (?:(?:me|mij|ons) (.+)"
            + " herinneren|(?:(?:me|mij|ons) )?(.*?)\\b(?<!mijn |onze |de |die |deze |alle )(?:een |wat )?" + NOUN_NL + "\\b(.*?) ?(?:sturen|toesturen|geven|zetten|maken"
            + "|aanmaken|inplannen|instellen|mailen)(?: (?:graag|alsjeblieft|aub))?)");
    private static final Pattern QUESTION_EN = Pattern.compile("(?:(?:again|once more|quickly) )*(?:how|what|whats|which|where|why"
            + "|who|whether|if)\\b.*");
    private static final Pattern QUESTION_NL = Pattern.compile("(?:(?:nog eens|nog even|even|eraan|er aan|daaraan|nog) )*(?:hoe|wat"
            + "|welke|waar|waarom|wie|of)\\b.*");
    private static final Pattern WHEN = Pattern.compile("(?:(?:again|eraan|er aan|daaraan|nog eens|even) )*(?:when|wanneer)\\b.*");

    private ReminderRequest() {
    }

    /**
     * The reminder {@code text} asks for, if it asks for one; empty for a question and for any other message. As with
     * {@link CommandWords}, the request may follow an acknowledgement ("ok thanks, kun je me een reminder sturen?").
     */
    static Optional<Asked> read(String text) {
        return whole(text).or(() -> RequestLead.requests(text).stream().flatMap(request -> whole(request).stream()).findFirst());
    }

    private static Optional<Asked> whole(String text) {
        String words = Normalized.words(text).replace("'", "");
        boolean questionMark = text.strip().endsWith("?");
        Optional<Asked> asked = match(EN, words, Lang.EN).or(() -> match(NL, words, Lang.NL)).or(() -> match(NL_SEND, words, Lang.NL))
                .or(() -> match(NL_VERB_LAST, words, Lang.NL)).or(() -> LeadChange.read(words));
        return asked.filter(a -> !(a.lang() == Lang.EN ? QUESTION_EN : QUESTION_NL).matcher(a.rest()).matches())
                .filter(a -> !(questionMark && WHEN.matcher(a.rest()).matches()));
    }

    private static Optional<Asked> match(Pattern pattern, String words, Lang lang) {
        Matcher matcher = pattern.matcher(words);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        StringBuilder rest = new StringBuilder();
        for (int group = 1; group <= matcher.groupCount(); group++) {
            // An alternative not taken leaves its groups unset.
            if (matcher.group(group) != null) {
                rest.append(' ').append(matcher.group(group).strip());
            }
        }
        return Optional.of(new Asked(lang, rest.toString().strip().replaceAll(" +", " ")));
    }
}
