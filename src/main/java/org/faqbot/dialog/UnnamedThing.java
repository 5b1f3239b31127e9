package org.faqbot.dialog;

import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.Tense;
import org.faqbot.rules.UntilRule;

/**
 * "When does it expire?", "wanneer verloopt hij?" as the first message of a conversation: "it" points back at nothing,
 * and the FAQ's general answer about one of the things would be a guess. Each of the rules' things ends by a rule of its
 * own (a key a year after it is redeemed, the benefits on their expiry date, ...), so the bot asks which one is meant,
 * with each thing's rule in a line and a button that asks the question about it.
 */
final class UnnamedThing {


    /** The longest question that only points: "until when is it still good?", "tot wanneer is het nog geldig?". */
    private static final int MOST_WORDS = 7;

    private final Texts texts;
    /**
     * The rules whose thing a question about "it" may mean, in the rule book's order: read from the rules, so a rule added
     * to rules.json is offered without a change here.
     */
    private final List<DateRule> things;
    private final RuleBook book;

    UnnamedThing(Texts texts, RuleBook book) {
        this.texts = texts;
        this.book = book;
        this.things = book.rules().stream().filter(rule -> ends(rule, book)).toList();
    }

    /**
     * Whether {@code rule}'s thing has an end a user may ask about: a rule that counts until a day, or one counted from a
     * date still ahead (the membership, renewable from the renewal start). A rule counted from a past event of the user's
     * own (a VS subscription assigned) says when something may be done again; nothing of theirs expires by it.
     */
    private static boolean ends(DateRule rule, RuleBook book) {
        return rule instanceof UntilRule || book.factOf(rule).tense() == Tense.FUTURE;
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
        return Optional.of(question(turn.lang));
    }

    /** The question back: which thing is meant, each of the rules' things in a line with its rule and a button. */
    Reply question(Lang lang) {
        StringBuilder text = new StringBuilder(texts.get(lang, "unnamed_thing.lead"));
        things.forEach(rule -> text.append("\n• ").append(line(rule, lang)));
        text.append("\n\n").append(texts.get(lang, "unnamed_thing.ask"));
        List<Choice> choices = things.stream().map(rule -> button(rule, lang)).flatMap(Optional::stream).toList();
        return Reply.builder(lang, ReplyType.CLARIFY, text.toString()).choices(choices).build();
    }

    /**
     * The rule's line: its own sentence in the messages, by the rule's id; a rule that has none yet is named by the date it
     * counts from, as the rule book labels it.
     */
    private String line(DateRule rule, Lang lang) {
        String key = "unnamed_thing.line." + rule.id();
        return texts.has(lang, key) ? texts.get(lang, key) : texts.get(lang, "unnamed_thing.line.other", book.factOf(rule).label().get(lang));
    }

    /**
     * The rule's button, which asks the question about its thing; a rule without its own question in the messages has
     * none (a button's payload is short, and no sentence of the rule book asks it), and is named by typing it.
     */
    private Optional<Choice> button(DateRule rule, Lang lang) {
        String label = "unnamed_thing.button." + rule.id();
        String question = "unnamed_thing.question." + rule.id();
        return texts.has(lang, label) && texts.has(lang, question)
                ? Optional.of(new Choice(texts.get(lang, label), texts.get(lang, question))) : Optional.empty();
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
