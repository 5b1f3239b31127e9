package org.faqbot.nlu;

import java.util.regex.Pattern;

/**
 * Not understanding the last reply, for {@link SmallTalk}: "huh?", "wat?", "I don't understand", "ik snap het niet",
 * "can you explain that more simply?". Met with an offer to ask again in other words, the answer's source link and
 * /help. In front of a question ("ik snap het niet, wanneer verloopt mijn key?") it is no small talk: {@link #strip}
 * drops it and the question goes on.
 */
final class Confusion {

    private static final String NOT_GET_EN = "i (?:dont|do not|still dont|really dont) (?:understand|get it|get that|follow"
            + "|understand that|understand it|understand this|understand what you mean|know what you mean)";
    private static final String NOT_GET_NL = "(?:ik (?:snap|begrijp|volg) (?:het|dat|je|jou|dit|er)? ?(?:nog steeds |echt |helemaal )?"
            + "(?:niet|niks|niets)(?: van)?|dat (?:snap|begrijp) ik niet|(?:snap|begrijp) ik niet)";
    private static final Pattern WHOLE = Pattern.compile("(?:huh|hu|eh|he|what|wat|pardon|sorry what|come again|wait what|wacht wat"
            + "|what do you mean|wat bedoel je|hoe bedoel je|what do you mean by that|wat bedoel je daarmee|hoe bedoel je dat"
            + "|" + NOT_GET_EN + "|" + NOT_GET_NL + "|(?:i am|im) confused|(?:ik ben|ben) (?:in de war|de weg kwijt)"
            + "|(?:can|could|would) you (?:explain|say|put) (?:that|it|this)(?: again)? (?:more simply|simpler|in simpler words"
            + "|in plain (?:english|words|language)|more clearly|in other words|differently)"
            + "|(?:can|could) you (?:simplify|rephrase) (?:that|it|this)|(?:explain|say) (?:that|it) (?:more simply|simpler|again)"
            + "|(?:kun|kan|kunt|wil) (?:je|jij|u) (?:dat|het|dit) (?:eenvoudiger|simpeler|makkelijker|duidelijker|anders|nog eens)"
            + " (?:uitleggen|zeggen|vertellen|formuleren)|in (?:simpele|eenvoudige|gewone) woorden|te ingewikkeld|too complicated)"
            + "(?: (?:please|pls|graag|aub|alsjeblieft|sorry))?");
    /** The same words ending their clause in front of a question: "ik snap het niet, ...", "huh? ...". */
    private static final Pattern LEAD = Pattern.compile("(?iu)^\\W*(?:huh|ik (?:snap|begrijp) (?:het|er) (?:niet|niks|niets)(?: van)?"
            + "|i (?:don'?t|don[’]t|do not) (?:understand|get it))\\s*[,.:;!?…-]+\\s*(?=\\p{L})");

    private Confusion() {
    }

    /** Whether {@code phrase} (normalised words, no apostrophes) says only that the reply was not understood. */
    static boolean only(String phrase) {
        return WHOLE.matcher(phrase).matches();
    }

    /** {@code text} without not-understanding in front of its question. */
    static String strip(String text) {
        return LEAD.matcher(text).replaceFirst("");
    }
}
