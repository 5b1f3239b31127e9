package org.faqbot.dialog;

import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;

/**
 * "When does it expire?", "wanneer verloopt hij?" as the first message of a conversation: "it" points back at nothing,
 * and the FAQ's general answer about one of the things would be a guess. Each of the rules' things ends by a rule of its
 * own (a key a year after it is redeemed, the benefits on their expiry date, ...), so the bot asks which one is meant,
 * with each thing's rule in a line and a button that asks the question about it.
 */
final class UnnamedThing {

    /** The things a question about "it" may mean, by the key of their line and button in the messages. */
    private static final List<String> THINGS = List.of("key", "benefits", "vs", "membership");

    /** The longest question that only points: "until when is it still good?", "tot wanneer is het nog geldig?". */
    private static final int MOST_WORDS = 7;

    private final Texts texts;

    UnnamedThing(Texts texts) {
        this.texts = texts;
    }

    /**
     * The question back for a date question whose only thing is a pronoun, in a conversation that has named none: no open
     * question, no answer or announced topic before. Empty for any other message.
     */
    Optional<Reply> ask(Turn turn, RuleRouter.Routing routing) {
        if (turn.pending().isPresent() || turn.recent().answer().isPresent() || turn.recent().announcement().isPresent()
                || routing.hasDates()) {
            return Optional.empty();
        }
        QuestionShape.Read shape = QuestionShape.read(turn.text);
        boolean asksDate = shape.asksForDate() || routing.yesNo() && shape.isAboutNow();
        if (!asksDate || !onlyPronoun(turn.text, turn.lang)) {
            return Optional.empty();
        }
        Lang lang = turn.lang;
        StringBuilder text = new StringBuilder(texts.get(lang, "unnamed_thing.lead"));
        THINGS.forEach(thing -> text.append("\n• ").append(texts.get(lang, "unnamed_thing.line." + thing)));
        text.append("\n\n").append(texts.get(lang, "unnamed_thing.ask"));
        List<Choice> choices = THINGS.stream()
                .map(thing -> new Choice(texts.get(lang, "unnamed_thing.button." + thing), texts.get(lang, "unnamed_thing.question." + thing)))
                .toList();
        return Optional.of(Reply.builder(lang, ReplyType.CLARIFY, text.toString()).choices(choices).build());
    }

    /** Whether the message's first reference is a pronoun and it names no thing after it ("when does it expire, my key?"). */
    private static boolean onlyPronoun(String text, Lang lang) {
        // "Wanneer verloopt het?": a Dutch "het" at the end is the pronoun, elsewhere mostly the article.
        String normalized = Normalized.of(text).strip().replaceAll("(?<=\\s)het\\W*$", lang == Lang.NL ? "hem" : "het");
        if (!Pronouns.first(normalized, lang).equals(Optional.of(Pronouns.Reference.PRONOUN))) {
            return false;
        }
        String[] words = normalized.strip().split("[^\\p{L}']+");
        // A longer message names its thing in words no determiner marks ("co-op funds we earned - until when ... them?").
        if (words.length > MOST_WORDS) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            if (Pronouns.first(rest, lang).equals(Optional.of(Pronouns.Reference.NAMED))) {
                return false;
            }
        }
        return true;
    }
}
