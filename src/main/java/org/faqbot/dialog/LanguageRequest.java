package org.faqbot.dialog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;

/**
 * A request to hear the bot in the other language: "can you say that in English?", "in English please",
 * "kun je dat in het Nederlands zeggen?", "Engels graag". Read on folded text. A question that only mentions a
 * language ("is the FAQ available in Dutch?") is none: it needs a verb of saying or a "please", or the language alone.
 */
final class LanguageRequest {

    private static final Pattern LANGUAGE = Pattern.compile("\\b(english|engels|dutch|nederlands|hollands)\\b");

    /** Saying, answering, repeating or translating, or a "please": what makes a mentioned language a request. */
    private static final Pattern ASKING = Pattern.compile("\\b(?:say|answer|reply|respond|write|repeat|translate|explain|tell"
            + "|please|pls|plz|zeggen|zeg|antwoorden|antwoord|schrijven|schrijf|herhalen|herhaal|vertalen|vertaal|uitleggen"
            + "|graag|aub|alsjeblieft|alstublieft|svp)\\b");

    /** A follow-up's opening: "and in English?", "en in het Nederlands?", "ok, now in Dutch". */
    private static final String OPENING = "(?:(?:and|en|ok|oke|okay|now|nu|but|maar|also|ook|und|y|et)(?: (?:now|nu|also|ook|dan))? )?";

    /**
     * The language alone, perhaps after "in" ("in English?", "in het Nederlands"), "again" ("en nu weer in het
     * Nederlands") or the word for language ("taal: nederlands", "language english").
     */
    private static final Pattern ALONE = Pattern.compile("^" + OPENING + "(?:(?:weer|again|back|terug|taal|language|lang) )?"
            + "(?:(?:in|to|naar) (?:het )?)?(?:english|engels|dutch|nederlands)(?: (?:again|weer|verder|from now on|vanaf nu))?$");

    /** Switching to the language: "switch to english", "schakel over naar het Nederlands", "can we go back to Dutch?". */
    private static final Pattern SWITCH = Pattern.compile("\\b(?:switch|change|go|continue|schakel|ga|wissel|stap|verander|overschakelen"
            + "|verdergaan|doorgaan)(?: (?:back|over|terug|weer))? (?:to|into|in|naar)(?: (?:het|the))? (?:english|engels|dutch|nederlands)\\b");

    /**
     * Asking for the last answer again in a language: a modal, "that"/"it" and "in" the language, with a plain verb of
     * doing or giving ("kan dat in het Engels?", "could you do that in Dutch?", "kan ik dat in het Nederlands krijgen?").
     * "Can I do the exam in English?" names something else than the answer, so it stays a question.
     */
    private static final String AGAIN_IN = " (?:dat|that|it|this|dit|die|het)(?: (?:ook|also|even|nog|again|weer|eens|maybe|misschien))*";
    private static final String LANGUAGE_END = " in (?:het )?(?:english|engels|dutch|nederlands)"
            + "(?: (?:too|ook|instead|for me|voor mij|please|graag|aub|alsjeblieft|alstublieft))*";
    private static final Pattern REDO = Pattern.compile("^" + OPENING + "(?:kan|kun|kunt|mag|could|can|may|would|will|wil|wilt|zou|zoudt)(?:"
            // said to the bot, or without a subject: "kan dat in het Engels?", "could you do that in Dutch?"
            + "(?: (?:je|jij|u|you))?(?: (?:do|give|put|say|write))?" + AGAIN_IN + LANGUAGE_END + "(?: (?:doen|geven|zetten|zeggen))?"
            // the user getting it: "can I get that in English?", "kan ik dat in het Nederlands krijgen?"
            + "| (?:ik|i|we)(?: (?:get|have))?" + AGAIN_IN + LANGUAGE_END + "(?: (?:krijgen|hebben|lezen))?"
            + ")$");

    /** A language's name alone, as {@code /lang} takes it besides the code. */
    private static final Pattern NAME = Pattern.compile("^(?:english|engels|dutch|nederlands|hollands)$");

    /**
     * Languages the bot does not speak, by their names in English, Dutch and their own language: asked for ("und auf
     * Deutsch?", "in French please"), they get the answer that only Dutch and English are spoken.
     */
    private static final Pattern UNSPOKEN = Pattern.compile("\\b(german|deutsch|duits|french|francais|frans|spanish|espanol"
            + "|spaans|italian|italiano|italiaans|portuguese|portugues|portugees|polish|polski|turkish|turkce|turks"
            + "|russian|russisch|chinese|chinees|japanese|japans|arabic|arabisch|swedish|svenska|zweeds|danish|dansk|deens"
            + "|norwegian|norsk|noors|finnish)\\b");
    /** Whether the bot speaks a language: "do you speak German?", "spreek je ook Frans?", "sprechen Sie Deutsch?". */
    private static final Pattern SPEAKS = Pattern.compile("^(?:(?:do|can|could) you (?:speak|understand|talk|write)"
            + "|(?:do|can|could) you (?:also )?do|(?:kun|kan|kunt|ken|kent|snap) (?:je|jij|u)"
            + "|(?:spreek|spreekt|begrijp|begrijpt|versta|verstaat|praat) (?:je|jij|u)"
            + "|sprichst du|sprechen sie|hablas|habla usted|parlez vous|parles tu) (?:also |ook )?(?:het )?\\S+$");
    /** The unspoken language alone, perhaps after "in", "auf", "en" ("und auf Deutsch?", "en français?"). */
    private static final Pattern UNSPOKEN_ALONE = Pattern.compile("^" + OPENING + "(?:(?:in|auf|en|op) (?:het )?)?\\S+"
            + "(?: (?:please|pls|bitte|graag|aub|por favor|sil vous plait|svp))?$");

    private static final int MAX_WORDS = 10;

    private LanguageRequest() {
    }

    /** The language {@code text} asks the bot to speak, if it is such a request. */
    static Optional<Lang> asked(String text) {
        String folded = Normalized.words(text);
        Matcher language = LANGUAGE.matcher(folded);
        if (folded.split(" ").length > MAX_WORDS || !language.find()) {
            return Optional.empty();
        }
        if (!ALONE.matcher(folded).matches() && !ASKING.matcher(folded).find() && !SWITCH.matcher(folded).find()
                && !REDO.matcher(folded).matches()) {
            return Optional.empty();
        }
        return Optional.of(language.group(1).equals("english") || language.group(1).equals("engels") ? Lang.EN : Lang.NL);
    }

    /** The language {@code name} names ("nederlands", "English"), for {@code /lang}. */
    static Optional<Lang> named(String name) {
        String folded = Normalized.words(name);
        return NAME.matcher(folded).matches() ? asked(folded) : Optional.empty();
    }

    /**
     * The language {@code text} asks the bot to speak when the bot does not speak it ("Und auf Deutsch?", "can you answer
     * in German?"), as the user wrote its name; empty for any other message.
     */
    static Optional<String> unspoken(String text) {
        String folded = Normalized.words(text);
        Matcher language = UNSPOKEN.matcher(folded);
        if (folded.split(" ").length > MAX_WORDS || !language.find()) {
            return Optional.empty();
        }
        String name = language.group(1);
        // "Explain the German rules" only mentions the language: it must be asked for "in" it, or whether it is spoken.
        boolean inIt = folded.matches(".*\\b(?:in|auf|en|op) (?:het )?" + name + "\\b.*") && ASKING.matcher(folded).find();
        return UNSPOKEN_ALONE.matcher(folded).matches() || inIt || SPEAKS.matcher(folded).find() ? Optional.of(name) : Optional.empty();
    }
}
