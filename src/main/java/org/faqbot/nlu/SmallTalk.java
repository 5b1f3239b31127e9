package org.faqbot.nlu;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises greetings, thanks, goodbyes, "how are you", a bare "ok", requests for help, "can I talk to a human?",
 * frustration ({@link Frustration}) and questions about the bot and today ({@link AboutTheBot}), also two of them in one
 * message ("hallo, hoe gaat het?"), so that "hoi" or "thanks!" gets a friendly word instead of an FAQ entry. Small talk in
 * front of a real question ("Hi, how do I renew my benefits?", "ok thanks. and is my key still valid?") is not small talk:
 * {@link #strip} removes it and the question goes on.
 */
public final class SmallTalk {

    /** The longest message read as two pieces of small talk ("hallo, hoe gaat het?", "bedankt, dat was het"). */
    private static final int MAX_TWO_PART_WORDS = 10;

    /** What kind of small talk a message is. */
    public enum Kind {
        GREETING, THANKS, GOODBYE, HELP, HOW_ARE_YOU, ACKNOWLEDGEMENT,
        /** Thanks and a closing in one message: "bedankt, dat was het", "thanks, bye". */
        THANKS_GOODBYE,
        /** "Are you a bot?", "ben je een mens?". */
        BOT_OR_HUMAN,
        /** "Are you ChatGPT?": which assistant this is. */
        OTHER_ASSISTANT,
        /** "Is daar iemand?", "are you there?". */
        ANYONE_THERE,
        /** "What's today's date?", "welke dag is het vandaag?": answered with the day. */
        TODAY,
        /** "Can I talk to a human?": the bot cannot hand over, but can say where people help. */
        HUMAN_HELP,
        /** "Ik heb een vraag", "quick question about my key": the question itself is still to come. */
        QUESTION_COMING,
        /** "👎", "that didn't help", "I hate this bot": sorry, with where else to ask. */
        UNHAPPY
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,!.:;\\s]+");
    private static final Pattern LEADING_FILLER = Pattern.compile("^(ok|oke|okay|oh|ah|nou|well|so|en|and|please|pls|plz)\\s+");
    /** An address or a plea at the end ("can I talk to a human please", "een mens aub") asks nothing more. */
    private static final Pattern TRAILING_ADDRESS = Pattern.compile(
            "\\s+(bot|faqbot|there|please|pls|plz|alsjeblieft|alsjeblief|alstublieft|aub|graag|svp)$");
    /**
     * Announcing a question: the phrase alone, or with what it will be about in a few words ("ik heb een vraag
     * over mijn key"). Longer, the rest is the question itself, which {@link #strip} hands on without it.
     */
    private static final Pattern ANNOUNCEMENT = Pattern.compile("^(?:(?:ik heb|ik had|heb|had) (?:even |nog |ook )?"
            + "(?:een (?:vraag|vraagje|paar vragen)|vragen|een vraag(?:je)? voor je)|(?:een )?vraagje|(?:een )?snelle vraag"
            + "|(?:mag|kan) ik (?:je |u )?(?:iets|wat|een vraag|even wat|even iets) vragen"
            + "|(?:i )?(?:have|ve got|got|ve) (?:a (?:quick )?question|some questions|a few questions|a couple of questions|questions)"
            + "|(?:a )?quick question|(?:can|may|could) i ask (?:you )?(?:something|a question|a quick question))"
            + "(?: " + Topic.WORDS + " ((?:\\S+ ){0,2}\\S+))?$");
    /**
     * The words an announcement can open with, after a filler: a message that opens with none of them is no
     * announcement, so most questions skip the pattern (it is tried on several heads of a message).
     */
    private static final Set<String> ANNOUNCEMENT_STARTS = Set.of("ik", "heb", "had", "een", "vraagje", "snelle", "mag",
            "kan", "i", "ive", "have", "got", "a", "quick", "can", "may", "could", "ok", "oke", "okay", "oh", "ah", "nou", "well", "so",
            "en", "and", "please", "pls", "plz");
    /** The words that introduce what an announced question is about. */
    private static final class Topic {
        static final String WORDS = "(?:over|about|regarding|on|omtrent|mbt|ivm|voor|for)";
        static final Pattern START = Pattern.compile("^" + WORDS + "\\b", Pattern.CASE_INSENSITIVE);
    }

    /** A message of emoji only, by code point: the common ones read as the small talk they stand for (👍, 🙏, 👋, 👎). */
    private static final Map<Integer, Kind> EMOJI = Map.ofEntries(
            Map.entry(0x1F44D, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F44C, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F642, Kind.ACKNOWLEDGEMENT),
            Map.entry(0x1F60A, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F600, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F603, Kind.ACKNOWLEDGEMENT),
            Map.entry(0x1F604, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F601, Kind.ACKNOWLEDGEMENT), Map.entry(0x263A, Kind.ACKNOWLEDGEMENT),
            Map.entry(0x2705, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F44F, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F4AF, Kind.ACKNOWLEDGEMENT),
            Map.entry(0x1F197, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F609, Kind.ACKNOWLEDGEMENT), Map.entry(0x1F64F, Kind.THANKS),
            Map.entry(0x2764, Kind.THANKS), Map.entry(0x1F44B, Kind.GREETING), Map.entry(0x1F44E, Kind.UNHAPPY),
            Map.entry(0x1F641, Kind.UNHAPPY), Map.entry(0x2639, Kind.UNHAPPY), Map.entry(0x1F61E, Kind.UNHAPPY),
            Map.entry(0x1F615, Kind.UNHAPPY), Map.entry(0x1F620, Kind.UNHAPPY), Map.entry(0x1F621, Kind.UNHAPPY),
            Map.entry(0x1F622, Kind.UNHAPPY));
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
            "wat kan jij", "who are u", "what is this", "wat kun je allemaal", "wat kan je allemaal", "wat kun jij allemaal",
            "wat kan jij allemaal", "wat kun je allemaal doen", "wat kan je allemaal doen", "wat kan je nog meer",
            "wat kun je nog meer", "what else can you do", "what can you help me with", "what can you help with"));
    /** Closings that end a conversation without a goodbye word: read as goodbye, and after thanks as both. */
    private static final Set<String> CLOSINGS = Set.copyOf(List.of(
            "dat was het", "dat was alles", "dat is alles", "dat is het", "verder niets", "niets meer", "meer niet",
            "thats all", "that was all", "that is all", "thats it", "that was it", "nothing else", "nothing more", "all good"));
    private static final Set<String> HUMAN_HELP = Set.copyOf(List.of(
            "can i talk to a human", "can i speak to a human", "can i talk to a person", "can i speak to a person",
            "can i talk to someone", "can i speak to someone", "can i talk to a real person", "can i speak to a real person",
            "i want to talk to a human", "i want to speak to a human", "i want to talk to a person",
            "i want to speak to a person", "i want a human", "talk to a human", "speak to a human", "human please",
            "real person please", "let me talk to a human", "connect me to a human", "can i talk to support",
            "can i speak to an agent", "i want to speak to an agent", "ik wil een mens spreken", "ik wil met een mens praten",
            "ik wil een mens", "kan ik een mens spreken", "kan ik met een mens praten", "kan ik iemand spreken",
            "kan ik met iemand praten", "ik wil iemand spreken", "ik wil met iemand praten", "ik wil een medewerker spreken",
            "kan ik een medewerker spreken", "mag ik een mens spreken", "een mens graag", "een mens alsjeblieft", "human",
            "a human", "a real person", "real person", "an agent", "agent", "mens", "een mens", "medewerker", "een medewerker",
            "een echt persoon", "een echte medewerker", "support"));
    /**
     * Asking for a person in other words than the fixed phrases: a verb of talking with a person ("I'd like to chat with
     * an agent", "kan ik iemand bellen?", "is er een mens met wie ik kan praten?"). Talking must be asked for: "can I
     * give it to another person?" is a question for the FAQ.
     */
    private static final Pattern HUMAN_HELP_WORDS;
    static {
        String who = "(?:a |an |the |some )?(?:real |live |actual )?(?:human|humans|person|someone|somebody|agent|employee"
                + "|representative|operator|people|support|support staff)";
        String talk = "(?:talk|speak|chat|call|phone|contact|reach|email|get)";
        String wie = "(?:een |de |met een |met de |met )?(?:echte? )?(?:mens|persoon|iemand|medewerker|medewerkster"
                + "|helpdesk|servicedesk|support|mensen)";
        String praat = "(?:spreken|praten|bellen|chatten|contacteren|mailen|bereiken)";
        HUMAN_HELP_WORDS = Pattern.compile("(?:(?:can|could|may) i |(?:i (?:want|would like|wanna|need)|id like)(?: to)? |let me )?"
                + talk + "(?: to| with)? " + who
                + "|is there " + who + "(?: (?:that|who))? i can " + talk + "(?: to| with)?"
                + "|(?:i (?:want|need|would like)|id like) " + who
                + "|(?:(?:kan|mag|kun) ik |ik wil (?:graag )?|ik zou (?:graag )?)" + wie + " " + praat
                + "|is er " + wie + "(?: (?:die|met wie|waarmee) ik (?:kan|mag) " + praat + "| om mee te " + praat + ")?");
    }
    private static final Set<String> UNHAPPY = Set.copyOf(List.of(
            "that didnt help", "that did not help", "not helpful", "this is not helpful", "useless", "that doesnt help",
            "dat helpt niet", "daar heb ik niks aan", "daar heb ik niets aan", "niet behulpzaam", "je helpt me niet",
            "you are not helping", "youre not helping", "you are no help", "youre no help", "no help at all",
            "this doesnt help", "this does not help", "that does not help", "je bent geen hulp", "dit helpt niet",
            "hier heb ik niks aan", "hier heb ik niets aan", "thanks for nothing", "bedankt voor niks", "bedankt voor niets"));
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
    /**
     * The most words a fixed phrase has, with a leading filler and a trailing address ("ok, how are you bot"):
     * a longer message can only be thanks, so the phrase lists and their regular expressions are not tried on
     * every chat question.
     */
    private static final int LONGEST_PHRASE = Stream.of(GREETINGS, THANKS, GOODBYES, HELP, CLOSINGS, AboutTheBot.BOT_OR_HUMAN,
            AboutTheBot.ANYONE_THERE, HUMAN_HELP, HOW_ARE_YOU, ACKNOWLEDGEMENTS, UNHAPPY)
            .flatMap(Set::stream).mapToInt(p -> p.split(" ").length).max().orElse(0) + 2;

    private SmallTalk() {
    }

    /** The kind of small talk when the whole message is small talk, else empty. */
    public static Optional<Kind> classify(String text) {
        String phrase = String.join(" ", QuestionShape.tokens(text)).replace("'", "");
        if (phrase.isEmpty()) {
            return emoji(text);
        }
        return whole(phrase).or(() -> twoParts(phrase));
    }

    /**
     * The kind of a message of emoji only, by its first one ("👍👍", "🙏"); empty for any other or for one
     * whose meaning is not friendly small talk ("🤔" is better met by the fallback's examples).
     */
    private static Optional<Kind> emoji(String text) {
        int[] points = text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && c != 0xFE0F && c != 0x200D && !(c >= 0x1F3FB && c <= 0x1F3FF))
                .toArray();
        if (points.length == 0) {
            return Optional.empty();
        }
        for (int point : points) {
            if (!EMOJI.containsKey(point)) {
                return Optional.empty();
            }
        }
        return Optional.of(EMOJI.get(points[0]));
    }

    private static Optional<Kind> whole(String phrase) {
        if (wordCount(phrase) > LONGEST_PHRASE) {
            return isThanks(phrase) ? Optional.of(Kind.THANKS) : Optional.empty();
        }
        String bare = withoutFiller(phrase);
        for (Kind kind : Kind.values()) {
            if (phrases(kind).contains(phrase) || phrases(kind).contains(bare)) {
                return Optional.of(kind);
            }
        }
        if (CLOSINGS.contains(phrase)) {
            return Optional.of(Kind.GOODBYE);
        }
        if (HUMAN_HELP_WORDS.matcher(bare).matches()) {
            return Optional.of(Kind.HUMAN_HELP);
        }
        Optional<Kind> aboutTheBot = AboutTheBot.kind(phrase, bare);
        if (aboutTheBot.isPresent()) {
            return aboutTheBot;
        }
        if (Frustration.only(phrase)) {
            return Optional.of(Kind.UNHAPPY);
        }
        if (opensAnAnnouncement(bare) && ANNOUNCEMENT.matcher(bare).matches()) {
            return Optional.of(Kind.QUESTION_COMING);
        }
        return isThanks(phrase) ? Optional.of(Kind.THANKS) : Optional.empty();
    }

    /**
     * Two pieces of small talk in one message: "hallo, hoe gaat het?" is answered as its second part (the
     * greeting needs no answer of its own), and thanks with a closing ("bedankt, dat was het") as both.
     */
    private static Optional<Kind> twoParts(String phrase) {
        String[] words = phrase.split(" ");
        // Every split of every message was tried, a millisecond for a long chat question; two pieces of small
        // talk together are a few words.
        if (words.length > MAX_TWO_PART_WORDS) {
            return Optional.empty();
        }
        for (int split = 1; split < words.length; split++) {
            Optional<Kind> head = whole(String.join(" ", Arrays.copyOfRange(words, 0, split)));
            Optional<Kind> tail = head.isPresent() ? whole(String.join(" ", Arrays.copyOfRange(words, split, words.length)))
                    : Optional.empty();
            if (tail.isPresent()) {
                return Optional.of(combined(head.get(), tail.get()));
            }
        }
        return Optional.empty();
    }

    private static Kind combined(Kind head, Kind tail) {
        boolean thanks = head == Kind.THANKS || tail == Kind.THANKS;
        boolean goodbye = head == Kind.GOODBYE || tail == Kind.GOODBYE;
        return thanks && goodbye ? Kind.THANKS_GOODBYE : tail;
    }

    private static boolean isThanks(String phrase) {
        List<String> words = List.of(phrase.split(" "));
        // The other words first: a question fails at its first one.
        return words.stream().allMatch(w -> THANKING.contains(w) || THANKS_FILLER.contains(w))
                && words.stream().anyMatch(THANKING::contains);
    }

    private static int wordCount(String phrase) {
        int words = 1;
        for (int i = 0; i < phrase.length(); i++) {
            if (phrase.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    /** The message without the small talk in front of its question ("Hi, how do I ..." becomes "how do I ..."). */
    public static String strip(String text) {
        return withoutAnnouncement(QuestionOpening.without(text));
    }

    /**
     * "Ik heb een vraag: hoe verleng ik ..." without its announcement; one that names its topic ("a question
     * about my key, ...") is kept, since the topic belongs to the question.
     */
    private static String withoutAnnouncement(String text) {
        if (!opensAnAnnouncement(firstWord(text))) {
            return text;
        }
        List<String> words = List.of(SPACES.split(text.strip()));
        for (int n = Math.min(7, words.size() - 1); n >= 1; n--) {
            String head = String.join(" ", QuestionShape.tokens(String.join(" ", words.subList(0, n)))).replace("'", "");
            Matcher announcement = ANNOUNCEMENT.matcher(withoutFiller(head));
            if (announcement.matches()) {
                String rest = LEADING_PUNCTUATION.matcher(String.join(" ", words.subList(n, words.size()))).replaceFirst("");
                return announcement.group(1) != null || Topic.START.matcher(rest).find() ? text : rest;
            }
        }
        return text;
    }

    /** Whether {@code phrase} (normalised words) is a greeting: "hi", "goedemorgen". */
    static boolean isGreeting(String phrase) {
        return GREETINGS.contains(phrase);
    }

    /** The first word of {@code text} as {@link QuestionShape#tokens} reads it, without reading the rest. */
    static String firstWord(String text) {
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '\'' || text.charAt(end) == '\u2019')) {
            end++;
        }
        return Normalized.of(text.substring(start, end));
    }

    /** Whether {@code phrase} (normalised words) opens with a word an announcement can open with. */
    private static boolean opensAnAnnouncement(String phrase) {
        int space = phrase.indexOf(' ');
        return ANNOUNCEMENT_STARTS.contains((space < 0 ? phrase : phrase.substring(0, space)).replace("'", ""));
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
            case BOT_OR_HUMAN -> AboutTheBot.BOT_OR_HUMAN;
            case ANYONE_THERE -> AboutTheBot.ANYONE_THERE;
            case HUMAN_HELP -> HUMAN_HELP;
            case UNHAPPY -> UNHAPPY;
            case THANKS_GOODBYE, QUESTION_COMING, OTHER_ASSISTANT, TODAY -> Set.of();
        };
    }
}
