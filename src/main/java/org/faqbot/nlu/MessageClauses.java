package org.faqbot.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One message cut into the parts its shape is read from: its words, its question sentences and their clauses, each
 * worked out when first needed, since most callers ask only one or two things of a message. Only the question
 * sentences count (the ones that end in a question mark, or the last one when none does): in "we already redeemed the
 * key. Does it expire?" the first sentence tells the story.
 */
final class MessageClauses {

    /** Sentence ends: punctuation, a line break, or an emoji, which chat writers put where a full stop would go. */
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\n+|\\s*\\p{So}+\\s*");
    private static final Pattern CLAUSES = Pattern.compile("\\s*[,;:]\\s+|\\s+[-\u2013\u2014]\\s+");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}']+");

    /**
     * The last clause of a question sentence, where a question is tagged on to a statement ("I redeemed it in March,
     * still valid?"); {@code asked} when its sentence ends in a question mark.
     */
    record Tail(List<String> words, boolean asked) {
    }

    private final String text;
    private List<String> tokens;
    private String padded;
    private List<String> sentences;
    private List<List<String>> clauses;
    private List<List<String>> questions;
    private List<Tail> tails;

    MessageClauses(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** All the message's words, {@link Normalized}, in order. */
    List<String> tokens() {
        if (tokens == null) {
            tokens = tokens(text);
        }
        return tokens;
    }

    /** The whole message as {@link #padded(String)} makes it. */
    String padded() {
        if (padded == null) {
            padded = padded(text);
        }
        return padded;
    }

    /** The sentences that end in a question mark, or the last sentence when none does. */
    List<String> sentences() {
        if (sentences == null) {
            sentences = chosenSentences(text);
        }
        return sentences;
    }

    /** The words of each clause of the question sentences. */
    List<List<String>> clauses() {
        if (clauses == null) {
            clauses = sentences().stream().flatMap(s -> clausesOf(s).stream()).toList();
        }
        return clauses;
    }

    /** The question clauses, with questions joined by a conjunction cut apart. */
    List<List<String>> questions() {
        if (questions == null) {
            questions = clauses().stream().flatMap(c -> joinedQuestions(c).stream()).toList();
        }
        return questions;
    }

    /** The last clause of each question sentence. */
    List<Tail> tails() {
        if (tails == null) {
            tails = sentences().stream().map(MessageClauses::tailOf).flatMap(Optional::stream).toList();
        }
        return tails;
    }

    /** The words of {@code text}, {@link Normalized}, split at every character that is no letter, digit or apostrophe. */
    static List<String> tokens(String text) {
        // The runs of letters, digits and apostrophes, read in one pass: TOKEN_SPLIT's split, which every
        // reader of a message's shape asks for, cost a regex scan per message and reader.
        String normalized = Normalized.of(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < normalized.length(); ) {
            int point = normalized.codePointAt(i);
            boolean inWord = Character.isLetter(point) || isNumber(point) || point == '\'';
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(normalized.substring(start, i));
                start = -1;
            }
            i += Character.charCount(point);
        }
        if (start >= 0) {
            words.add(normalized.substring(start));
        }
        return Collections.unmodifiableList(words);
    }

    /** Whether {@code point} is in {@code \p{N}}, as {@link #TOKEN_SPLIT} reads it. */
    private static boolean isNumber(int point) {
        int type = Character.getType(point);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The normalised text with every run of non-word characters a single space, padded, for " phrase " lookups. */
    static String padded(String text) {
        // By hand, as tokens(String) reads the runs: TOKEN_SPLIT's replaceAll was a regex scan per message and reader.
        String normalized = Normalized.of(text);
        StringBuilder padded = new StringBuilder(normalized.length() + 2).append(' ');
        boolean inGap = false;
        for (int i = 0; i < normalized.length(); ) {
            int point = normalized.codePointAt(i);
            if (Character.isLetter(point) || isNumber(point) || point == '\'') {
                padded.appendCodePoint(point);
                inGap = false;
            } else if (!inGap) {
                padded.append(' ');
                inGap = true;
            }
            i += Character.charCount(point);
        }
        return padded.append(' ').toString();
    }

    private static Optional<Tail> tailOf(String sentence) {
        List<List<String>> parts = clausesOf(sentence);
        return parts.isEmpty() ? Optional.empty() : Optional.of(new Tail(parts.get(parts.size() - 1), sentence.strip().endsWith("?")));
    }

    private static List<List<String>> clausesOf(String sentence) {
        if (!mayCutClause(sentence)) {
            // Without a sign CLAUSES needs, its split is the whole sentence.
            List<String> words = tokens(sentence);
            return words.isEmpty() ? List.of() : List.of(words);
        }
        return Arrays.stream(CLAUSES.split(sentence)).map(MessageClauses::tokens).filter(t -> !t.isEmpty()).toList();
    }

    /** Whether {@link #CLAUSES} can match in {@code sentence}: it needs one of its signs. */
    private static boolean mayCutClause(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '-' || c == '\u2013' || c == '\u2014') {
                return true;
            }
        }
        return false;
    }

    /** All the sentences of {@code text}, as written, cut where {@link #SENTENCES} says one ends. */
    static List<String> sentencesOf(String text) {
        String stripped = text.strip();
        if (!mayEndSentence(stripped)) {
            // Most messages are one sentence: without a place where SENTENCES can match, its split is the whole text.
            return Stream.of(stripped).filter(s -> !s.isBlank()).toList();
        }
        return Arrays.stream(SENTENCES.split(stripped)).filter(s -> !s.isBlank()).toList();
    }

    /** Whether {@link #SENTENCES} can match in {@code text}: a line break, an emoji, or [.!?] before a space. */
    private static boolean mayEndSentence(String text) {
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            boolean stop = point == '.' || point == '!' || point == '?';
            if (point == '\n' || Character.getType(point) == Character.OTHER_SYMBOL
                    || stop && i + 1 < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i + 1)) >= 0) {
                return true;
            }
            i += Character.charCount(point);
        }
        return false;
    }

    private static List<String> chosenSentences(String text) {
        List<String> sentences = sentencesOf(text);
        List<String> questions = sentences.stream().filter(s -> s.strip().endsWith("?")).toList();
        return questions.isEmpty() && !sentences.isEmpty() ? List.of(sentences.get(sentences.size() - 1)) : questions;
    }

    /**
     * A clause cut where a conjunction starts an inverted question ("... en kan ik ...", "and is it
     * ..."), for questions joined without a comma; the conjunction itself is dropped.
     */
    private static List<List<String>> joinedQuestions(List<String> clause) {
        List<List<String>> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i + 2 < clause.size(); i++) {
            if (QuestionWords.CONJUNCTIONS.contains(clause.get(i)) && QuestionWords.AUXILIARIES.contains(clause.get(i + 1))
                    && QuestionWords.SUBJECTS.contains(clause.get(i + 2))) {
                if (i > from) {
                    parts.add(clause.subList(from, i));
                }
                from = i + 1;
            }
        }
        parts.add(clause.subList(from, clause.size()));
        return parts;
    }
}
