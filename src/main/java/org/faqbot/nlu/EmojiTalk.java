package org.faqbot.nlu;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faqbot.nlu.SmallTalk.Kind;

/**
 * A message of emoji only, for {@link SmallTalk}: the common ones read as the small talk they stand for (👍, 🙏, 👋,
 * 👎, 🎉, 🤬), by code point; an emoji question mark with others ("🔑❓") announces a question; any other emoji
 * ("🤷‍♂️", "🔑🔑🔑", "🇳🇱?") is a shrug, answered with what the bot can do.
 */
final class EmojiTalk {

    private static final Map<Integer, Kind> EMOJI = Map.ofEntries(
            Map.entry(0x1F44D, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F44C, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F642, Kind.ACKNOWLEDGEMENT),
            Map.entry(0x1F60A, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F600, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F603, Kind.ACKNOWLEDGEMENT),
            Map.entry(0x1F604, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F601, Kind.ACKNOWLEDGEMENT), Map.entry(0x263A, Kind.ACKNOWLEDGEMENT),
            Map.entry(0x2705, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F44F, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F4AF, Kind.ACKNOWLEDGEMENT),
            Map.entry(0x1F197, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F609, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F64F, Kind.THANKS),
            Map.entry(0x2764, Kind.THANKS), Map.entry(0x1F44B, Kind.GREETING), Map.entry(0x1F44E, Kind.UNHAPPY),
            Map.entry(0x1F641, Kind.UNHAPPY), Map.entry(0x2639, Kind.UNHAPPY), Map.entry(0x1F61E, Kind.UNHAPPY),
            Map.entry(0x1F615, Kind.UNHAPPY), Map.entry(0x1F620, Kind.UNHAPPY), Map.entry(0x1F621, Kind.UNHAPPY),
            Map.entry(0x1F622, Kind.UNHAPPY), Map.entry(0x1F92C, Kind.UNHAPPY), Map.entry(0x1F624, Kind.UNHAPPY),
            Map.entry(0x1F389, Kind.CHEER), Map.entry(0x1F973, Kind.CHEER), Map.entry(0x1F38A, Kind.CHEER), Map.entry(0x1F64C, Kind.CHEER),
            Map.entry(0x1F60D, Kind.COMPLIMENT), Map.entry(0x1F970, Kind.COMPLIMENT), Map.entry(0x1F618, Kind.COMPLIMENT));
    /** Question marks as emoji: with any other emoji ("🔑❓") a question is announced, about the thing it shows. */
    private static final Set<Integer> QUESTION = Set.of(0x2753, 0x2754, 0x2049);

    /** Plain punctuation beside emoji that asks nothing more: "🇳🇱?", "🔑!!". */
    private static final String PUNCTUATION = "?!.,";

    private EmojiTalk() {
    }

    /**
     * The kind of a message of emoji only, by its first one ("👍👍", "🙏"), or a shrug for emoji of no set meaning ("🤔",
     * "🔑🔑🔑"); empty for a message with anything else. Variation selectors, joiners and skin tones are part of the emoji
     * before them.
     */
    static Optional<Kind> of(String text) {
        int[] points = text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && c != 0xFE0F && c != 0x200D && !(c >= 0x1F3FB && c <= 0x1F3FF))
                .toArray();
        if (points.length == 0) {
            return Optional.empty();
        }
        if (Arrays.stream(points).anyMatch(QUESTION::contains)
                && Arrays.stream(points).allMatch(c -> QUESTION.contains(c) || Character.getType(c) == Character.OTHER_SYMBOL)) {
            return Optional.of(Kind.QUESTION_COMING);
        }
        if (Arrays.stream(points).allMatch(EMOJI::containsKey)) {
            return Optional.of(EMOJI.get(points[0]));
        }
        // Any other emoji, alone or with a plain question mark ("🤷‍♂️", "🔑🔑🔑", "🇳🇱?"): the bot cannot read a question
        // from it, and saying what it can do is friendlier than "I don't know the answer to that".
        boolean symbolsOnly = Arrays.stream(points).allMatch(c -> isEmoji(c) || PUNCTUATION.indexOf(c) >= 0);
        return symbolsOnly && Arrays.stream(points).anyMatch(EmojiTalk::isEmoji) ? Optional.of(Kind.SHRUG) : Optional.empty();
    }

    /**
     * Whether {@code text} has an emoji of anger or unhappiness (😡, 🤬, 👎) among its words: with a complaint that asks
     * nothing ("😡😡 niks werkt") it is frustration, as the words alone are not.
     */
    static boolean unhappy(String text) {
        return text.codePoints().anyMatch(c -> EMOJI.get(c) == Kind.UNHAPPY);
    }

    private static boolean isEmoji(int point) {
        return Character.getType(point) == Character.OTHER_SYMBOL;
    }
}
