package org.faqbot.nlu;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

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
        APOLOGY,
        /** "Do you store my data?", "wie kan mijn gegevens zien?": what is kept, for how long, /mydata and /forget. */
        PRIVACY,
        /** "What's your name?", "hoe heet je?". */
        NAME,
        /** "What languages do you speak?": Dutch and English. */
        LANGUAGES,
        /** "Are you available 24/7?": always, being a bot. */
        AVAILABLE,
        /** "What time is it?", "hoe laat is het?": the time by the bot's clock, with the day. */
        TIME,
        /** "Huh?", "ik snap het niet", "can you explain that more simply?": an offer to ask again, the source link, /help. */
        CONFUSED,
        /** "I love you", "je bent geweldig", "😍": thanks. */
        COMPLIMENT,
        /** "🎉🎉", "🥳": glad to hear it. */
        CHEER,
        /** "Who made you?", "wie heeft jou gemaakt?": who made the bot and where its answers come from. */
        MAKER,
        /** "🤷‍♂️", "🔑🔑🔑", "🇳🇱?", "rip": nothing the bot can read a question from; what it can do. */
        SHRUG
    }

    private static final List<String> FILLERS = List.of("ok", "oke", "okay", "oh", "ah", "nou", "well", "so", "en", "and", "please", "pls",
            "plz", "but", "maar");
    private static final Set<String> FILLER_SET = Set.copyOf(FILLERS);
    private static final Pattern LEADING_FILLER = Pattern.compile("^(" + String.join("|", FILLERS) + ")\\s+");
    /** A word with stars between its letters. */
    private static final Pattern MASKED = Pattern.compile("\\p{L}+\\*+\\p{L}+");
    /** A letter repeated at the end of a word, three times or more, or twice: "heyy", "hallooo". */
    private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1+(?= |$)");
    /** An address or a plea at the end ("can I talk to a human please", "een mens aub") asks nothing more. */
    private static final List<String> ADDRESSES = List.of("bot", "faqbot", "there", "please", "pls", "plz", "alsjeblieft", "alsjeblief",
            "alstublieft", "aub", "graag", "svp");
    private static final Set<String> ADDRESS_SET = Set.copyOf(ADDRESSES);
    private static final Pattern TRAILING_ADDRESS = Pattern.compile("\\s+(" + String.join("|", ADDRESSES) + ")$");

    /**
     * Particles a question about the bot ends in that add no meaning: "wie ben jij eigenlijk?", "what are you anyway?",
     * "wat kun je nou?". Without them taken off, such a question fell through to the FAQ search and its fallback.
     */
    private static final List<String> PARTICLES = List.of("eigenlijk", "precies", "nou", "dan", "toch", "actually", "exactly", "anyway",
            "then", "really");
    private static final Set<String> PARTICLE_SET = Set.copyOf(PARTICLES);
    private static final Pattern TRAILING_PARTICLES = Pattern.compile("(?:\\s+(?:" + String.join("|", PARTICLES) + "))+$");

    private SmallTalk() {
    }

    /** The kind of small talk when the whole message is small talk, else empty. */
    public static Optional<Kind> classify(String text) {
        // A word masked with stars ("f*ck", "sh*t") is a swear word, whatever its letters.
        String unmasked = text.indexOf('*') < 0 ? text : MASKED.matcher(text).replaceAll("fck");
        String phrase = String.join(" ", QuestionShape.tokens(unmasked)).replace("'", "");
        if (phrase.isEmpty()) {
            return EmojiTalk.of(text);
        }
        if (EmojiTalk.unhappy(text) && Frustration.complaint(phrase)) {
            // "😡😡 niks werkt": the emoji says what the words alone leave open, and no thing is named to search for.
            return Optional.of(Kind.UNHAPPY);
        }
        return whole(phrase).or(() -> twoParts(phrase));
    }

    private static Optional<Kind> whole(String phrase) {
        if (wordCount(phrase) > SmallTalkPhrases.LONGEST_PHRASE) {
            return Thanks.only(phrase) ? Optional.of(Kind.THANKS) : Optional.empty();
        }
        String bare = withoutFiller(phrase);
        Kind listed = Listed.first(phrase, bare);
        if (listed != null) {
            return Optional.of(listed);
        }
        if (SmallTalkPhrases.CLOSINGS.contains(phrase)) {
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
        if (Confusion.only(phrase) || Confusion.only(bare)) {
            return Optional.of(Kind.CONFUSED);
        }
        if (Compliment.only(phrase) || Compliment.only(bare)) {
            return Optional.of(Kind.COMPLIMENT);
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
     * Each phrase of {@link SmallTalkPhrases} with the first kind (in {@link Kind}'s order) that lists it: two look-ups
     * where the kinds' sets took two each, for every split {@link #twoParts} tries. Apart from SmallTalk, so that it is
     * built when first asked, after the classes whose phrases it holds.
     */
    private static final class Listed {

        private static final Map<String, Kind> KIND_OF = kindOf();

        private static Map<String, Kind> kindOf() {
            Map<String, Kind> kinds = new HashMap<>();
            for (Kind kind : Kind.values()) {
                SmallTalkPhrases.of(kind).forEach(phrase -> kinds.putIfAbsent(phrase, kind));
            }
            return Collections.unmodifiableMap(kinds);
        }

        /** The first kind that lists {@code phrase} or {@code bare}; null when none does. */
        static Kind first(String phrase, String bare) {
            Kind ofPhrase = KIND_OF.get(phrase);
            Kind ofBare = KIND_OF.get(bare);
            if (ofPhrase == null || ofBare == null) {
                return ofPhrase == null ? ofBare : ofPhrase;
            }
            return ofPhrase.ordinal() <= ofBare.ordinal() ? ofPhrase : ofBare;
        }
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

    /**
     * The words naming the day a message asks the date of ("what day is Christmas this year?" gives "christmas this
     * year"), in normalised words; empty for any other message. Whether they name a day is the date reader's to say.
     */
    public static Optional<String> dayAsked(String text) {
        String phrase = String.join(" ", QuestionShape.tokens(text)).replace("'", "");
        return AboutTheBot.dayAsked(withoutFiller(phrase));
    }

    /** The message without the small talk in front of its question ("Hi, how do I ..." becomes "how do I ..."). */
    public static String strip(String text) {
        return Announcement.strip(QuestionOpening.without(Confusion.strip(withoutFrustration(text))));
    }

    /**
     * Whether {@code text} opens with a clause of frustration before its question ("I'm tired of waiting, when does it
     * expire?"): the question is answered ({@link #strip} leaves the clause out) and the reply says it heard the rest.
     */
    public static boolean frustratedLead(String text) {
        return Frustration.questionAfter(text).isPresent();
    }

    private static String withoutFrustration(String text) {
        OptionalInt start = Frustration.questionAfter(text);
        return start.isPresent() ? text.substring(start.getAsInt()) : text;
    }

    /**
     * {@code phrase} with the letters repeated at a word's end cut to {@code keep}: a stretched greeting ("heyy", "hiii",
     * "hallooo") is tried as "hey", "hi", "hallo", and with two kept as "hee".
     */
    private static String unstretched(String phrase, int keep) {
        return PhraseWords.mayBeStretched(phrase) ? STRETCHED.matcher(phrase).replaceAll(keep == 1 ? "$1" : "$1$1") : phrase;
    }

    /** Whether {@code phrase} (normalised words) is a greeting: "hi", "goedemorgen". */
    static boolean isGreeting(String phrase) {
        return SmallTalkPhrases.GREETINGS.contains(phrase);
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

    /**
     * {@code phrase} (normalised words) without a filler in front ("ok, ..."), an address or plea at its end and the
     * particles before that.
     */
    static String withoutFiller(String phrase) {
        // The particles first: "ok dan" is "ok", not a "dan" left once its "ok" went as a filler.
        String ended = withoutLast(withoutLast(phrase, ADDRESS_SET, TRAILING_ADDRESS), PARTICLE_SET, TRAILING_PARTICLES);
        String unfilled = PhraseWords.firstIsOneOf(ended, FILLER_SET) ? LEADING_FILLER.matcher(ended).replaceAll("") : ended;
        return withoutLast(unfilled, ADDRESS_SET, TRAILING_ADDRESS);
    }

    /** {@code phrase} without what {@code pattern} takes off its end; only a last word of {@code words} starts such an end. */
    private static String withoutLast(String phrase, Set<String> words, Pattern pattern) {
        return PhraseWords.lastIsOneOf(phrase, words) ? pattern.matcher(phrase).replaceAll("") : phrase;
    }
}
