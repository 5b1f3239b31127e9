package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.QuestionShape;

/**
 * The part of a message that asks its question, whose rule cues count twice ({@link RuleChoice}) and which must name
 * the thing of a general question ({@link GeneralQuestion}). That is the sentences ending in a question mark; in a
 * message without one, the words from a question that follows a statement ("mn lidmaatschap verloopt 31 maart wnnr
 * kan ik verlengen", "my membership expires on 31 March, when can I renew"): chat writers leave out the question mark
 * and often the comma, and the statement's cues (the expiry's) would otherwise weigh as much as the question's.
 */
final class QuestionPart {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    /** Words that open a question for a date or a way ("wnnr" and "wnr" are chat shorthand for "wanneer"). */
    private static final Set<String> QUESTION_WORDS = Set.of(
            "when", "how", "what", "which", "wanneer", "wnnr", "wnr", "hoe", "hoelang", "hoeveel", "wat", "welke");
    /** Words that join the question word before them: "until when", "tot wanneer", "vanaf wanneer". */
    private static final Set<String> LEADS = Set.of("until", "till", "from", "by", "tot", "vanaf", "sinds");
    /**
     * Subjects after an inverted verb ("kan ik", "can we", "verloopt hij"): a question word with one of them after its
     * verb asks something, where "when the portal asked" or "wanneer ik wil" goes on telling.
     */
    private static final Set<String> SUBJECTS = Set.of(
            "i", "we", "you", "it", "they", "he", "she", "ik", "wij", "je", "jij", "u", "hij", "ze", "zij", "het", "ie");
    /** The fewest words a statement before the question has ("mijn key verloopt", "our benefits expire"). */
    private static final int STATEMENT_WORDS = 3;
    /** How many words (a question word's "long", "many days" and the verb) may stand before the subject. */
    private static final int SUBJECT_WITHIN = 3;

    private QuestionPart() {
    }

    /** The question part of {@code text}, empty when it asks nothing; {@code shape} is {@code text}'s shape. */
    static String of(String text, QuestionShape.Read shape) {
        return of(text, shape, false);
    }

    /**
     * As {@link #of(String, QuestionShape.Read)}, a sentence with a question mark also from its question word when a
     * statement goes before it: the words whose rule cues count twice. In "my benefits expire on 15 January, when can I
     * renew?" the expiry's words say the statement's fact, which has its own bonus, and would outweigh the renewal the
     * question asks; the whole sentence stays the part that names a general question's thing ("..., when does it expire?").
     */
    static String asked(String text, QuestionShape.Read shape) {
        return of(text, shape, true);
    }

    private static String of(String text, QuestionShape.Read shape, boolean fromQuestionWord) {
        StringBuilder part = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text)) {
            if (sentence.strip().endsWith("?")) {
                int start = fromQuestionWord ? questionStart(sentence) : -1;
                part.append(start >= 0 ? sentence.substring(start) : sentence).append(' ');
            }
        }
        if (part.length() > 0) {
            return part.toString();
        }
        int start = questionStart(text);
        if (start >= 0) {
            return text.substring(start);
        }
        return shape.isQuestion() ? text : "";
    }

    /**
     * Where a question after a statement starts: at a question word (with its "until" or "tot") that has a statement of
     * at least {@link #STATEMENT_WORDS} words before it, which is no question itself, and an inverted subject after it;
     * -1 when there is none.
     */
    private static int questionStart(String text) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        for (int i = STATEMENT_WORDS; i < words.size(); i++) {
            if (!QUESTION_WORDS.contains(words.get(i)) || !invertedSubjectAfter(words, i)) {
                continue;
            }
            int first = LEADS.contains(words.get(i - 1)) ? i - 1 : i;
            int start = spans.get(first)[0];
            if (first >= STATEMENT_WORDS && !QuestionShape.isQuestion(text.substring(0, start))) {
                return start;
            }
        }
        return -1;
    }

    /** True when a subject follows a verb within {@link #SUBJECT_WITHIN} words after the question word at {@code at}. */
    private static boolean invertedSubjectAfter(List<String> words, int at) {
        for (int i = at + 2; i <= Math.min(at + SUBJECT_WITHIN + 1, words.size() - 1); i++) {
            if (SUBJECTS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }
}
