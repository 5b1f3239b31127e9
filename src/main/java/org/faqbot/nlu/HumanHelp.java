package org.faqbot.nlu;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Asking for a person, for {@link SmallTalk}: "can I talk to a human?", "een medewerker graag", "is there someone I can
 * call?". The bot cannot hand over, but can say where people help.
 */
final class HumanHelp {

    /** The fixed phrases. */
    static final Set<String> PHRASES = Set.copyOf(List.of(
            "can i talk to a human", "can i speak to a human", "can i talk to a person", "can i speak to a person",
            "can i talk to someone", "can i speak to someone", "can i talk to a real person", "can i speak to a real person",
            "i want to talk to a human", "i want to speak to a human", "i want to talk to a person",
            "i want to speak to a person", "i want a human", "talk to a human", "speak to a human", "human please",
            "real person please", "let me talk to a human", "connect me to a human", "can i talk to support",
            "can i speak to an agent", "i want to speak to an agent", "ik wil een mens spreken", "ik wil met een mens praten",
            "ik wil een mens", "kan ik een mens spreken", "kan ik met een mens praten", "kan ik iemand spreken",
            "kan ik met iemand praten", "ik wil iemand spreken", "ik wil met iemand praten", "ik wil een medewerker spreken",
            "kan ik een medewerker spreken", "mag ik een mens spreken", "een mens graag", "een mens alsjeblieft", "human",
            "a human", "a real person", "real person", "an agent", "agent", "mens", "een mens", "medewerker", "een medewerker",
            "een echt persoon", "een echte medewerker", "support"));
    /**
     * Asking for a person in other words than the fixed phrases: a verb of talking with a person ("I'd like to chat with
     * an agent", "kan ik iemand bellen?", "is er een mens met wie ik kan praten?"). Talking must be asked for: "can I
     * give it to another person?" is a question for the FAQ.
     */
    private static final Pattern IN_OTHER_WORDS;
    static {
        String who = "(?:a |an |the |some )?(?:real |live |actual )?(?:human|humans|person|someone|somebody|agent|employee"
                + "|representative|operator|people|support|support staff)(?: (?:at|from|of|in) (?:the )?(?:microsoft|ms|support"
                + "|partner center|partner support|sales|helpdesk|service desk))?";
        String talk = "(?:talk|speak|chat|call|phone|contact|reach|email|get)";
        String wie = "(?:een |de |met een |met de |met )?(?:echte? )?(?:mens|persoon|iemand|medewerker|medewerkster"
                + "|helpdesk|servicedesk|support|mensen)(?: (?:van|bij) (?:de )?(?:microsoft|ms|support|partner center|helpdesk"
                + "|servicedesk|sales))?";
        String praat = "(?:spreken|praten|bellen|chatten|contacteren|mailen|bereiken|te spreken krijgen"
                + "|aan de (?:lijn|telefoon)(?: (?:hebben|krijgen))?)";
        IN_OTHER_WORDS = Pattern.compile("(?:(?:can|could|may) i |(?:i (?:want|would like|wanna|need)|id like)(?: to)? |let me )?"
                + talk + "(?: to| with)? " + who
                + "|is there " + who + "(?: (?:that|who))? i can " + talk + "(?: to| with)?"
                + "|(?:i (?:want|need|would like)|id like) " + who
                + "|(?:(?:kan|mag|kun) ik |ik wil (?:graag )?|ik zou (?:graag )?)" + wie + " " + praat
                + "|is er " + wie + "(?: (?:die|met wie|waarmee) ik (?:kan|mag) " + praat + "| om mee te " + praat + ")?");
    }

    private HumanHelp() {
    }

    /** Whether {@code bare} (normalised words without filler and address) asks for a person in other words. */
    static boolean inOtherWords(String bare) {
        return IN_OTHER_WORDS.matcher(bare).matches();
    }
}
