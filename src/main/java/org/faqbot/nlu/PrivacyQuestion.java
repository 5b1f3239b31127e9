package org.faqbot.nlu;

import java.util.regex.Pattern;

/**
 * A question about what the bot keeps of the user, for {@link SmallTalk}: "do you store my data?", "hoe lang bewaar je
 * mijn gegevens?", "wie kan mijn gegevens zien?", "are you GDPR compliant?". Read on a message's normalised words as a
 * whole: "how do I store my data in Partner Center?" asks how to do something, and "what do you know about me?" asks
 * for the data itself (/mydata, {@code CommandWords}), which is tried first.
 */
final class PrivacyQuestion {

    private static final String DATA_EN = "(?:my |our |any |the |personal |user |your users )*(?:data|information|info|details"
            + "|messages|conversations|chats|questions|chat history|history)";
    private static final String DATA_NL = "(?:mijn |onze |mn |de |je |alle |persoonlijke )*(?:gegevens|data|informatie|info"
            + "|berichten|gesprekken|vragen|chats|persoonsgegevens|chatgeschiedenis)";
    private static final String KEEP_EN = "(?:store|save|keep|log|record|track|collect|share|sell|retain|hold|read|see|remember|use)";
    private static final String KEEP_NL = "(?:bewaar|bewaart|sla|slaat|hou|houd|houdt|onthoud|onthoudt|deel|deelt|verkoop|verkoopt"
            + "|lees|leest|verzamel|verzamelt|gebruik|gebruikt|registreer|log)";
    private static final String GDPR = "(?:gdpr|avg|privacy)(?: ?(?:compliant|proof|safe|friendly|conform|compliance|veilig))?";
    private static final Pattern QUESTION = Pattern.compile(
            "(?:do|will|did|can|could) you " + KEEP_EN + " " + DATA_EN + "(?: (?:anywhere|somewhere|at all|with anyone|with others"
            + "|with microsoft|with third parties|forever))?"
            + "|(?:how long|for how long) (?:do|will|can) you " + KEEP_EN + " " + DATA_EN + "(?: for)?"
            + "|who (?:can|could|will|gets to) (?:see|read|access|view) " + DATA_EN
            + "|(?:what|which) (?:data|information|info|personal data) do you " + KEEP_EN
            + "|(?:is|are) " + DATA_EN + " (?:safe|secure|private|stored|kept|saved|logged|shared)(?: with you)?"
            + "|(?:are you|is this bot|is this|is faqbot|r u) " + GDPR + "|(?:what about|how about|tell me about) (?:gdpr|privacy)"
            + "|(?:whats|what is) your (?:privacy|data) (?:policy|statement)"
            + "|" + KEEP_NL + " (?:je|jij|u) " + DATA_NL + "(?: op| ergens| met anderen| met microsoft)?"
            + "|hoe lang (?:" + KEEP_NL + ") (?:je|jij|u) " + DATA_NL + "(?: op| bij)?"
            + "|wie (?:kan|kunnen|mag|mogen|krijgt|ziet) " + DATA_NL + "(?: (?:zien|lezen|inzien|bekijken))?"
            + "|(?:wat|welke) (?:gegevens|data|informatie) (?:" + KEEP_NL + ") (?:je|jij|u)(?: op)?"
            + "|(?:worden|wordt|zijn|is) " + DATA_NL + " (?:opgeslagen|bewaard|gedeeld|gelezen|veilig|prive)(?: bij (?:jou|je|u))?"
            + "|(?:ben je|ben jij|is dit|is deze bot|is faqbot) " + GDPR + "|hoe zit het met (?:de )?(?:privacy|avg|gdpr)"
            + "|wat is (?:je|jouw) privacy ?(?:beleid|verklaring)");

    private PrivacyQuestion() {
    }

    /** Whether {@code phrase} (normalised words, no apostrophes) asks what the bot keeps of the user. */
    static boolean asks(String phrase) {
        return QUESTION.matcher(phrase).matches();
    }
}
