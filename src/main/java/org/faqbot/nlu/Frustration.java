package org.faqbot.nlu;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Frustration or an insult and nothing else ("I hate this bot", "you are useless", "fuck this", "kut bot", "wat een
 * waardeloze bot"), for {@link SmallTalk}: met with the short sorry that says where else to ask, not with the "I don't
 * know" of a question. Only a message made of such words and words that address or point counts: "my key is useless
 * since yesterday, until when was it valid?" is a question.
 */
final class Frustration {

    /** Longer messages say more than their frustration. */
    private static final int MAX_WORDS = 8;

    /** Words of frustration or abuse that say so on their own. */
    private static final Set<String> STRONG = Set.copyOf(List.of(
            "hate", "useless", "stupid", "dumb", "idiot", "idiotic", "moron", "sucks", "suck", "sucky", "worthless",
            "pathetic", "rubbish", "crap", "crappy", "garbage", "trash", "terrible", "awful", "horrible", "ridiculous",
            "annoying", "pointless", "lame", "fuck", "fucking", "fck", "fuk", "shit", "shitty", "bullshit", "damn", "wtf",
            "ffs", "waardeloos", "waardeloze", "nutteloos", "nutteloze", "zinloos", "zinloze", "stom", "stomme", "domme",
            "haat", "kut", "kutbot", "kutding", "klote", "klotebot", "rotbot", "irritant", "irritante", "belachelijk",
            "belachelijke", "kansloos", "kansloze", "idioot", "verdomme", "godverdomme", "bagger", "ruk", "sukkel", "waste",
            "nonsense", "onzin", "tijdverspilling", "hopeless", "hopeloos"));
    /**
     * Words that are frustration only when the message is about the bot ("bad bot", "je bent dom"): "is it bad?" may
     * ask about the user's own case.
     */
    private static final Set<String> WEAK = Set.copyOf(List.of(
            "bad", "worst", "slow", "boring", "slecht", "slechte", "slechtste", "dom", "traag", "saai"));
    /** What the bot is called in such a message. */
    private static final Set<String> ADDRESS = Set.copyOf(List.of(
            "you", "u", "ur", "youre", "bot", "chatbot", "robot", "thing", "je", "jij", "jou", "ding"));
    /** Words around the frustration that ask or tell nothing: "what a", "this is so", "ik heb een hekel aan". */
    private static final Set<String> FILLER = Set.copyOf(List.of(
            "i", "are", "re", "r", "am", "this", "that", "thats", "it", "its", "is", "so", "such", "a", "an", "the", "what",
            "really", "totally", "completely", "just", "absolutely", "very", "too", "man", "omg", "ugh", "argh", "seriously",
            "honestly", "god", "oh", "my", "off", "and", "wat", "een", "bent", "ben", "deze", "dit", "die", "zo", "echt", "ik",
            "im", "ive", "getting", "now", "already", "all", "word", "wordt", "raak", "nu", "al", "er",
            "heb", "hekel", "aan", "gewoon", "helemaal", "nou", "pff", "zeg", "heel", "erg", "toch", "hoor", "jezus", "het",
            "de", "dat", "help", "hulp", "voor", "ever", "total", "complete", "utter", "piece", "of", "ooit", "allerslechtste",
            "totaal", "compleet",
            // What the user is fed up with waiting for: "tired of waiting", "ik ben het wachten zat".
            "waiting", "wait", "wachten", "gewacht", "long", "lang"));

    /**
     * Verbs by which the bot is told it does not understand ("you never understand anything", "jij snapt ook nooit iets"):
     * frustration only with a denial and said to the bot; "I don't understand" is the user's own confusion.
     */
    private static final Set<String> UNDERSTANDING = Set.copyOf(List.of(
            "understand", "understands", "understood", "get", "gets", "snap", "snapt", "snapte", "begrijp", "begrijpt", "begreep"));
    /** Words a nonsense or not-understanding complaint says beside its verb: "this makes no sense", "dat slaat nergens op". */
    private static final Set<String> COMPLAINT_WORDS = Set.copyOf(List.of(
            "ook", "iets", "er", "van", "me", "mij", "anything", "slaat", "nergens", "op", "time", "tijd", "mijn", "makes", "no",
            "sense", "to"));

    /**
     * Being fed up said in a few words ("I'm sick of this", "fed up with it", "ik ben het zat", "ik word er gek van"): each
     * word alone ("sick", "zat", "gek") says something else, so the phrase is read as one word of frustration.
     */
    private static final Pattern FED_UP = Pattern.compile("\\b(?:(?:so |really )?sick (?:and tired )?of|fed up(?: with)?|tired of"
            + "|had (?:it|enough)(?: with)?|(?:spuug|kots|strontje)?zat|(?:kots|spuug)?beu|(?:schoon |meer dan )?genoeg van"
            + "|(?:word|wordt) (?:er |hier )?(?:gek|knettergek|horendol) van|frustrating|frustrated|frustrerend|gefrustreerd)\\b");
    /** Where a first clause ends: "I'm so fed up, when ...", "ik ben het zat. Wanneer ...", "sick of it - until when ...". */
    private static final Pattern CLAUSE_END = Pattern.compile("[,.;:!?…]+|\\s[-–—]\\s");
    /** One of these is in every phrase {@link #FED_UP} finds. */
    private static final List<String> FED_UP_PARTS = List.of("sick", "fed up", "tired of", "had ", "zat", "beu", "van", "frustr");
    /** The one word a fed-up phrase is read as. */
    private static final String FED_UP_WORD = "fedup";

    private static final Pattern NONSENSE = Pattern.compile("\\b(?:makes no sense|slaat (?:\\p{L}+ )?nergens op)\\b");

    /**
     * Words of a complaint that something fails, which say frustration only beside an emoji of anger ("😡 niks werkt",
     * "🤬 nothing works"): alone, "het werkt niet" may still be followed by what does not work.
     */
    private static final Set<String> FAILING = Set.copyOf(List.of(
            "werkt", "werken", "werkte", "helpt", "lukt", "gaat", "kapot", "stuk", "mislukt", "work", "works", "working",
            "worked", "helps", "helped", "broken", "fails", "failed", "failing"));
    /** The denials such a complaint says its failing with. */
    private static final Set<String> DENIALS = Set.copyOf(List.of(
            "niks", "niets", "niet", "nothing", "not", "doesnt", "dont", "didnt", "isnt", "never", "nooit", "nog", "steeds",
            "weer", "alweer", "still", "again", "anything", "at", "all", "mis", "fout", "wrong", "goes"));

    private Frustration() {
    }

    /**
     * Whether {@code phrase} (normalised words, separated by single spaces) is a complaint that something fails and
     * nothing more: it names no thing ("niks werkt", "it doesn't work at all"), so it asks no question to search for.
     */
    static boolean complaint(String phrase) {
        String[] words = phrase.split(" ");
        if (words.length > MAX_WORDS) {
            return false;
        }
        boolean failing = false;
        for (String word : words) {
            if (FAILING.contains(word) || STRONG.contains(word)) {
                failing = true;
            } else if (!DENIALS.contains(word) && !FILLER.contains(word) && !ADDRESS.contains(word)) {
                return false;
            }
        }
        return failing;
    }

    /** "This makes no sense", "dat slaat nergens op": the reply called nonsense, with no word of a question beside it. */
    private static boolean nonsense(String phrase) {
        return NONSENSE.matcher(phrase).find();
    }

    /**
     * Where the question starts after a first clause of frustration ("I'm tired of waiting, when does it expire?", "ik ben
     * het wachten zat, wanneer verloopt hij?"); empty when the message opens with no such clause or has nothing after it.
     */
    static OptionalInt questionAfter(String text) {
        Matcher end = CLAUSE_END.matcher(text);
        if (!end.find()) {
            return OptionalInt.empty();
        }
        String clause = String.join(" ", QuestionShape.tokens(text.substring(0, end.start()))).replace("'", "");
        int rest = end.end();
        while (rest < text.length() && !Character.isLetterOrDigit(text.charAt(rest))) {
            rest++;
        }
        return !clause.isEmpty() && rest < text.length() && only(clause) ? OptionalInt.of(rest) : OptionalInt.empty();
    }

    /**
     * Whether {@code phrase} holds a word every form of {@link #FED_UP} has: most short messages hold none, and the
     * replacement then tried the pattern at every word of every one.
     */
    private static boolean mayBeFedUp(String phrase) {
        for (String part : FED_UP_PARTS) {
            if (phrase.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code phrase} (normalised words, separated by single spaces) is frustration and nothing else. */
    static boolean only(String phrase) {
        String[] words = (mayBeFedUp(phrase) ? FED_UP.matcher(phrase).replaceAll(FED_UP_WORD) : phrase).split(" ");
        if (words.length > MAX_WORDS) {
            return false;
        }
        boolean strong = false;
        boolean weak = false;
        boolean addressed = false;
        boolean understanding = false;
        boolean denied = false;
        // One pass that stops at the first word of a question: most messages fail on their first or second word.
        for (String word : words) {
            if (STRONG.contains(word) || word.equals(FED_UP_WORD)) {
                strong = true;
            } else if (WEAK.contains(word)) {
                weak = true;
            } else if (ADDRESS.contains(word)) {
                addressed = true;
            } else if (UNDERSTANDING.contains(word)) {
                understanding = true;
            } else if (DENIALS.contains(word) || COMPLAINT_WORDS.contains(word)) {
                denied |= DENIALS.contains(word) || word.equals("no");
            } else if (!FILLER.contains(word)) {
                return false;
            }
        }
        boolean notUnderstood = understanding && denied && addressed && !"i".equals(words[0]) && !"ik".equals(words[0]);
        return strong || (weak && addressed) || notUnderstood || nonsense(phrase);
    }
}
