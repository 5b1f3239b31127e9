package org.faqbot.dialog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.faqbot.kb.Lang;

/**
 * What the loaded knowledge base lets the bot answer, for the texts a channel shows around the conversation (the web
 * chat page's intro and examples, the console's banner, Telegram's note on a message without text), so that they say
 * what the core's own texts say ({@link KnownTopics}): MPN benefits on the Benefits FAQ alone, the Partner Center
 * documentation with other pages loaded.
 *
 * @param documentation whether pages other than the Benefits FAQ are loaded
 * @param examples      per language, example questions as buttons, best first; a language may have none
 */
public record Coverage(boolean documentation, Map<Lang, List<Choice>> examples) {

    /** What {@link #key} adds to a text's key with the documentation loaded. */
    public static final String DOCUMENTATION_SUFFIX = ".docs";
    /** The Benefits FAQ's texts without examples: what a core that does not say (a test's stand-in) is taken to answer. */
    public static final Coverage BENEFITS = new Coverage(false, Map.of());

    public Coverage {
        Map<Lang, List<Choice>> copy = new EnumMap<>(Lang.class);
        examples.forEach((lang, choices) -> copy.put(lang, List.copyOf(choices)));
        examples = Map.copyOf(copy);
    }

    /**
     * The message key of a text that says what the bot answers: {@code key} itself on the Benefits FAQ ("... about your
     * MPN benefits"), {@code key + ".docs"} with other pages ("... about the Partner Center documentation"). The same
     * suffix in {@code messages_*.properties} and in the web page's {@code texts.json}.
     */
    public String key(String key) {
        return documentation ? key + DOCUMENTATION_SUFFIX : key;
    }

    /** Up to {@code max} example questions as buttons in {@code lang}, best first. */
    public List<Choice> examples(Lang lang, int max) {
        List<Choice> choices = examples.getOrDefault(lang, List.of());
        return choices.subList(0, Math.min(max, choices.size()));
    }
}
