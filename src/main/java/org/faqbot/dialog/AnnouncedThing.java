package org.faqbot.dialog;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.EntryLabel;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.store.RecentTurns;

/**
 * The thing a question was announced about ("quick question about my key", "ik heb een vraag over onze voordelen"), so
 * that the question that follows may call it "it" ("when does it expire?", "wanneer verloopt hij?") as it would right
 * after an answer about it. Kept in the conversation's state ({@link RecentTurns}), so that the question may reach
 * another instance of the bot, until a question uses it or the open question's time has passed.
 */
final class AnnouncedThing {

    /** What the announcement is about: up to three words after "about" or "over" at its end. */
    private static final Pattern ABOUT = Pattern.compile(
            "\\b(?:about|regarding|on|for|over|omtrent|mbt|ivm|voor) ((?:[\\p{L}\\p{N}-]+ ){0,2}[\\p{L}\\p{N}-]+)$");
    private static final Set<String> DETERMINERS = Set.of("my", "our", "the", "mijn", "onze", "ons", "de", "het");
    /** The pronouns a question may call the announced thing by (not "het" or "die", mostly articles in Dutch). */
    private static final Pattern PRONOUN = Pattern.compile("(?<![\\p{L}'])(?:it|they|them|hij|hem|ie|ze|zij)(?![\\p{L}'])");

    /** The most entries an announced topic's reply names. */
    private static final int EXAMPLES = 2;

    private final Duration ttl;
    private final FaqResponder faq;
    private final Texts texts;

    AnnouncedThing(Duration ttl, FaqResponder faq, Texts texts) {
        this.ttl = ttl;
        this.faq = faq;
        this.texts = texts;
    }

    /**
     * Notes what an announcement names, when {@code isThing} takes it for a thing of the rules ("my key", not "the
     * weather"); a determiner is added when the user wrote none ("about key" is "my key"). Another thing the knowledge
     * base has entries about ("a question about MFA") is noted as a topic that the next question is searched about
     * ({@link FollowUpContext}), and the reply names a few of those entries: a reply about benefits and keys would not fit.
     * Empty when the reply needs nothing of the announcement.
     */
    Optional<Reply> note(Turn turn, Predicate<String> isThing) {
        Matcher about = ABOUT.matcher(Normalized.words(turn.text));
        if (!about.find()) {
            return Optional.empty();
        }
        String words = about.group(1);
        boolean determiner = DETERMINERS.contains(words.split(" ")[0]);
        String thing = determiner ? words : (turn.lang == Lang.NL ? "mijn " : "my ") + words;
        if (isThing.test(thing)) {
            turn.setRecent(turn.recent().withAnnounced(Optional.of(new RecentTurns.Announced(thing, turn.now))));
            return Optional.empty();
        }
        String topic = determiner ? words.substring(words.indexOf(' ') + 1) : words;
        return topic(turn, topic, "smalltalk.question_coming.topic");
    }

    /**
     * A topic the knowledge base has entries about, noted so that the next question is searched about it, and the reply
     * {@code key} naming it and a few of its entries (as buttons too); empty when it has none worth suggesting.
     */
    Optional<Reply> topic(Turn turn, String topic, String key) {
        List<FaqEntry> examples = faq.about(topic, turn.lang, EXAMPLES);
        if (examples.isEmpty()) {
            return Optional.empty();
        }
        turn.setRecent(turn.recent().withAnnounced(Optional.of(new RecentTurns.Announced(topic, turn.now, true))));
        String list = String.join("\n", examples.stream().map(e -> "- " + FaqResponder.escape(EntryLabel.of(e, turn.lang))).toList());
        return Optional.of(Reply.builder(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, key, FaqResponder.escape(topic), list))
                .choices(examples.stream().map(e -> FaqResponder.faqChoice(e.id(), EntryLabel.of(e, turn.lang))).toList())
                .build());
    }

    /**
     * {@code text} with its pronoun replaced by the thing announced just before, when it is a question that names no
     * thing of its own and the conversation has no open question that "it" could stand for; the announcement is used
     * up then. Else {@code text} as it is.
     */
    String resolve(Turn turn, String text) {
        Optional<RecentTurns.Announced> thing = turn.recent().announcement();
        if (thing.isEmpty() || turn.message.standalone()) {
            return text;
        }
        if (thing.get().at().plus(ttl).isBefore(turn.now) || turn.pending().filter(p -> p.aboutRule()).isPresent()) {
            answered(turn);
            return text;
        }
        if (thing.get().topic()) {
            // A topic is no thing a pronoun stands for in the rules' words: the search reads the question about it.
            return text;
        }
        String folded = Normalized.of(text);
        Matcher pronoun = PRONOUN.matcher(folded);
        boolean pointsBack = QuestionShape.isQuestion(text) && Pronouns.first(folded, turn.lang).equals(Optional.of(Pronouns.Reference.PRONOUN));
        if (!pointsBack || !pronoun.find()) {
            return text;
        }
        answered(turn);
        return text.substring(0, pronoun.start()) + thing.get().thing() + text.substring(pronoun.end());
    }

    /** Drops the thing once a question was answered without it: the conversation has moved on. */
    void answered(Turn turn) {
        turn.setRecent(turn.recent().withAnnounced(Optional.empty()));
    }
}
