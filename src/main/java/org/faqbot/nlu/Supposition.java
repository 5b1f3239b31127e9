package org.faqbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a date belongs to an action the user supposes or plans ("if I redeem it next Friday", "should I
 * redeem it tomorrow?", "stel dat ik hem morgen activeer", "als ik hem volgende week inwissel") rather
 * than one they say has happened ("I redeemed it last week"). A planned action may lie in the future; a
 * done one may not. Works on both languages at once, because Dutch messages mix in English.
 */
public final class Supposition {

    /** Punctuation ends a sentence or clause only before a space, so "30.09.2021" stays whole. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|\\n");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?,;:](?=\\s|$)|\\n");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}']+");

    /**
     * Phrases that put an action in a condition, a supposition, a plan or a question of advice ("is it better to redeem
     * it now?"). "When I" counts too: with a present verb ("when I redeem it") it speaks of a time still to come.
     */
    private static final List<String> MARKERS = List.of(
            "if", "suppose", "supposing", "assuming", "say i", "say we", "in case", "should i", "should we", "shall i",
            "shall we", "were to", "would", "i'll", "we'll", "i will", "we will", "will i", "will we", "going to",
            "gonna", "plan to", "planning to", "want to", "intend to", "about to", "thinking of", "when i", "when we",
            "once i", "once we", "als ik", "als we", "als wij", "als je", "stel", "gesteld dat", "indien", "mocht",
            "mochten", "zou", "zouden", "zal ik", "zullen we", "ga ik", "ik ga", "gaan we", "we gaan", "van plan",
            "wil ik", "ik wil", "willen we", "we willen", "moet ik", "moeten we", "wanneer ik", "wanneer we",
            "zodra ik", "zodra we", "better to", "best to", "is het beter", "kan ik beter", "kunnen we beter", "beter om",
            "will be");

    /**
     * A supposition about the past ("if I had redeemed it on 1 March", "als ik hem op 1 maart had
     * ingewisseld"): its past verb does not make it a fact.
     */
    private static final Pattern COUNTERFACTUAL = Pattern.compile(
            " (?:if (?:i|we|you) (?:had|'d) |had (?:i|we) |(?:als|indien|stel dat|stel) (?:ik|we|wij|je|jij)(?: .*)? (?:had|hadden|zou hebben|zouden hebben) )");

    /** Words that state the action as done ("I had redeemed", "ik heb hem ingewisseld", "two weeks ago"). */
    private static final Set<String> DONE = Set.of(
            "did", "was", "were", "had", "have", "has", "'ve", "ago", "heb", "hebt", "heeft", "hebben", "hadden",
            "waren", "werd", "werden", "geleden");
    /**
     * A Dutch passive still to come, "zal volgende week worden ingewisseld": a marker only with "zal" or "zullen", since
     * "kunnen productcodes worden ingewisseld?" asks about the redeem deadline, not about a planned redemption.
     */
    private static final Pattern DUTCH_FUTURE_PASSIVE = Pattern.compile(" (?:zal|zullen) (?:\\S+ )*?worden ");
    /** "have to" is a need, not a perfect tense. */
    private static final Set<String> NEED = Set.of("to");
    /** English words ending in "-ed" that are no past form. */
    private static final Set<String> NOT_PAST = Set.of("need", "indeed", "speed", "proceed", "exceed", "succeed");
    /** Dutch participles with "ge-", after an optional separable prefix: "ingewisseld", "geactiveerd", "toegekend". */
    private static final Pattern DUTCH_PARTICIPLE = Pattern.compile("(aan|af|in|op|toe|uit|over|door|mee|weg|terug)?ge\\p{L}{3,}[dt]");
    /** Present forms that look like such a participle, and the "gesteld" of "gesteld dat" (suppose that). */
    private static final Set<String> NOT_PARTICIPLE = Set.of("gebruikt", "gebeurt", "geldt", "gelijkt", "gewend", "gesteld");
    /** Dutch participles the pattern misses: strong verbs and unstressed prefixes. */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of(
            "toegewezen", "gegeven", "gekregen", "overgedragen", "doorgegeven", "verzilverd", "verlengd", "vernieuwd");

    private Supposition() {
    }

    /**
     * False when no part of {@code text} can be supposed or planned: it holds no marker ("if", "als", "stel") and
     * no counterfactual. A caller that would ask {@link #around} for many spans of a message asks this once first.
     */
    public static boolean mayHold(String text) {
        String padded = padded(Normalized.of(text));
        return COUNTERFACTUAL.matcher(padded).find() || MARKERS.stream().anyMatch(m -> padded.contains(" " + m + " "));
    }

    /**
     * True when the date at {@code start}..{@code end} (offsets in {@code text}, end exclusive) is the
     * time of a supposed or planned action: a marker stands in its sentence before or in its clause,
     * and its clause does not state the action as done.
     */
    public static boolean around(String text, int start, int end) {
        // Boundaries come from the text as written (normalising turns line breaks into spaces); offsets match.
        String normalized = Normalized.of(text);
        int sentenceStart = lastMatchBefore(SENTENCE_END, text, start);
        int clauseStart = lastMatchBefore(CLAUSE_END, text, start);
        int clauseEnd = firstMatchFrom(CLAUSE_END, text, end);
        String upToClauseEnd = padded(normalized.substring(sentenceStart, clauseEnd));
        boolean marked = MARKERS.stream().anyMatch(m -> upToClauseEnd.contains(" " + m + " "))
                || DUTCH_FUTURE_PASSIVE.matcher(upToClauseEnd).find();
        return counterfactual(text, start, end) || marked && !statesDone(normalized.substring(clauseStart, clauseEnd));
    }

    /**
     * True when the date at {@code start}..{@code end} is the time of an action the user supposes had
     * happened, without saying it did: "if I had redeemed the key on 1 March, would it still work?". Such a
     * date keeps the past reading of its verb; {@link #around} counts it as supposed too.
     */
    public static boolean counterfactual(String text, int start, int end) {
        String normalized = Normalized.of(text);
        int sentenceStart = lastMatchBefore(SENTENCE_END, text, start);
        int clauseEnd = firstMatchFrom(CLAUSE_END, text, end);
        return COUNTERFACTUAL.matcher(padded(normalized.substring(sentenceStart, clauseEnd))).find();
    }

    /**
     * True when the clause of the date at {@code start}..{@code end} states its action as done: a past form or a perfect
     * tense ("redeemed", "ik heb hem ... ingewisseld", "two weeks ago"). Without one, "I redeem the key tomorrow" is a plan.
     */
    public static boolean statedDone(String text, int start, int end) {
        int clauseStart = lastMatchBefore(CLAUSE_END, text, start);
        int clauseEnd = firstMatchFrom(CLAUSE_END, text, end);
        return statesDone(Normalized.of(text).substring(clauseStart, clauseEnd));
    }

    /**
     * True when the clause has a past form or a perfect tense: "redeemed", "ingewisseld", "we had"; not a participle of a
     * passive still to come ("will be redeemed", "zal worden ingewisseld").
     */
    private static boolean statesDone(String clause) {
        List<String> tokens = tokens(clause);
        boolean dutchFuture = DUTCH_FUTURE_PASSIVE.matcher(padded(clause)).find();
        for (int i = 0; i < tokens.size(); i++) {
            boolean need = i + 1 < tokens.size() && NEED.contains(tokens.get(i + 1));
            if (DONE.contains(tokens.get(i)) && !need || isPastForm(tokens.get(i)) && !dutchFuture && !futurePassive(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code word} (lower case) is a past form or participle: "assigned", "ingewisseld", "toegewezen". */
    public static boolean pastForm(String word) {
        return isPastForm(word);
    }

    /** Whether the participle at {@code i} follows "will be", "'ll be", "gonna be" or "going to be": a passive to come. */
    private static boolean futurePassive(List<String> tokens, int i) {
        if (i < 2 || !"be".equals(tokens.get(i - 1))) {
            return false;
        }
        String before = tokens.get(i - 2);
        return "will".equals(before) || before.endsWith("'ll") || "gonna".equals(before)
                || "to".equals(before) && i >= 3 && "going".equals(tokens.get(i - 3));
    }

    private static boolean isPastForm(String token) {
        boolean english = token.length() >= 5 && token.endsWith("ed") && !NOT_PAST.contains(token);
        boolean dutch = DUTCH_PARTICIPLE.matcher(token).matches() && !NOT_PARTICIPLE.contains(token);
        return english || dutch || IRREGULAR_PARTICIPLES.contains(token);
    }

    private static int lastMatchBefore(Pattern pattern, String text, int index) {
        int found = 0;
        Matcher m = pattern.matcher(text);
        while (m.find() && m.start() < index) {
            found = m.end();
        }
        return found;
    }

    private static int firstMatchFrom(Pattern pattern, String text, int index) {
        Matcher m = pattern.matcher(text);
        return m.find(Math.min(index, text.length())) ? m.start() : text.length();
    }

    private static String padded(String text) {
        return " " + String.join(" ", tokens(text)) + " ";
    }

    /**
     * The runs of letters, digits and apostrophes of {@code text}, as {@link #TOKEN_SPLIT} cuts them: by hand, as the
     * readers of a supposition pad every clause of every message (the split and its stream were a hundredth of a reply).
     */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isTokenChar(c)) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** {@code [\p{L}\p{N}']}, the complement of {@link #TOKEN_SPLIT}'s class. */
    private static boolean isTokenChar(int c) {
        if (c == '\'' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
