package org.faqbot.nlu;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises greetings, thanks ({@link Thanks}), goodbyes, "how are you", a bare "ok", requests for help, "can I talk to a
 * human?" ({@link HumanHelp}), an announced question ({@link Announcement}), friendly and unhappy emoji ({@link EmojiTalk}),
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
        UNHAPPY,
        /** "That's wrong", "klopt niet": sorry, with how to give the right date and where else to ask. */
        WRONG,
        /** "Sorry", "mijn fout": no problem. */
        APOLOGY
    }

    private static final Pattern LEADING_FILLER = Pattern.compile("^(ok|oke|okay|oh|ah|nou|well|so|en|and|please|pls|plz|but|maar)\\s+");
    /** A letter repeated at the end of a word, three times or more, or twice: "heyy", "hallooo". */
    private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1+(?= |$)");
    /** An address or a plea at the end ("can I talk to a human please", "een mens aub") asks nothing more. */
    private static final Pattern TRAILING_ADDRESS = Pattern.compile(
            "\\s+(bot|faqbot|there|please|pls|plz|alsjeblieft|alsjeblief|alstublieft|aub|graag|svp)$");

    private static final Set<String> GREETINGS = Set.copyOf(List.of(
            "hi", "hello", "hey", "hiya", "howdy", "yo", "good morning", "good afternoon", "good evening", "greetings",
            "hoi", "hallo", "hai", "hee", "goedemorgen", "goedemiddag", "goedenavond", "dag", "goeiedag", "hey there",
            "hi there", "hello there", "morning", "middag", "moi"));
    private static final Set<String> THANKS = Set.copyOf(List.of(
            "thanks", "thank you", "thx", "ty", "thanks a lot", "many thanks", "thank you very much", "cheers", "great thanks",
            "dank", "dank je", "dank je wel", "dankjewel", "dank u", "dank u wel", "bedankt", "thanks!", "top bedankt",
            "super bedankt", "merci", "perfect bedankt", "ok thanks", "ok bedankt", "great", "perfect", "super", "top"));
    private static final Set<String> GOODBYES = Set.copyOf(List.of(
            "bye", "goodbye", "bye bye", "see you", "later", "doei", "dag dag", "tot ziens", "tot later", "houdoe", "fijne dag",
            "fijne dag nog", "fijne dag verder", "nog een fijne dag", "prettige dag", "prettige dag nog", "fijne avond",
            "fijne avond nog", "fijn weekend", "fijn weekend nog", "goede dag nog", "tot morgen", "groetjes", "welterusten",
            "have a nice day", "have a good day", "have a great day", "have a nice weekend", "have a good weekend",
            "have a good one", "take care", "good night", "goodnight", "cya", "ciao"));
    private static final Set<String> HELP = Set.copyOf(List.of(
            "help", "help me", "what can you do", "what do you know", "who are you", "what are you", "menu", "hulp",
            "wat kun je", "wat kan je", "wat kun jij", "wat kun je doen", "wat kan je doen", "wie ben je", "wat ben je",
            "wat weet je", "hoe werkt dit", "how does this work", "options", "opties", "wie ben jij", "wat ben jij",
            "wat kan jij", "who are u", "what is this", "wat kun je allemaal", "wat kan je allemaal", "wat kun jij allemaal",
            "wat kan jij allemaal", "wat kun je allemaal doen", "wat kan je allemaal doen", "wat kan je nog meer",
            "wat kun je nog meer", "what else can you do", "what can you help me with", "what can you help with",
            "who made you", "who built you", "who created you", "who developed you", "who programmed you", "who is behind you",
            "who is behind this bot", "wie heeft jou gemaakt", "wie heeft je gemaakt", "wie heeft jou gebouwd",
            "wie heeft je gebouwd", "wie heeft jou ontwikkeld", "wie heeft je ontwikkeld", "wie heeft je geprogrammeerd",
            "wie zit er achter jou", "wie zit er achter je", "wie zit achter deze bot", "door wie ben je gemaakt"));
    /** Closings that end a conversation without a goodbye word: read as goodbye, and after thanks as both. */
    private static final Set<String> CLOSINGS = Set.copyOf(List.of(
            "dat was het", "dat was alles", "dat is alles", "dat is het", "verder niets", "niets meer", "meer niet",
            "thats all", "that was all", "that is all", "thats it", "that was it", "nothing else", "nothing more", "all good"));
    private static final Set<String> UNHAPPY = Set.copyOf(List.of(
            "that didnt help", "that did not help", "not helpful", "this is not helpful", "useless", "that doesnt help",
            "dat helpt niet", "daar heb ik niks aan", "daar heb ik niets aan", "niet behulpzaam", "je helpt me niet",
            "you are not helping", "youre not helping", "you are no help", "youre no help", "no help at all",
            "this doesnt help", "this does not help", "that does not help", "je bent geen hulp", "dit helpt niet",
            "hier heb ik niks aan", "hier heb ik niets aan", "thanks for nothing", "bedankt voor niks", "bedankt voor niets",
            "je snapt er niks van", "je snapt er niets van", "je begrijpt er niks van", "je begrijpt er niets van",
            "je snapt het niet", "je begrijpt het niet", "je begrijpt me niet", "je snapt me niet", "je snapt niks",
            "je begrijpt niks", "you dont understand", "you dont get it", "you dont understand me", "you do not understand",
            "you understand nothing"));
    private static final Set<String> APOLOGIES = Set.copyOf(List.of(
            "sorry", "sorry my bad", "my bad", "oops", "oops sorry", "sorry about that", "sorry for that", "my apologies",
            "apologies", "sorry wrong chat", "excuses", "mijn excuses", "mijn fout", "sorry mijn fout", "oeps", "oeps sorry",
            "sorry hoor", "sorry daarvoor", "excuus", "sorry verkeerde chat"));
    private static final Set<String> HOW_ARE_YOU = Set.copyOf(List.of(
            "how are you", "how are you doing", "how r u", "how is it going", "hows it going", "how do you do", "whats up",
            "hoe gaat het", "hoe gaat het met je", "hoe gaat het met jou", "hoe is het", "alles goed", "hoe gaat ie"));
    private static final Set<String> ACKNOWLEDGEMENTS = Set.copyOf(List.of(
            "ok", "oke", "okay", "okey", "okido", "k", "kk", "alright", "all right", "fine", "got it", "i see", "understood",
            "noted", "cool", "nice", "prima", "goed", "helder", "duidelijk", "begrepen", "ik snap het", "ah zo", "aha", "oh"));
    /**
     * The most words a fixed phrase has, with a leading filler and a trailing address ("ok, how are you bot"):
     * a longer message can only be thanks, so the phrase lists and their regular expressions are not tried on
     * every chat question.
     */
    private static final int LONGEST_PHRASE = Stream.of(GREETINGS, THANKS, GOODBYES, HELP, CLOSINGS, AboutTheBot.BOT_OR_HUMAN,
            AboutTheBot.ANYONE_THERE, HumanHelp.PHRASES, HOW_ARE_YOU, ACKNOWLEDGEMENTS, UNHAPPY, APOLOGIES)
            .flatMap(Set::stream).mapToInt(p -> p.split(" ").length).max().orElse(0) + 2;

    private SmallTalk() {
    }

    /** The kind of small talk when the whole message is small talk, else empty. */
    public static Optional<Kind> classify(String text) {
        String phrase = String.join(" ", QuestionShape.tokens(text)).replace("'", "");
        if (phrase.isEmpty()) {
            return EmojiTalk.of(text);
        }
        return whole(phrase).or(() -> twoParts(phrase));
    }

    private static Optional<Kind> whole(String phrase) {
        if (wordCount(phrase) > LONGEST_PHRASE) {
            return Thanks.only(phrase) ? Optional.of(Kind.THANKS) : Optional.empty();
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
        if (HumanHelp.inOtherWords(bare)) {
            return Optional.of(Kind.HUMAN_HELP);
        }
        Optional<Kind> aboutTheBot = AboutTheBot.kind(phrase, bare);
        if (aboutTheBot.isPresent()) {
            return aboutTheBot;
        }
        if (Frustration.only(phrase)) {
            return Optional.of(Kind.UNHAPPY);
        }
        if (Disagreement.only(bare)) {
            return Optional.of(Kind.WRONG);
        }
        if (isGreeting(unstretched(bare, 1)) || isGreeting(unstretched(bare, 2))) {
            return Optional.of(Kind.GREETING);
        }
        if (Announcement.is(bare)) {
            return Optional.of(Kind.QUESTION_COMING);
        }
        return Thanks.only(phrase) ? Optional.of(Kind.THANKS) : Optional.empty();
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
        return Announcement.strip(QuestionOpening.without(text));
    }

    /**
     * {@code phrase} with the letters repeated at a word's end cut to {@code keep}: a stretched greeting ("heyy", "hiii",
     * "hallooo") is tried as "hey", "hi", "hallo", and with two kept as "hee".
     */
    private static String unstretched(String phrase, int keep) {
        return STRETCHED.matcher(phrase).replaceAll(keep == 1 ? "$1" : "$1$1");
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

    /** {@code phrase} (normalised words) without a filler in front ("ok, ...") and an address or plea at its end. */
    static String withoutFiller(String phrase) {
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
            case HUMAN_HELP -> HumanHelp.PHRASES;
            case UNHAPPY -> UNHAPPY;
            case APOLOGY -> APOLOGIES;
            case THANKS_GOODBYE, QUESTION_COMING, OTHER_ASSISTANT, TODAY, WRONG -> Set.of();
        };
    }
}
