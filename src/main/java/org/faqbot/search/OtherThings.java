package org.faqbot.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;

/**
 * Tells when a question is about another thing than the home pages' things. Everyday life shares the FAQ's nouns and
 * verbs (renew, expire, install, membership), so such questions read like the FAQ's own in every other word; the
 * thing is what sets them apart, in two ways:
 *
 * <ul>
 * <li>a thing the FAQ names ("membership", "abonnement") made into something else by a word before it that no docs
 * page uses and that is no typo of one: "my gym membership", "mijn Netflix-abonnement". Partners' own unknown words
 * (slang, typos beyond repair, fillers, "mn", "ineens") are rarely the modifier of one of the FAQ's things right after
 * an article or possessive, and a thing that does not end its noun phrase ("our surplus partner licences": "partner"
 * is followed by another thing) is no head. A word after a thing and a preposition ("het abonnement op de
 * sportschool") is not taken for a modifier: it is as often where the thing goes ("benefits op de laptops");</li>
 * <li>a thing of the question's own that no docs page names, with none of the FAQ's things beside it: "how do I
 * renew my passport?" ({@link #thingOfItsOwn}) or the object of a verb ({@link VerbObjects}).</li>
 * </ul>
 *
 * <p>A word of the calendar ({@link CalendarWords}), a light word (general verbs, adverbs and adjectives such as
 * "inmiddels", "meanwhile": {@link TermWeights} counts them as on a share of the pages, so they are never unknown) or a
 * Dutch verb form ({@link DutchVerbs}) is neither, though no docs page may use it: "de verlengperiode zaterdag", "is
 * deze inmiddels vervallen?", "... dat het portaal dichtgaat" say when and what happens, not what the question is about. The FAQ's things are {@link ThingWords}. Thread-safe.
 */
final class OtherThings {

    /** A modifier joined to its head: "Netflix-abonnement", "Disney+ subscription". */
    private static final Pattern JOINED = Pattern.compile("-|\\+\\s*");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Words of one noun phrase stand apart or hyphenated: "mijn OV-chipkaart", "my e-reader". */
    private static final Pattern IN_PHRASE = Pattern.compile("\\s+|-");
    static final Set<String> POSSESSIVES = Set.of("my", "our", "your", "their", "mijn", "m'n", "mn", "onze", "ons", "je", "jouw",
            "uw", "hun");
    static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "de", "het", "een", "dit", "deze");
    static final Set<String> DETERMINERS = Stream.concat(POSSESSIVES.stream(), ARTICLES.stream()).collect(Collectors.toUnmodifiableSet());
    /**
     * A thing of the question's own has a word of at least this many letters: partners' short unknown words are
     * their abbreviations of the programme's things ("abo", "subs", "VS").
     */
    static final int OWN_THING_LETTERS = 5;
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{" + OWN_THING_LETTERS + ",}");
    /** Dutch possessives that stand for a thing after "de" / "het" ("ik de mijne, mijn collega de zijne"): no thing's name. */
    private static final Set<String> STANDING_POSSESSIVES = Set.of("mijne", "hare", "zijne", "jouwe");
    /** A noun phrase after one of these says where or with what, not what the question is about. */
    static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "for", "to", "from", "with", "of", "by", "about", "into",
            "onto", "under", "over", "after", "before", "during", "without", "via", "per", "like", "than", "op", "aan", "voor", "van",
            "met", "bij", "naar", "uit", "onder", "na", "tot", "door", "zonder", "om", "tegen", "sinds", "tijdens", "naast",
            "tussen", "achter", "als", "dan");

    private final ThingWords thingWords;

    private OtherThings(ThingWords thingWords) {
        this.thingWords = thingWords;
    }

    /** The other things than those of {@code homeEntries}, whose questions {@code analyzers} read (stems, no synonyms). */
    static OtherThings of(List<FaqEntry> homeEntries, Map<Lang, ? extends Analyzer> analyzers) {
        return new OtherThings(ThingWords.of(homeEntries, analyzers));
    }

    /**
     * The other thing {@code question} is about, as typed ("gym membership"), or empty; {@code unknown} tells, for
     * each of the question's content {@code words}, whether no docs page and no entry uses it, nor a word it may be
     * a typo of.
     */
    Optional<String> find(String question, Lang lang, List<QueryWord> words, boolean[] unknown) {
        if (!anyUnknown(unknown)) {
            return Optional.empty();
        }
        List<ThingToken> tokens = ThingTokens.analysed(question, lang, words, unknown, thingWords);
        for (int i = 0; i < tokens.size(); i++) {
            Optional<String> found = modifierBefore(question, tokens, i);
            if (found.isPresent()) {
                return namesAnotherOwnThing(tokens, i + 1) ? Optional.empty() : found;
            }
        }
        return namesAnyThing(tokens) || thingWords.synonymNamesAThing(words) ? Optional.empty()
                : thingOfItsOwn(question, tokens).or(() -> VerbObjects.find(question, tokens))
                        .filter(thing -> !STANDING_POSSESSIVES.contains(thing.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * "How do I renew my passport?", "mijn wasmachine is kapot": words of letters that no docs page uses, one of
     * them of at least {@value #OWN_THING_LETTERS} letters, as the thing a noun phrase of the question's own is about
     * (after an article or possessive and at most two words, and no preposition before it: "install Visual Studio on
     * my laptop" is about Visual Studio), in a question that names none of the FAQ's things in either language, by
     * a synonym neither ("VS subs"). The FAQ's verbs (renew, expire, install) are everyday life's, so the thing they
     * are done to tells the two apart.
     */
    private static Optional<String> thingOfItsOwn(String question, List<ThingToken> tokens) {
        for (int d = 0; d < tokens.size(); d++) {
            if (DETERMINERS.contains(tokens.get(d).folded()) && (d == 0 || !PREPOSITIONS.contains(tokens.get(d - 1).folded()))) {
                Optional<String> thing = phraseThing(question, tokens, d).filter(words -> LONG_WORD.matcher(words).find());
                if (thing.isPresent()) {
                    return thing;
                }
            }
        }
        return Optional.empty();
    }

    /** The run of unknown words within the three words after the determiner at {@code d}, as typed. */
    private static Optional<String> phraseThing(String question, List<ThingToken> tokens, int d) {
        for (int i = d + 1; i <= d + 3 && i < tokens.size() && (i == d + 1 ? SPACE : IN_PHRASE).matcher(gap(question, tokens, i - 1)).matches(); i++) {
            if (tokens.get(i).modifier()) {
                int last = i;
                while (last + 1 < tokens.size() && tokens.get(last + 1).modifier() && IN_PHRASE.matcher(gap(question, tokens, last)).matches()) {
                    last++;
                }
                return Optional.of(question.substring(tokens.get(i).start(), tokens.get(last).end()));
            }
        }
        return Optional.empty();
    }

    /** Whether any word of the question, content word or not, is one of the FAQ's things in either language. */
    private boolean namesAnyThing(List<ThingToken> tokens) {
        for (ThingToken token : tokens) {
            if (thingWords.isThingInEither(token.folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the question also names one of the FAQ's things on its own, not the modified one: "benefits run out
     * Jan 8, what's the last day I can redeem the leftover keys?" is about the programme's benefits, and its
     * unknown word ("leftover") describes the keys rather than making them another thing.
     */
    private static boolean namesAnotherOwnThing(List<ThingToken> tokens, int head) {
        for (int j = 0; j < tokens.size(); j++) {
            if (j != head && tokens.get(j).thing() && !tokens.get(j).folded().equals(tokens.get(head).folded())
                    && (j == 0 || !tokens.get(j - 1).modifier())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name in capitals that the docs do not use as written, or never beside the question's other words ("a refund from
     * AWS"), in a question that names none of the FAQ's things ({@link OwnAcronyms}): unlike the things above, which
     * are other than the home pages', it is no page's, so no page's entry answers the question.
     */
    Optional<String> nameOfNoPage(String question, Lang lang, List<QueryWord> words, boolean[] notAsWritten, WordsMeet meet) {
        if (!OwnAcronyms.mayFind(question)) {
            return Optional.empty();
        }
        List<ThingToken> tokens = ThingTokens.analysed(question, lang, words, notAsWritten, thingWords);
        return namesAnyThing(tokens) || thingWords.synonymNamesAThing(words) ? Optional.empty()
                : OwnAcronyms.find(question, words, notAsWritten, meet);
    }

    /**
     * Whether the question has the shape of another thing at all, before its words are analysed: a word of letters
     * joined to a thing ("Netflix-abonnement") or between an article or possessive and a thing ("my gym membership"),
     * or after an article or possessive in a question that names none of the FAQ's things ("my passport"). Most
     * questions with one of the FAQ's things name it without such a word ("my key"), and need no analysis then.
     */
    boolean mayFind(String question, Lang lang) {
        // The same test as find's, on every word of letters as a modifier and every thing as known: what it
        // turns away, find would too.
        List<ThingToken> tokens = ThingTokens.unanalysed(question, lang, thingWords);
        for (int i = 0; i < tokens.size(); i++) {
            if (modifierBefore(question, tokens, i).isPresent()) {
                return true;
            }
        }
        return !namesAnyThing(tokens) && (thingOfItsOwn(question, tokens).isPresent() || VerbObjects.mayFind(question));
    }

    /** Whether the question has a word no docs page uses at all: most have none, and cost no more then. */
    private static boolean anyUnknown(boolean[] unknown) {
        for (boolean u : unknown) {
            if (u) {
                return true;
            }
        }
        return false;
    }

    /**
     * "my gym membership", "Netflix-abonnement", "my colleague's gym membership": an unknown word right before a thing
     * that ends its noun phrase.
     */
    private static Optional<String> modifierBefore(String question, List<ThingToken> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i).modifier() || !tokens.get(i + 1).thing() || !endsPhrase(question, tokens, i + 1)) {
            return Optional.empty();
        }
        String gap = gap(question, tokens, i);
        boolean joined = JOINED.matcher(gap).matches();
        boolean afterDeterminer = SPACE.matcher(gap).matches() && i > 0 && SPACE.matcher(gap(question, tokens, i - 1)).matches()
                && (POSSESSIVES.contains(tokens.get(i - 1).folded()) || ARTICLES.contains(tokens.get(i - 1).folded())
                        || PersonWords.possessive(tokens.get(i - 1).folded()));
        return joined || afterDeterminer ? Optional.of(question.substring(tokens.get(i).start(), tokens.get(i + 1).end())) : Optional.empty();
    }

    /** Whether the token at {@code i} ends its noun phrase: no further thing follows it in the same stretch of words. */
    private static boolean endsPhrase(String question, List<ThingToken> tokens, int i) {
        return i + 1 >= tokens.size() || !SPACE.matcher(gap(question, tokens, i)).matches() || !tokens.get(i + 1).thing();
    }

    private static String gap(String question, List<ThingToken> tokens, int i) {
        return ThingTokens.gap(question, tokens, i);
    }
}
