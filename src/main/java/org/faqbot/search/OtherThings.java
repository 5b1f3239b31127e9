package org.faqbot.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;

/**
 * Tells when a question is about another thing than the home pages' things: a thing the FAQ names ("membership",
 * "subscription", "abonnement") made into something else by a word before it that no docs page uses and that is no
 * typo of one: "my gym membership", "mijn Netflix-abonnement". Everyday life shares the FAQ's nouns and verbs (renew,
 * expire, membership), so such questions read like the FAQ's own in every other word; the modifier is what sets them
 * apart. Partners' own unknown words (slang, typos beyond repair, fillers, "mn", "ineens") are rarely the modifier of
 * one of the FAQ's things right after an article or possessive, and a thing that does not end its noun phrase ("our
 * surplus partner licences": "partner" is followed by another thing) is no head.
 *
 * <p>The things are the words that follow a possessive in the home pages' questions and answers, or an article in
 * their questions ("your membership", "de licentie"), as written, so that a verb that shares a noun's stem
 * ("verlengen", "verlenging") is none; a Dutch word in -en after "het" is a verb used as a noun ("het toevoegen") and
 * none either. A word after a thing and a preposition ("het abonnement op de sportschool") is not taken for a
 * modifier: it is as often where the thing goes ("benefits op de laptops"). Thread-safe.
 */
final class OtherThings {

    /** A word as typed; "m'n" and "customer's" are one word. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’]\\p{L}+)?");
    /** A modifier is a word of letters: numbers and versions ("365", "E5") are not things of their own. */
    private static final Pattern MODIFIER = Pattern.compile("\\p{L}{3,}");
    /** A modifier joined to its head: "Netflix-abonnement", "Disney+ subscription". */
    private static final Pattern JOINED = Pattern.compile("-|\\+\\s*");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Set<String> POSSESSIVES = Set.of("my", "our", "your", "their", "mijn", "m'n", "mn", "onze", "ons", "je", "jouw",
            "uw", "hun");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "de", "het", "een", "dit", "deze");
    /** Plural and genitive endings: a thing matches its plural ("licenties", "subscriptions") as written. */
    private static final List<String> ENDINGS = List.of("s", "es", "en", "n", "'s");

    private final Map<Lang, Set<String>> things;

    private OtherThings(Map<Lang, Set<String>> things) {
        this.things = things;
    }

    /** The things of {@code homeEntries}; none when there are no home entries. */
    static OtherThings of(List<FaqEntry> homeEntries) {
        Map<Lang, Set<String>> things = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Set<String> words = new java.util.HashSet<>();
            for (FaqEntry entry : homeEntries) {
                addThings(entry.question().get(lang), true, words);
                addThings(EntryDocuments.plainText(entry.answer().get(lang)), false, words);
            }
            things.put(lang, Set.copyOf(words));
        }
        return new OtherThings(things);
    }

    private static void addThings(String text, boolean afterArticles, Set<String> into) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(KbVocabulary.fold(text));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        for (int i = 1; i < words.size(); i++) {
            String before = words.get(i - 1);
            String word = words.get(i);
            boolean verbAsNoun = before.equals("het") && word.endsWith("en");
            if (POSSESSIVES.contains(before) || afterArticles && ARTICLES.contains(before) && !verbAsNoun) {
                into.add(word);
            }
        }
    }

    /**
     * The other thing {@code question} is about, as typed ("gym membership"), or empty; {@code unknown} tells, for
     * each of the question's content {@code words}, whether no docs page and no entry uses it, nor a word it may be
     * a typo of.
     */
    Optional<String> find(String question, Lang lang, List<QueryWord> words, boolean[] unknown) {
        if (!anyModifierAndThing(question, lang, words, unknown)) {
            return Optional.empty();
        }
        List<Token> tokens = tokens(question, lang, words, unknown);
        for (int i = 0; i < tokens.size(); i++) {
            Optional<String> found = modifierBefore(question, tokens, i);
            if (found.isPresent()) {
                return namesAnotherOwnThing(tokens, i + 1) ? Optional.empty() : found;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the question also names one of the FAQ's things on its own, not the modified one: "benefits run out
     * Jan 8, what's the last day I can redeem the leftover keys?" is about the programme's benefits, and its
     * unknown word ("leftover") describes the keys rather than making them another thing.
     */
    private static boolean namesAnotherOwnThing(List<Token> tokens, int head) {
        for (int j = 0; j < tokens.size(); j++) {
            if (j != head && tokens.get(j).thing() && !tokens.get(j).folded().equals(tokens.get(head).folded())
                    && (j == 0 || !tokens.get(j - 1).modifier())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the question has the shape of another thing at all, before its words are analysed: a word of letters
     * joined to a thing ("Netflix-abonnement") or between an article or possessive and a thing ("my gym membership").
     * Most questions with one of the FAQ's things name it without such a word ("my key"), and need no analysis then.
     */
    boolean mayFind(String question, Lang lang) {
        // The same test as find's, on every word of letters as a modifier and every thing as known: what it
        // turns away, find would too.
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(question);
        while (matcher.find()) {
            String folded = KbVocabulary.fold(matcher.group());
            tokens.add(new Token(folded, matcher.start(), matcher.end(), MODIFIER.matcher(matcher.group()).matches(), isThing(folded, lang)));
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (modifierBefore(question, tokens, i).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the question has an unknown word and a thing at all: most have neither, and cost no more then. */
    private boolean anyModifierAndThing(String question, Lang lang, List<QueryWord> words, boolean[] unknown) {
        boolean anyUnknown = false;
        boolean anyThing = false;
        for (int w = 0; w < words.size(); w++) {
            anyUnknown |= unknown[w];
            anyThing |= !unknown[w] && isThing(KbVocabulary.fold(words.get(w).typedText(question)), lang);
        }
        return anyUnknown && anyThing;
    }

    /** "my gym membership", "Netflix-abonnement": an unknown word right before a thing that ends its noun phrase. */
    private static Optional<String> modifierBefore(String question, List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i).modifier() || !tokens.get(i + 1).thing() || !endsPhrase(question, tokens, i + 1)) {
            return Optional.empty();
        }
        String gap = gap(question, tokens, i);
        boolean joined = JOINED.matcher(gap).matches();
        boolean afterDeterminer = SPACE.matcher(gap).matches() && i > 0 && SPACE.matcher(gap(question, tokens, i - 1)).matches()
                && (POSSESSIVES.contains(tokens.get(i - 1).folded()) || ARTICLES.contains(tokens.get(i - 1).folded()));
        return joined || afterDeterminer ? Optional.of(question.substring(tokens.get(i).start(), tokens.get(i + 1).end())) : Optional.empty();
    }

    /** Whether the token at {@code i} ends its noun phrase: no further thing follows it in the same stretch of words. */
    private static boolean endsPhrase(String question, List<Token> tokens, int i) {
        return i + 1 >= tokens.size() || !SPACE.matcher(gap(question, tokens, i)).matches() || !tokens.get(i + 1).thing();
    }

    /** The text between the token at {@code i} and the next. */
    private static String gap(String question, List<Token> tokens, int i) {
        return question.substring(tokens.get(i).end(), tokens.get(i + 1).start());
    }

    private List<Token> tokens(String question, Lang lang, List<QueryWord> words, boolean[] unknown) {
        Map<Integer, Integer> wordByStart = new java.util.HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            for (int start : words.get(w).starts()) {
                wordByStart.put(start, w);
            }
        }
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(question);
        while (matcher.find()) {
            Integer w = wordByStart.get(matcher.start());
            QueryWord word = w == null ? null : words.get(w);
            boolean isUnknown = word != null && unknown[w];
            boolean modifier = isUnknown && MODIFIER.matcher(matcher.group()).matches();
            String folded = KbVocabulary.fold(matcher.group());
            boolean thing = word != null && !isUnknown && isThing(folded, lang);
            tokens.add(new Token(folded, matcher.start(), matcher.end(), modifier, thing));
        }
        return tokens;
    }

    /** Whether the word as written (folded), or it without a plural ending or with one, is one of the home pages' things. */
    private boolean isThing(String folded, Lang lang) {
        Set<String> known = things.get(lang);
        if (known.contains(folded)) {
            return true;
        }
        for (String ending : ENDINGS) {
            if (known.contains(folded + ending) || folded.endsWith(ending) && known.contains(folded.substring(0, folded.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word of the question as typed.
     *
     * @param modifier a content word of letters that no docs page uses (nor a word it may be a typo of)
     * @param thing    a known content word that is one of the home pages' things
     */
    private record Token(String folded, int start, int end, boolean modifier, boolean thing) {
    }
}
