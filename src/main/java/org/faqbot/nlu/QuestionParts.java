package org.faqbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message cut into the separate questions it may hold ("How do I renew my benefits? And how does VS activation
 * work?", "wanneer kan ik verlengen en hoe werkt de activatie?"), with the statements around them as context. Cut
 * only where a part plainly starts a question of its own: a sentence ending in a question mark, or, inside a question
 * sentence, "and" / "en" / "also" / "ook" before a question word ("and what happens ...", "en tot wanneer ...") or an
 * inverted verb and its subject ("en kan ik ..."), after a clause that itself opens as a question. Whether the parts
 * really are separate questions is for their answers to tell; a message of one question gives one part.
 */
public final class QuestionParts {

    /**
     * The questions of a message, in order, and its statements ({@code context}, "" when none), which the questions
     * may lean on ("I assigned it on 1 October. When can I reassign it?").
     */
    public record Parts(String context, List<String> questions) {
        public Parts {
            questions = List.copyOf(questions);
        }

        public boolean several() {
            return questions.size() > 1;
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]\\s+");
    /** Words that join a second question on: "or" and "of" join alternatives of one question ("can I renew or ..."). */
    private static final Set<String> JOINS = Set.of("and", "also", "plus", "en", "ook");
    /** A join before a question of its own ("And how ...?", "Also, where ...?"), which the question is asked without. */
    private static final Pattern LEADING_JOIN = Pattern.compile("^(?i:and|also|plus|en|ook)\\b,?\\s*");
    /** Prepositions that lead into a question word: "until when", "tot wanneer", "vanaf wanneer". */
    private static final Set<String> LEADS = Set.of("until", "till", "from", "since", "by", "tot", "vanaf", "sinds");
    /** Fewest words of a question of its own: "and the key?" leans on the question before it. */
    private static final int FEWEST_WORDS = 3;
    private static final ThreadLocal<Read> LAST_READ = new ThreadLocal<>();

    /** A text and its parts. */
    private record Read(String text, Parts parts) {
    }

    private QuestionParts() {
    }

    /**
     * The questions of {@code text}, and its statements as their context. The same text read again on the same thread
     * gets the same parts, as {@link QuestionShape#read} does: the question flow's outside questions and several
     * questions each cut one message into sentences and clauses in turn.
     */
    public static Parts of(String text) {
        Read last = LAST_READ.get();
        if (last != null && last.text().equals(text)) {
            return last.parts();
        }
        Parts parts = read(text);
        LAST_READ.set(new Read(text, parts));
        return parts;
    }

    private static Parts read(String text) {
        List<String> sentences = MessageClauses.sentencesOf(text);
        List<String> asked = sentences.stream().filter(s -> s.strip().endsWith("?")).toList();
        if (asked.isEmpty()) {
            Optional<Parts> listed = ListedQuestions.of(sentences);
            if (listed.isPresent()) {
                return listed.get();
            }
        }
        if (asked.isEmpty() && !sentences.isEmpty()) {
            asked = List.of(sentences.get(sentences.size() - 1));
        }
        List<String> context = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        for (String sentence : sentences) {
            if (!asked.contains(sentence)) {
                context.add(sentence.strip());
                continue;
            }
            for (String part : joined(sentence.strip())) {
                if (MessageClauses.tokens(part).size() >= FEWEST_WORDS) {
                    questions.add(LEADING_JOIN.matcher(part).replaceFirst(""));
                }
            }
        }
        return new Parts(String.join(" ", context), questions);
    }

    /** The sentence cut before each join that starts a question, when the clause before it opens as one too. */
    private static List<String> joined(String sentence) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            words.add(Normalized.of(m.group()).toLowerCase(Locale.ROOT));
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 1; i + 2 < words.size(); i++) {
            int start = spans.get(i)[0];
            if (JOINS.contains(words.get(i)) && opensQuestion(words, i + 1)
                    && opensQuestion(lastClause(sentence.substring(from, start)))) {
                parts.add(sentence.substring(from, start).strip().replaceAll("[,;]$", "") + "?");
                from = spans.get(i + 1)[0];
            }
        }
        parts.add(sentence.substring(from).strip());
        return parts;
    }

    /**
     * True when {@code question} opens with a question word of its own ("what is the weather tomorrow?", "hoe laat gaat
     * de supermarkt open?"): it asks something, where "could you help me out?" asks the bot for help.
     */
    public static boolean asksWithQuestionWord(String question) {
        List<String> words = MessageClauses.tokens(LEADING_JOIN.matcher(question.strip()).replaceFirst(""));
        if (words.isEmpty()) {
            return false;
        }
        int i = LEADS.contains(words.get(0)) && words.size() > 1 ? 1 : 0;
        return QuestionWords.ASKING_WORDS.contains(words.get(i)) && opensQuestion(words, 0);
    }

    private static List<String> lastClause(String text) {
        String[] clauses = CLAUSE_END.split(text);
        return MessageClauses.tokens(clauses[clauses.length - 1]);
    }

    private static boolean opensQuestion(List<String> words) {
        return !words.isEmpty() && opensQuestion(words, 0);
    }

    /**
     * True when the words from {@code at} open a question: a question word not followed by a subject ("what happens",
     * "hoe werkt", where "when I don't renew" tells a condition), maybe after "until" or "tot", or an inverted verb
     * with its subject ("can I", "kan ik").
     */
    private static boolean opensQuestion(List<String> words, int at) {
        int i = LEADS.contains(words.get(at)) && at + 1 < words.size() ? at + 1 : at;
        if (QuestionWords.ASKING_WORDS.contains(words.get(i))) {
            return i + 1 < words.size() && !QuestionWords.SUBJECTS.contains(words.get(i + 1));
        }
        return i == at && i + 1 < words.size() && QuestionWords.AUXILIARIES.contains(words.get(i))
                && QuestionWords.SUBJECTS.contains(words.get(i + 1));
    }
}
