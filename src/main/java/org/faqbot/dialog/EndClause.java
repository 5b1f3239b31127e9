package org.faqbot.dialog;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.QuestionShape;

/**
 * The clause of {@link org.faqbot.nlu.Normalized} text around a date, from {@code from} (inclusive) to {@code to}
 * (exclusive): where {@link EndDates} looks for the end words and the thing that ends. "My key expires on 1 March,
 * can I still use it?" has the clause "My key expires on 1 March"; a comma or dot inside the date ("Dec 1, 2020")
 * does not end it. The date is {@code dateStart} (inclusive) to {@code dateEnd} (exclusive); a clause around a word
 * of its own ("has it expired?") has that word in its place.
 */
record EndClause(String normalized, int dateStart, int dateEnd, int from, int to) {

    /**
     * Where a clause ends: punctuation before a space, or a word that starts another clause, also as the message's
     * first word ("so has it expired?", "dus is hij verlopen?": the question opens after it).
     */
    private static final Pattern BREAK = Pattern.compile("[.!?;,:](?=\\s|$)|(?:^|\\s)(?:and|but|so|en|maar|want|dus)\\s");
    /** Words that open a yes/no question ("does my key expire on 1 March?", "werkt hij op 1 maart niet meer?"). */
    private static final Set<String> AUXILIARIES = Set.of("does", "do", "did", "will", "would", "is", "was", "are", "were", "has",
            "have", "had", "can", "could", "should", "shall", "may", "might", "won't", "doesn't", "didn't", "isn't", "wasn't",
            "zal", "zullen", "gaat", "gaan", "heeft", "hebben", "zijn", "waren", "wordt", "kan", "werkt");
    /**
     * Words for the thing known from before that open a question said as a statement: "dus hij is verlopen?", "so
     * it's expired already?". A thing named anew ("my key expired on 1 March?") is read as a statement.
     */
    private static final Set<String> KNOWN_SUBJECTS = Set.of("it", "it's", "that", "that's", "this", "hij", "ie", "die", "deze");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}']+");

    static EndClause around(String normalized, DateMention date) {
        return around(normalized, date.start(), date.end());
    }

    /** The clause around {@code start} (inclusive) to {@code end} (exclusive), a date or a word. */
    static EndClause around(String normalized, int start, int end) {
        int from = 0;
        Matcher breaks = BREAK.matcher(normalized);
        while (breaks.find() && breaks.end() <= start) {
            from = breaks.end();
        }
        int to = breaks.find(end) ? breaks.start() : normalized.length();
        return new EndClause(normalized, start, end, from, to);
    }

    /** Whether {@code start} to {@code end} lies in the clause beside the date, not on it. */
    boolean holds(int start, int end) {
        return start >= from && end <= to && (start >= dateEnd || end <= dateStart);
    }

    /**
     * Whether the clause asks a yes/no question about the word at {@code verb}: it ends in "?" and opens with an
     * auxiliary ("does my key expire on 1 March?"), with that word itself ("verloopt mijn sleutel op 1 maart?") or with
     * a word for the thing known from before ("hij is verlopen?"); or, with or without "?", it embeds one after a verb of
     * knowing or asking, as {@link QuestionShape#isYesNo} reads it ("I wonder if my key expires on 1 March", "ik wil
     * weten of hij op 1 maart afloopt"). A verb that only leads into a question for something else asks no yes/no, as
     * {@link QuestionShape#asksForOther} reads it: "do you know when my key expires?", "kun je me vertellen wanneer hij
     * verloopt?" ask for the day.
     */
    boolean asksAbout(int verb) {
        String words = normalized.substring(from, to).strip();
        if (QuestionShape.asksForOther(words)) {
            return false;
        }
        String first = NOT_WORD.split(words, 2)[0];
        boolean inverted = AUXILIARIES.contains(first) || KNOWN_SUBJECTS.contains(first) || normalized.indexOf(first, from) == verb;
        boolean asked = to < normalized.length() && normalized.charAt(to) == '?';
        // Read without its "?" and its opening verb, only an embedded question is left to find: a clause that opens as a
        // statement ("my key expired on 1 March?") states, and so does one with its verb first and no "?" ("dus is hij op
        // 1 maart verlopen"), but not "can you tell me if it expires on 1 March".
        String rest = inverted ? words.substring(first.length()) : words;
        return (inverted && asked) || QuestionShape.isYesNo(rest);
    }

    /** Whether the clause's last word is {@code word}: "af" in "loopt mijn sleutel op 1 maart af?". */
    boolean endsWithWord(String word) {
        String[] words = NOT_WORD.split(normalized.substring(from, to).strip());
        return words.length > 0 && words[words.length - 1].equals(word);
    }

    /** The word just before the date, if any. */
    Optional<String> wordBeforeDate() {
        String[] words = NOT_WORD.split(normalized.substring(0, dateStart).strip());
        return words.length == 0 ? Optional.empty() : Optional.of(words[words.length - 1]);
    }
}
