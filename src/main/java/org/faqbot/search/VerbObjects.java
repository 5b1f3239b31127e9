package org.faqbot.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A thing of the question's own without an article or possessive before it, for {@link OtherThings}: the object or
 * subject of a verb, "how do I install Ubuntu?", "hoe kan ik Ubuntu installeren?", "installeer ik Ubuntu", "Ubuntu
 * doet het niet". The FAQ's how-to verbs (install, activate, renew) are everyday life's, and a name or word that no
 * docs page uses, nor a word it may be a typo of, right beside one says the question is about something else. As with
 * a thing after an article, one of its words has at least {@value OtherThings#OWN_THING_LETTERS} letters (partners'
 * abbreviations of the programme's things are shorter), the question names none of the FAQ's things (checked by the
 * caller), and a word after a preposition says where or with what ("install it on Fedora"), not what. Thread-safe.
 */
final class VerbObjects {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Words of one noun phrase stand apart or hyphenated: "Red-Hat Linux". */
    private static final Pattern IN_PHRASE = Pattern.compile("\\s+|-");
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{" + OtherThings.OWN_THING_LETTERS + ",}");
    /** A subject between a Dutch question's verb and its object: "installeer ik Ubuntu", "kun je ... ". */
    private static final Set<String> SUBJECTS = Set.of("ik", "je", "jij", "u", "we", "wij", "i", "you");

    private VerbObjects() {
    }

    /** The first run of unknown words, as typed, that is a verb's object or subject; empty when there is none. */
    static Optional<String> find(String question, List<ThingToken> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).modifier() || i > 0 && tokens.get(i - 1).modifier() && inPhrase(question, tokens, i - 1)) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && tokens.get(last + 1).modifier() && inPhrase(question, tokens, last)) {
                last++;
            }
            if (anyPreposition(tokens, i, last)) {
                continue;
            }
            String thing = question.substring(tokens.get(i).start(), tokens.get(last).end());
            boolean afterPreposition = i > 0 && OtherThings.PREPOSITIONS.contains(tokens.get(i - 1).folded());
            if (LONG_WORD.matcher(thing).find() && !afterPreposition && (verbBefore(question, tokens, i) || verbAfter(question, tokens, last))) {
                return Optional.of(thing);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code question} may have a verb's object of its own, before its words are analysed: a word long enough
     * to be one. What this turns away, {@link #find} would too.
     */
    static boolean mayFind(String question) {
        return LONG_WORD.matcher(question).find();
    }

    /** "install Ubuntu", "installeer ik Ubuntu": a verb right before the run, or a verb and its subject. */
    private static boolean verbBefore(String question, List<ThingToken> tokens, int first) {
        if (first == 0 || !spaced(question, tokens, first - 1)) {
            return false;
        }
        if (isVerb(tokens.get(first - 1))) {
            return true;
        }
        return first >= 2 && SUBJECTS.contains(tokens.get(first - 1).folded()) && spaced(question, tokens, first - 2)
                && isVerb(tokens.get(first - 2));
    }

    /** "Ubuntu installeren", "Ubuntu doet het niet": a verb right after the run. */
    private static boolean verbAfter(String question, List<ThingToken> tokens, int last) {
        return last + 1 < tokens.size() && spaced(question, tokens, last) && isVerb(tokens.get(last + 1));
    }

    /**
     * A content word the docs use that is neither one of the FAQ's things nor an article, possessive or preposition: in a
     * question that names none of the FAQ's things, the verb (or the noun of a verb, "refund") done to the thing.
     */
    private static boolean isVerb(ThingToken token) {
        return token.known() && !token.modifier() && !token.thing() && !OtherThings.DETERMINERS.contains(token.folded())
                && !OtherThings.PREPOSITIONS.contains(token.folded());
    }

    /**
     * Whether a word of the run is a preposition the docs do not use as written: a Dutch verb's particle ("hoe kan ik
     * daar achter komen?") or a word of place, no thing.
     */
    private static boolean anyPreposition(List<ThingToken> tokens, int first, int last) {
        for (int t = first; t <= last; t++) {
            if (OtherThings.PREPOSITIONS.contains(tokens.get(t).folded())) {
                return true;
            }
        }
        return false;
    }

    private static boolean spaced(String question, List<ThingToken> tokens, int i) {
        return SPACE.matcher(ThingTokens.gap(question, tokens, i)).matches();
    }

    private static boolean inPhrase(String question, List<ThingToken> tokens, int i) {
        return IN_PHRASE.matcher(ThingTokens.gap(question, tokens, i)).matches();
    }
}
