package org.faqbot.dialog;

import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;

/**
 * What a user says about the date the bot asked for or just worked out: where to find it ("how do I find it?"), that
 * they do not have it ("geen idee"), or when, after a no, the thing may be done ("when then?"). Read on folded text
 * (lower case, no accents, no punctuation but the question mark). Split from {@link FollowUps}, which reads follow-ups
 * about other things.
 */
final class AskedDateWords {

    /**
     * "How do I find it", "where can I see that date", "hoe vind ik die", "waar zie ik dat": a question about
     * where to find something the message does not name, so the date the bot asked for. "How do I find my
     * product key?" names its own thing and is a question of its own.
     */
    private static final Pattern WHERE_TO_FIND = Pattern.compile(
            "\\b(?:(?:how|where) (?:do|can|could|should|would) i (?:find|see|look up|check|get|know)(?: out)?"
            + "|where (?:is|are|can i find|do i look for)"
            + "|(?:hoe|waar) (?:vind|zie|check|controleer|weet|kom) ik"
            + "|(?:hoe|waar) kan ik"
            + "|waar staat|waar staan|waar kijk ik)"
            + " (?:it|that|this|that date|this date|the date|they|them|die|dat|het|deze|die datum|de datum|deze datum)"
            + "(?: (?:vinden|zien|opzoeken|terugvinden|achterhalen|then|dan|precies|out|achter))?\\s*\\??$");

    /**
     * "Where can I look that up?", "where do I find the renewal start date?", "waar vind ik mijn verlengingsdatum?": where to
     * find a date, named as one ("... date", "...datum") or looked up ("look it up").
     */
    private static final Pattern WHERE_TO_FIND_DATE = Pattern.compile(
            "\\b(?:(?:how|where) (?:do|can|could|should|would) (?:i|we) (?:look (?:it|that|this|them) up"
            + "|(?:find|see|look up|check|get) (?:the|my|our|that|this) (?:[\\p{L}-]+ ){0,3}date)"
            + "|(?:hoe|waar) (?:vind|zie|check|controleer|kan|kunnen) (?:ik|je|we)(?: \\p{L}+)? (?:de|mijn|onze|die|deze|m'n)"
            + " (?:[\\p{L}-]+ ){0,3}\\p{L}*datum(?: (?:vinden|zien|opzoeken|terugvinden|nakijken))?)\\s*\\??$");

    /**
     * "I don't remember", "no idea", "geen idee", "weet ik niet meer": the answer to the bot's question back that the user
     * does not have the date.
     */
    private static final Pattern DOES_NOT_KNOW = Pattern.compile(
            "^(?:(?:sorry|hmm|uh|uhm|eh|euh|nou|tja|honestly) )*(?:i (?:don't|do not|dont|can't|cannot|cant) (?:remember|recall|know)"
            + "(?: (?:it|that|the date|anymore|any more|honestly|sorry))*|no idea(?: (?:honestly|sorry|really))?|not sure"
            + "|(?:geen|geen flauw) idee|(?:ik )?weet (?:ik |het |dat )?niet(?: meer)?|dat weet ik niet(?: meer)?"
            + "|ik weet (?:het|dat) niet(?: meer)?|(?:dat )?kan ik me niet (?:meer )?herinneren)(?: (?:sorry|eerlijk gezegd))?\\s*\\??$");

    /**
     * "Which date do you mean?", "what date exactly?", "welke datum bedoel je precies?", "wat bedoel je?": a question back
     * about the date the bot asked for, which names no date or thing of its own.
     */
    private static final Pattern WHICH_DATE = Pattern.compile(
            "^(?:(?:sorry|hmm|hm|but|ok|okay|and|wait) )*(?:(?:which|what) (?:date|day)(?: (?:exactly|precisely))?"
            + "(?: (?:do you mean|do you want|do you need|are you asking for|are you asking about|is that|is meant))?"
            + "|what do you mean(?: (?:by that|with that|by the date|by that date))?)(?: (?:exactly|precisely|then))?\\s*\\??$"
            + "|^(?:(?:sorry|hmm|hm|maar|ok|oke|en|wacht) )*(?:(?:welke|wat voor(?: een)?) (?:datum|dag)"
            + "(?: (?:bedoel je|heb je nodig|wil je|wil je hebben|is dat|zoek je))?"
            + "|wat bedoel je(?: (?:daarmee|met die datum|met de datum))?)(?: (?:precies|dan|eigenlijk))*\\s*\\??$");

    /**
     * "Why do you need that?", "what do you want that date for?", "waarom wil je dat weten?": why the bot asks for the date,
     * which names no date or thing of its own.
     */
    private static final Pattern WHY_NEEDED = Pattern.compile(
            "^(?:(?:sorry|hmm|hm|but|ok|okay|and|wait) )*(?:why (?:do|would) you (?:need|want) (?:to know )?|what do you (?:need|want) )"
            + "(?:that|this|it|the date|that date|my date|our date|to know)(?: (?:for|exactly|then))*"
            + "|^(?:(?:sorry|hmm|hm|but|ok|okay|and|wait) )*why do you ask(?: (?:that|this|me that))?(?: (?:exactly|then))?"
            + "|^(?:(?:sorry|hmm|hm|maar|ok|oke|en|wacht) )*(?:waarom|waarvoor) (?:wil|heb|moet) je (?:dat|die datum|die|het|deze datum|de datum)"
            + "(?: (?:weten|hebben|nodig|precies|dan|eigenlijk))*"
            + "|^(?:(?:sorry|hmm|hm|maar|ok|oke|en|wacht) )*waarom vraag je (?:dat|dit|het)(?: (?:precies|dan|eigenlijk))*");

    /**
     * "When then?", "from when then?", "wanneer dan wel?", "vanaf wanneer wel?": after an answer that said no, when the
     * thing may be done after all, so the rule's date again.
     */
    private static final Pattern WHEN_THEN = Pattern.compile(
            "^(?:(?:and|so|but|ok|okay|en|dus|maar|oke) )?(?:(?:from|since|until|till|by) )?when"
            + "(?: (?:can|may|could) (?:i|we)(?: do (?:it|that))?)? (?:then|instead|exactly|at the earliest)\\s*\\??$"
            + "|^(?:(?:en|dus|maar|oke|ok) )?(?:(?:vanaf|tot|per|sinds) )?wanneer(?: (?:kan|mag|kunnen|mogen) (?:ik|we|het|dat))?"
            + " (?:dan|wel|dan wel|dan pas|pas|precies|dan precies)\\s*\\??$");

    /**
     * "Until when?", "tot wanneer?", "hoe lang nog geldig", "how long still?": right after a date answer, the short form of
     * its own question, so that answer again from the date kept.
     */
    private static final Pattern UNTIL_WHEN = Pattern.compile(
            "^(?:(?:and|so|but|ok|okay|sorry) )?(?:(?:until|till|til|untill) when|how long)(?: (?:still|more|then|exactly|again))*"
            + "(?: (?:is it|does it|will it|can i use it)(?: (?:valid|good|usable|last|work))?| valid| good| usable)?\\s*\\??$"
            + "|^(?:(?:en|dus|maar|oke|ok|sorry) )?(?:tot wanneer|hoe ?lang)(?: (?:nog|dan|precies|weer|nou))*"
            // "m" and "'m" are chat for "hem": "tot wanneer werkt m?".
            + "(?: (?:geldig|bruikbaar|goed|werkt (?:hij|die|ie|het|hem|m|'m)|is (?:hij|die|m|'m) geldig))?(?: nog)?\\s*\\??$");

    /**
     * "Is that right? It feels short", "are you sure?", "klopt dat?", "weet je het zeker? lijkt me kort": doubt about the date
     * just worked out, which the bot confirms with the rule it comes from.
     */
    private static final Pattern DOUBT = Pattern.compile(
            "^(?:(?:hmm|hm|wait|ok|okay|but|so|and|really) )*(?:is (?:that|this|it) (?:right|correct|true|accurate)"
            + "|are you sure(?: about (?:that|this|it))?|(?:that|this) (?:can't|cannot|cant) be right)\\s*\\??"
            + "(?: (?:it|that|this) (?:feels|seems|sounds|looks) (?:a bit |quite |very |rather |so )?"
            + "(?:short|long|early|late|soon|odd|strange|off|wrong)\\s*\\??)?$"
            + "|^(?:(?:hmm|hm|wacht|ok|oke|maar|dus|en|echt) )*(?:klopt (?:dat|dit|het)(?: wel)?|weet je (?:dat |het )?(?:wel )?zeker"
            + "|is dat (?:wel )?(?:zo|juist|correct))\\s*\\??"
            + "(?: (?:dat|het|dit) (?:voelt|lijkt|klinkt) (?:me |mij )?(?:wat |best |erg |nogal |heel |zo )?"
            + "(?:kort|lang|vroeg|laat|snel|raar|vreemd)\\s*\\??)?$");

    private AskedDateWords() {
    }

    /** Whether {@code text} asks where to find the thing the bot just asked about. */
    static boolean asksWhereToFind(String text) {
        String folded = folded(text);
        return WHERE_TO_FIND.matcher(folded).find() || WHERE_TO_FIND_DATE.matcher(folded).find();
    }

    /** Whether {@code text} asks which date the bot asked for ("which date do you mean?", "welke datum bedoel je?"). */
    static boolean asksWhichDate(String text) {
        return WHICH_DATE.matcher(folded(text)).matches();
    }

    /** Whether {@code text} asks why the bot needs the date it asked for ("why do you need that?", "waarom wil je dat weten?"). */
    static boolean asksWhyNeeded(String text) {
        return WHY_NEEDED.matcher(folded(text).replace("?", "").strip()).matches();
    }

    /** Whether {@code text} says the user does not have what the bot asked for ("I don't remember", "geen idee"). */
    static boolean doesNotKnow(String text) {
        return DOES_NOT_KNOW.matcher(folded(text).replace('\u2019', '\'')).matches();
    }

    /**
     * Whether {@code text} asks only when, after all, the thing just answered may be done ("when then?", "wanneer dan wel?"),
     * or asks its question again in short ("until when?", "tot wanneer?").
     */
    static boolean asksWhenThen(String text) {
        String folded = folded(text);
        return WHEN_THEN.matcher(folded).matches() || UNTIL_WHEN.matcher(folded).matches();
    }

    /** Whether {@code text} doubts the date just worked out ("is that right? it feels short", "klopt dat wel?"). */
    static boolean doubtsIt(String text) {
        return DOUBT.matcher(folded(text)).matches();
    }

    private static String folded(String text) {
        return Normalized.of(text).replaceAll("[,.!;:]", " ").replaceAll("\\s+", " ").strip();
    }
}
