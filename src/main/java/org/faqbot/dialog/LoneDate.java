package org.faqbot.dialog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.InvalidDate;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.YearlessPolicy;
import org.faqbot.rules.RuleBook;

/**
 * A date and nothing else while no question is open ("2026-12-06", "3 maart"): the bot asks what the date is for, with
 * the kinds of date it works with, rather than searching the FAQ for it; a date that cannot be ("31-02-2026") is said not
 * to exist, as in a question. A year alone ("2026") asks for the day in it; day, month and year with spaces ("1 3 2026")
 * are read as with dashes. A date that answers the bot's own question never gets here.
 */
final class LoneDate {

    /**
     * The most words a date alone is written in ("de maandag voor vorige week", "the first Monday of November 2026"):
     * a longer message is no lone date, so its dates are not read here (the search reads them once more later, and
     * reading a long chat message's dates is a twentieth of its reply).
     */
    private static final int MOST_WORDS = 8;

    /** A year alone ("2026", "in 2027?"): a date to ask the day and the fact of, not a number to search for. */
    private static final Pattern YEAR = Pattern.compile("(?:(?:in|in het jaar|in the year) )?(\\d{4})");
    /** Day, month and year written with spaces ("1 3 2026"): read as the same numbers with dashes ("1-3-2026"). */
    private static final Pattern SPACED = Pattern.compile("(\\d{1,2}) (\\d{1,2}) (\\d{2}|\\d{4})");

    private final DateReader dates;
    private final RuleReplies replies;
    private final RuleBook book;
    private final Texts texts;

    LoneDate(DateReader dates, RuleReplies replies, RuleBook book, Texts texts) {
        this.dates = dates;
        this.replies = replies;
        this.book = book;
        this.texts = texts;
    }

    /** The reply to a message that is one date alone, when the conversation has no open question; else empty. */
    Optional<Reply> answer(Turn turn) {
        if (turn.pending().isPresent() || words(turn.text) > MOST_WORDS) {
            return Optional.empty();
        }
        String words = Normalized.words(turn.text);
        Matcher year = YEAR.matcher(words);
        if (year.matches() && Integer.parseInt(year.group(1)) >= DateExtractor.DEFAULT_MIN_YEAR
                && Integer.parseInt(year.group(1)) <= DateExtractor.DEFAULT_MAX_YEAR) {
            return Optional.of(Reply.text(turn.lang, ReplyType.CLARIFY, texts.get(turn.lang, "date.year_what_for", year.group(1), kinds(turn.lang))));
        }
        Matcher spaced = SPACED.matcher(words);
        String text = spaced.matches() ? spaced.group(1) + "-" + spaced.group(2) + "-" + spaced.group(3) : turn.text;
        List<DateMention> mentions = dates.read(text, turn.lang, turn.today, YearlessPolicy.MOST_RECENT_PAST);
        if (mentions.size() != 1 || !alone(text, mentions.get(0))) {
            return Optional.empty();
        }
        if (mentions.get(0) instanceof InvalidDate invalid) {
            return Optional.of(replies.invalid(Optional.empty(), invalid, turn.lang, DateExtractor.DEFAULT_MIN_YEAR,
                    DateExtractor.DEFAULT_MAX_YEAR));
        }
        String reply = texts.get(turn.lang, "date.what_for", FaqResponder.escape(mentions.get(0).text()), kinds(turn.lang));
        return Optional.of(Reply.text(turn.lang, ReplyType.CLARIFY, reply));
    }

    /** Whether the message says nothing beside the date: no letter or digit outside it. */
    private static boolean alone(String text, DateMention mention) {
        String rest = text.substring(0, mention.start()) + text.substring(mention.end());
        return rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** Runs of letters and digits, counted without splitting the text. */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }

    private String kinds(Lang lang) {
        return String.join("\n", book.facts().stream().map(f -> "- " + f.label().get(lang)).toList());
    }
}
