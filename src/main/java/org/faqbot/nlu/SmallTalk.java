package org.faqbot.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises greetings, thanks, goodbyes, "how are you", a bare "ok" and requests for help, so that
 * "hoi" or "thanks!" gets a friendly word instead of an FAQ entry. A greeting in front of a real question ("Hi, how do I renew
 * my benefits?") is not small talk: {@link #strip} removes it and the question goes on.
 */
public final class SmallTalk {

    /** What kind of small talk a message is. */
    public enum Kind { GREETING, THANKS, GOODBYE, HELP, HOW_ARE_YOU, ACKNOWLEDGEMENT }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,!.\\s]+");
    private static final Pattern LEADING_FILLER = Pattern.compile("^(ok|oke|okay|oh|ah|nou|well|so|en|and)\\s+");
    private static final Pattern TRAILING_ADDRESS = Pattern.compile("\\s+(bot|faqbot|there)$");
    private static final Set<String> GREETINGS = Set.copyOf(List.of(
            "hi", "hello", "hey", "hiya", "howdy", "yo", "good morning", "good afternoon", "good evening", "greetings",
            "hoi", "hallo", "hai", "hee", "goedemorgen", "goedemiddag", "goedenavond", "dag", "goeiedag", "hey there",
            "hi there", "hello there", "morning", "middag", "moi"));
    private static final Set<String> THANKS = Set.copyOf(List.of(
            "thanks", "thank you", "thx", "ty", "thanks a lot", "many thanks", "thank you very much", "cheers", "great thanks",
            "dank", "dank je", "dank je wel", "dankjewel", "dank u", "dank u wel", "bedankt", "thanks!", "top bedankt",
            "super bedankt", "merci", "perfect bedankt", "ok thanks", "ok bedankt", "great", "perfect", "super", "top"));
    private static final Set<String> GOODBYES = Set.copyOf(List.of(
            "bye", "goodbye", "bye bye", "see you", "later", "doei", "dag dag", "tot ziens", "tot later", "houdoe", "fijne dag"));
    private static final Set<String> HELP = Set.copyOf(List.of(
            "help", "help me", "what can you do", "what do you know", "who are you", "what are you", "menu", "hulp",
            "wat kun je", "wat kan je", "wat kun jij", "wat kun je doen", "wat kan je doen", "wie ben je", "wat ben je",
            "wat weet je", "hoe werkt dit", "how does this work", "options", "opties", "wie ben jij", "wat ben jij",
            "wat kan jij", "who are u", "what is this"));
    private static final Set<String> HOW_ARE_YOU = Set.copyOf(List.of(
            "how are you", "how are you doing", "how r u", "how is it going", "hows it going", "how do you do", "whats up",
            "hoe gaat het", "hoe gaat het met je", "hoe gaat het met jou", "hoe is het", "alles goed", "hoe gaat ie"));
    private static final Set<String> ACKNOWLEDGEMENTS = Set.copyOf(List.of(
            "ok", "oke", "okay", "okey", "okido", "k", "kk", "alright", "all right", "fine", "got it", "i see", "understood",
            "noted", "cool", "nice", "prima", "goed", "helder", "duidelijk", "begrepen", "ik snap het", "ah zo", "aha", "oh"));
    /**
     * Words a thank-you is made of, beyond the fixed phrases: a message of only these words with a thanking
     * word among them ("thank you so much", "top, dank!", "heel erg bedankt") is thanks however they are combined.
     */
    private static final Set<String> THANKING = Set.copyOf(List.of(
            "thanks", "thank", "thx", "tnx", "ty", "dank", "bedankt", "dankjewel", "dankuwel", "merci", "cheers"));
    private static final Set<String> THANKS_FILLER = Set.copyOf(List.of(
            "you", "u", "so", "very", "much", "a", "lot", "many", "again", "really", "for", "the", "your", "help", "all",
            "ok", "oke", "okay", "great", "perfect", "super", "top", "je", "jij", "wel", "heel", "erg", "hartelijk", "zeer",
            "veel", "nogmaals", "voor", "de", "hulp", "echt", "mate"));

    private SmallTalk() {
    }

    /** The kind of small talk when the whole message is small talk, else empty. */
    public static Optional<Kind> classify(String text) {
        String phrase = String.join(" ", QuestionShape.tokens(text)).replace("'", "");
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            if (phrases(kind).contains(phrase) || phrases(kind).contains(withoutFiller(phrase))) {
                return Optional.of(kind);
            }
        }
        return isThanks(phrase) ? Optional.of(Kind.THANKS) : Optional.empty();
    }

    private static boolean isThanks(String phrase) {
        List<String> words = List.of(phrase.split(" "));
        return words.stream().anyMatch(THANKING::contains)
                && words.stream().allMatch(w -> THANKING.contains(w) || THANKS_FILLER.contains(w));
    }

    /** The message without a leading greeting ("Hi, how do I ..." becomes "how do I ..."). */
    public static String strip(String text) {
        List<String> words = List.of(SPACES.split(text.strip()));
        for (int n = Math.min(3, words.size() - 1); n >= 1; n--) {
            String head = String.join(" ", QuestionShape.tokens(String.join(" ", words.subList(0, n))));
            if (GREETINGS.contains(head)) {
                return LEADING_PUNCTUATION.matcher(String.join(" ", words.subList(n, words.size()))).replaceFirst("");
            }
        }
        return text;
    }

    private static String withoutFiller(String phrase) {
        return TRAILING_ADDRESS.matcher(LEADING_FILLER.matcher(phrase).replaceAll("")).replaceAll("");
    }

    private static Set<String> phrases(Kind kind) {
        return switch (kind) {
            case GREETING -> GREETINGS;
            case THANKS -> THANKS;
            case GOODBYE -> GOODBYES;
            case HELP -> HELP;
            case HOW_ARE_YOU -> HOW_ARE_YOU;
            case ACKNOWLEDGEMENT -> ACKNOWLEDGEMENTS;
        };
    }
}
