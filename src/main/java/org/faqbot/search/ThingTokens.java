package org.faqbot.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;

/**
 * A question's words as {@link OtherThings} reads them: which could make one of the FAQ's things another thing
 * (modifiers) and which are the FAQ's things. Kept apart from the decision because telling a modifier needs the
 * search's analysis of the question (which words no docs page uses), the calendar and, in Dutch, the verbs.
 */
final class ThingTokens {

    /** A word as typed; "m'n" and "customer's" are one word. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’]\\p{L}+)?");
    /** A modifier is a word of letters: numbers and versions ("365", "E5") are not things of their own. */
    private static final Pattern MODIFIER = Pattern.compile("\\p{L}{3,}");
    /** Punctuation that ends a clause. */
    private static final String CLAUSE_END = ",.;:!?()";

    private ThingTokens() {
    }

    /**
     * Every word of letters as a modifier and every thing as known, before the question is analysed: what
     * {@link OtherThings#find} would find among these, it may find among the analysed ones.
     */
    static List<ThingToken> unanalysed(String question, Lang lang, ThingWords thingWords) {
        List<ThingToken> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(question);
        while (matcher.find()) {
            String folded = KbVocabulary.fold(matcher.group());
            tokens.add(new ThingToken(folded, matcher.start(), matcher.end(), MODIFIER.matcher(matcher.group()).matches(),
                    thingWords.isThing(folded, lang), true));
        }
        return tokens;
    }

    /**
     * The question's words, a word a modifier when it is one of the analysed content {@code words} that
     * {@code unknown} marks as used by no docs page, and no word of the calendar, Dutch verb or person ("my coworker").
     */
    static List<ThingToken> analysed(String question, Lang lang, List<QueryWord> words, boolean[] unknown, ThingWords thingWords) {
        Map<Integer, Integer> wordByStart = new HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            for (int start : words.get(w).starts()) {
                wordByStart.put(start, w);
            }
        }
        List<ThingToken> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(question);
        while (matcher.find()) {
            Integer w = wordByStart.get(matcher.start());
            boolean isUnknown = w != null && unknown[w];
            String folded = KbVocabulary.fold(matcher.group());
            boolean dutchVerb = lang == Lang.NL && DutchVerbs.isVerbForm(folded);
            boolean modifier = isUnknown && MODIFIER.matcher(matcher.group()).matches() && !CalendarWords.contains(folded) && !dutchVerb
                    && !PersonWords.contains(folded);
            boolean thing = w != null && !isUnknown && thingWords.isThing(folded, lang);
            tokens.add(new ThingToken(folded, matcher.start(), matcher.end(), modifier, thing, w != null && !isUnknown || dutchVerb));
        }
        return lang == Lang.NL ? withoutClauseVerbs(question, tokens) : tokens;
    }

    /** The text between the token at {@code i} and the next. */
    static String gap(String question, List<ThingToken> tokens, int i) {
        return question.substring(tokens.get(i).end(), tokens.get(i + 1).start());
    }

    /** {@code tokens} with the last word of each Dutch subordinate clause no modifier: it is the clause's verb. */
    private static List<ThingToken> withoutClauseVerbs(String question, List<ThingToken> tokens) {
        if (tokens.stream().noneMatch(ThingToken::modifier)) {
            return tokens;
        }
        List<String> words = new ArrayList<>(tokens.size());
        boolean[] endsClause = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            words.add(tokens.get(i).folded());
            endsClause[i] = i + 1 == tokens.size() || endsClause(question, tokens.get(i).end(), tokens.get(i + 1).start());
        }
        boolean[] verbs = DutchVerbs.endingClauses(words, endsClause);
        for (int i = 0; i < tokens.size(); i++) {
            if (verbs[i] && tokens.get(i).modifier()) {
                tokens.set(i, tokens.get(i).asVerb());
            }
        }
        return tokens;
    }

    /** Whether punctuation that ends a clause stands in {@code question} from {@code from} (inclusive) to {@code to}. */
    private static boolean endsClause(String question, int from, int to) {
        for (int c = from; c < to; c++) {
            if (CLAUSE_END.indexOf(question.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
