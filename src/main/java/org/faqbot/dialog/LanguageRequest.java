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

    /** The language alone, perhaps after "in" ("in English?", "in het Nederlands"). */
    private static final Pattern ALONE = Pattern.compile("^(?:in (?:het )?)?(?:english|engels|dutch|nederlands)$");

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
        if (!ALONE.matcher(folded).matches() && !ASKING.matcher(folded).find()) {
            return Optional.empty();
        }
        return Optional.of(language.group(1).equals("english") || language.group(1).equals("engels") ? Lang.EN : Lang.NL);
    }
}
