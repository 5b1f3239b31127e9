package org.faqbot.nlu;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.faqbot.nlu.SmallTalk.Kind;

/**
 * Small talk in front of a question, for {@link SmallTalk#strip}: "Hi, how do I ...", "ok thanks. and is my key still
 * valid?", "top, dank je. wanneer ...". The question is answered without it, as if asked alone.
 */
final class QuestionOpening {

    /** The small talk that may open a question; the rest of the message is the question. */
    private static final Set<Kind> OPENINGS = EnumSet.of(Kind.GREETING, Kind.THANKS, Kind.ACKNOWLEDGEMENT, Kind.HOW_ARE_YOU,
            Kind.UNHAPPY);
    /** The most words of small talk in front of a question ("ok, thank you very much!"). */
    private static final int MAX_WORDS = 6;
    /** The most words of a greeting that runs on into the question without a sign ("good morning how do I ..."). */
    private static final int MAX_GREETING_WORDS = 3;
    /** Signs that end small talk in front of a question. */
    private static final String CLAUSE_END = ",.!?;:";
    private static final Set<String> JOINING_WORDS = Set.of("and", "en");
    /** Words a question opens with: after small talk, an "and" in front of one only joins the question on. */
    private static final Set<String> QUESTION_OPENERS = Set.copyOf(List.of(
            "is", "are", "can", "could", "may", "do", "does", "did", "will", "would", "should", "has", "have", "was", "were",
            "what", "whats", "what's", "when", "where", "which", "who", "why", "how", "kan", "kun", "kunnen", "kunt", "mag",
            "moet", "zijn", "ben", "heb", "heeft", "hebben", "wordt", "zal", "zou", "wat", "wanneer", "waar", "welke", "welk",
            "wie", "waarom", "hoe", "hoelang", "hoeveel", "blijft", "werkt", "geldt", "klopt", "gaat"));
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,!.:;\\s]+");

    private QuestionOpening() {
    }

    /**
     * {@code text} without the small talk in front of its question. A greeting may run on into the question ("hi how
     * do I ..."); other small talk must end its clause or be followed by "and", so that "top 3 benefits?" and "goed
     * nieuws: ..." keep their first word.
     */
    static String without(String text) {
        List<String> words = List.of(SPACES.split(text.strip()));
        for (int n = Math.min(MAX_WORDS, words.size() - 1); n >= 1; n--) {
            String head = String.join(" ", words.subList(0, n));
            boolean greeting = n <= MAX_GREETING_WORDS && SmallTalk.isGreeting(String.join(" ", QuestionShape.tokens(head)));
            if (greeting || (endsOpening(words, n) && SmallTalk.classify(head).filter(OPENINGS::contains).isPresent())) {
                String rest = LEADING_PUNCTUATION.matcher(String.join(" ", words.subList(n, words.size()))).replaceFirst("");
                return withoutJoiningWord(rest);
            }
        }
        return text;
    }

    /** Whether the first {@code n} words end a clause: a sign after the last, or an "and" after them. */
    private static boolean endsOpening(List<String> words, int n) {
        String last = words.get(n - 1);
        return CLAUSE_END.indexOf(last.charAt(last.length() - 1)) >= 0 || JOINING_WORDS.contains(SmallTalk.firstWord(words.get(n)));
    }

    /**
     * "and is my key still valid?" after thanks without its "and", which only joined the question to the thanks; "and
     * my other key?" keeps it, for that is a follow-up of the answer before.
     */
    private static String withoutJoiningWord(String rest) {
        String[] words = SPACES.split(rest, 3);
        if (words.length > 2 && JOINING_WORDS.contains(SmallTalk.firstWord(words[0]))
                && QUESTION_OPENERS.contains(SmallTalk.firstWord(words[1]))) {
            return words[1] + " " + words[2];
        }
        return rest;
    }
}
