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
    private static final Pattern EN = Pattern.compile(LEAD_EN + "(?:remind (?:me|us)|(?:send|give) (?:me|us) an? reminder"
            + "|(?:set|add|create|schedule) (?:up )?an? reminder)\\b(.*)");
    private static final Pattern NL = Pattern.compile(LEAD_NL + "(?:(?:herinner|waarschuw) (?:me|mij|ons)"
            + "|(?:zet|maak|plan) (?:een |wat )?herinnering(?:en)?)\\b(.*)");
    /** "Stuur me morgen een herinnering": the day may go before what is sent. */
    private static final Pattern NL_SEND = Pattern.compile(LEAD_NL + "stuur (?:me|mij|ons)\\b(.*?)\\b(?:een |wat )?herinnering(?:en)?\\b(.*)");
    /** "Kun je me een week voor 1 maart herinneren?": the verb last. */
    private static final Pattern NL_VERB_LAST = Pattern.compile("(?:kun je|kan je|kunt u|wil je|wilt u|zou je) (?:me|mij|ons) (.+) herinneren");
    private static final Pattern QUESTION_EN = Pattern.compile("(?:(?:again|once more|quickly) )*(?:how|what|whats|which|where|why"
            + "|who|whether|if)\\b.*");
    private static final Pattern QUESTION_NL = Pattern.compile("(?:(?:nog eens|nog even|even|eraan|er aan|daaraan|nog) )*(?:hoe|wat"
            + "|welke|waar|waarom|wie|of)\\b.*");
    private static final Pattern WHEN = Pattern.compile("(?:(?:again|eraan|er aan|daaraan|nog eens|even) )*(?:when|wanneer)\\b.*");

    private ReminderRequest() {
    }

    /** The reminder {@code text} asks for, if it asks for one; empty for a question and for any other message. */
    static Optional<Asked> read(String text) {
        String words = Normalized.words(text).replace("'", "");
        boolean questionMark = text.strip().endsWith("?");
        Optional<Asked> asked = match(EN, words, Lang.EN).or(() -> match(NL, words, Lang.NL)).or(() -> match(NL_SEND, words, Lang.NL))
                .or(() -> match(NL_VERB_LAST, words, Lang.NL));
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
            rest.append(' ').append(matcher.group(group).strip());
        }
        return Optional.of(new Asked(lang, rest.toString().strip().replaceAll(" +", " ")));
    }
}
