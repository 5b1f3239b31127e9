package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionParts;
import org.faqbot.nlu.SmallTalk;
import org.faqbot.search.GlossWords;

/**
 * The questions of a message that the FAQ is nowhere near ("until when can I redeem my keys and what is the weather
 * tomorrow?"): taken out of the text that is answered when they could change its answer, and named in a note. Part of
 * {@link SeveralQuestions}. Thread-safe.
 */
final class OutsideQuestions {

    private final Texts texts;
    private final PartSearch search;
    private final Function<Turn, RuleRouter.Routing> route;
    /** Whether the note says "MPN benefits" or "the Partner Center documentation". */
    private final KnownTopics known;
    /** The search's stop words per language: the function words a question may have without a topic of its own. */
    private final Map<Lang, Set<String>> stopWords = new EnumMap<>(Lang.class);

    /**
     * A message's text without its questions that the FAQ is nowhere near ({@code outside}): "until when can I redeem my
     * keys and what is the weather tomorrow?" is answered as "until when can I redeem my keys?", so that the other
     * question's "tomorrow" is no date of the keys', and the weather is named in a note ({@link #withNote}). {@code searched}
     * holds the cheap searches of the message's questions made on the way, which {@link SeveralQuestions#answer} reads again.
     * {@code rest} is the text without the outside questions when {@code text} still holds them (they hold no day): what
     * to answer when the whole message gets no answer.
     */
    record Inside(String text, List<String> outside, PartSearch.Memo searched, Optional<String> rest) {
        Inside {
            outside = List.copyOf(outside);
        }

        Inside(String text, List<String> outside, PartSearch.Memo searched) {
            this(text, outside, searched, Optional.empty());
        }
    }

    OutsideQuestions(Texts texts, PartSearch search, Function<Turn, RuleRouter.Routing> route, KnownTopics known) {
        for (Lang lang : Lang.values()) {
            stopWords.put(lang, GlossWords.stopWords(lang));
        }
        this.texts = texts;
        this.search = search;
        this.route = route;
        this.known = known;
    }

    /**
     * {@code turn}'s text without its questions that the FAQ is nowhere near: each opens with a question word of its own,
     * names no rule, and the search's cheap stages find nothing near it; taken out only when one holds a day. A message of
     * only such questions is left whole, for the fallback to answer.
     */
    Inside inside(Turn turn) {
        QuestionParts.Parts parts = QuestionParts.of(turn.text);
        PartSearch.Memo memo = search.memo();
        if (!parts.several()) {
            return new Inside(turn.text, List.of(), memo);
        }
        List<String> outside = parts.questions().stream().filter(q -> outside(q, turn, memo)).toList();
        if (outside.isEmpty() || outside.size() == parts.questions().size()) {
            return new Inside(turn.text, List.of(), memo);
        }
        List<String> rest = new ArrayList<>();
        if (!parts.context().isEmpty()) {
            rest.add(parts.context());
        }
        parts.questions().stream().filter(q -> !outside.contains(q)).forEach(rest::add);
        // Only a day of such a question ("tomorrow") could change the answer: without one, the message is answered whole,
        // as its words may still help the search find the other question's entry; without them when the whole gets none.
        List<String> named = outside.stream().filter(q -> !onlyFunctionWords(q, turn.lang)).toList();
        if (outside.stream().noneMatch(q -> route.apply(turn.withText(q)).hasDates())) {
            return new Inside(turn.text, named, memo, Optional.of(String.join(" ", rest)));
        }
        return new Inside(String.join(" ", rest), named, memo);
    }

    /** Whether {@code question} is one the FAQ is nowhere near, which {@link #withNote} names ({@link #inside}). */
    boolean outside(String question, Turn turn, PartSearch.Memo memo) {
        return QuestionParts.asksWithQuestionWord(question) && SmallTalk.classify(question).isEmpty()
                && memo.nowhere(question, turn.lang) && route.apply(turn.withText(question)).rule().isEmpty();
    }

    /**
     * Whether {@code question} has no word of its own beside function words and words pointing back ("what do I do then?",
     * "wat doe ik daarna?"): the search finds nothing for it alone, but it asks about the message's other part, so the
     * note does not disown it; it is still left out when the rest is answered alone, as it holds nothing to search for.
     */
    private boolean onlyFunctionWords(String question, Lang lang) {
        String words = Normalized.words(question);
        Set<String> stop = stopWords.get(lang);
        return !words.isEmpty() && Arrays.stream(words.split(" "))
                .allMatch(word -> stop.contains(word) || FollowUpContext.POINTS_BACK.matcher(word).matches());
    }

    /** {@code reply} with a note that each of the {@code outside} questions is nothing the bot knows about. */
    Reply withNote(Reply reply, List<String> outside) {
        // A fallback offers pages for the whole message: a note disowning one of its questions would contradict the pages
        // offered for it ("wat is een MPN ID en waar vind ik die" got MPN ID pages and "I know nothing about ...").
        if (outside.isEmpty() || reply.type() == ReplyType.FALLBACK) {
            return reply;
        }
        String asked = outside.stream().map(q -> "\"" + q + "\"").collect(Collectors.joining(", "));
        return reply.withNote(texts.get(reply.lang(), known.key("several.outside"), asked));
    }
}
