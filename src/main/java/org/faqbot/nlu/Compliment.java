package org.faqbot.nlu;

import java.util.regex.Pattern;

/**
 * A compliment or affection and nothing else, for {@link SmallTalk}: "I love you", "you're awesome", "good bot", "je bent
 * geweldig", "goed gedaan". Met with thanks, not with the "I don't know" of a question.
 */
final class Compliment {

    private static final String GOOD_EN = "(?:great|awesome|amazing|the best|brilliant|fantastic|a star|a legend|smart|clever"
            + "|helpful|so helpful|very helpful|really helpful|cool|lovely|wonderful|the greatest|a genius|sweet|the man|my hero"
            + "|a lifesaver|a life saver|incredible|excellent|perfect)";
    private static final String GOOD_NL = "(?:geweldig|top|super|de beste|fantastisch|slim|lief|een topper|een held|briljant|fijn"
            + "|handig|behulpzaam|erg behulpzaam|heel behulpzaam|echt behulpzaam|geniaal|een schat|een kanjer|goed|heel goed"
            + "|echt goed|toppie|prachtig|geweldig goed|perfect|mijn held|een lieverd)";
    private static final Pattern ONLY = Pattern.compile("(?:(?:oh|wow|aw|aww|ah|nou|ok) )?(?:"
            + "i (?:really )?(?:love|like|adore) (?:you|u|this bot|you bot)(?: so much)?|love (?:you|u|it|this bot)"
            + "|(?:you are|youre|ur|u r|you re|this bot is|this is) (?:so |really |truly |just |absolutely )?" + GOOD_EN
            + "|(?:good|great|nice|smart|clever|best|awesome) (?:bot|job|work)(?: ever)?|well done|nicely done|you rock|you rule"
            + "|(?:je bent|jij bent|u bent|wat ben je|deze bot is|dit is) (?:echt |zo |gewoon |super |heel |best )?" + GOOD_NL
            + "|ik (?:hou|houd) van (?:je|jou)|ik vind je (?:echt |zo |heel )?(?:leuk|lief|geweldig|top|slim|goed)"
            + "|(?:goede|lieve|slimme|toffe|knappe|beste) bot|goed gedaan|knap gedaan|netjes|wat knap|top bot|topbot)"
            + "(?: (?:bot|faqbot|haha|hihi|lol|xx|x))?");

    private Compliment() {
    }

    /** Whether {@code phrase} (normalised words, no apostrophes) is a compliment and nothing else. */
    static boolean only(String phrase) {
        return ONLY.matcher(phrase).matches();
    }
}
