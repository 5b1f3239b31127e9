package org.faqbot.nlu;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.faqbot.nlu.SmallTalk.Kind;

/** The fixed phrases each kind of {@link SmallTalk} is, apart from the recognisers with rules of their own. */
final class SmallTalkPhrases {

    static final Set<String> GREETINGS = Set.copyOf(List.of(
            "hi", "hello", "hey", "hiya", "howdy", "yo", "good morning", "good afternoon", "good evening", "greetings",
            "hoi", "hallo", "hai", "hee", "goedemorgen", "goedemiddag", "goedenavond", "dag", "goeiedag", "hey there",
            "hi there", "hello there", "morning", "middag", "moi"));
    static final Set<String> THANKS = Set.copyOf(List.of(
            "thanks", "thank you", "thx", "ty", "thanks a lot", "many thanks", "thank you very much", "cheers", "great thanks",
            "dank", "dank je", "dank je wel", "dankjewel", "dank u", "dank u wel", "bedankt", "thanks!", "top bedankt",
            "super bedankt", "merci", "perfect bedankt", "ok thanks", "ok bedankt", "great", "perfect", "super", "top",
            // Thanks in a neighbour's language, which partners write as often as "merci".
            "danke", "danke schon", "dankeschon", "vielen dank", "merci beaucoup", "gracias", "grazie", "tack"));
    static final Set<String> GOODBYES = Set.copyOf(List.of(
            "bye", "goodbye", "bye bye", "see you", "later", "doei", "dag dag", "tot ziens", "tot later", "tot dan", "houdoe", "fijne dag",
            "fijne dag nog", "fijne dag verder", "nog een fijne dag", "prettige dag", "prettige dag nog", "fijne avond",
            "fijne avond nog", "fijn weekend", "fijn weekend nog", "goede dag nog", "tot morgen", "groetjes", "welterusten",
            "have a nice day", "have a good day", "have a great day", "have a nice weekend", "have a good weekend",
            "have a good one", "take care", "good night", "goodnight", "cya", "ciao"));
    static final Set<String> HELP = Set.copyOf(List.of(
            "help", "help me", "what can you do", "what do you know", "who are you", "what are you", "menu", "hulp",
            "wat kun je", "wat kan je", "wat kun jij", "wat kun je doen", "wat kan je doen", "wie ben je", "wat ben je",
            "wat weet je", "hoe werkt dit", "how does this work", "options", "opties", "wie ben jij", "wat ben jij",
            "wat kan jij", "who are u", "what is this", "wat kun je allemaal", "wat kan je allemaal", "wat kun jij allemaal",
            "wat kan jij allemaal", "wat kun je allemaal doen", "wat kan je allemaal doen", "wat kan je nog meer",
            "wat kun je nog meer", "what else can you do", "what can you help me with", "what can you help with",
            "help mij", "help ons", "help us", "help me out", "help mij even", "help me even", "i need help", "we need help",
            "ik heb hulp nodig", "wij hebben hulp nodig", "can you help me", "could you help me", "can you help us",
            "kun je me helpen", "kun je mij helpen", "kan je me helpen", "kan je mij helpen", "kunt u mij helpen",
            "kunt u me helpen", "kun je ons helpen"));
    /** Who made the bot: an honest line about where it and its answers come from, not the /help text. */
    static final Set<String> MAKER = Set.copyOf(List.of(
            "who made you", "who built you", "who created you", "who developed you", "who programmed you", "who is behind you",
            "who is behind this bot", "who made this bot", "who built this bot", "who wrote you", "who owns you", "who runs you",
            "wie heeft jou gemaakt", "wie heeft je gemaakt", "wie heeft jou gebouwd", "wie heeft je gebouwd",
            "wie heeft jou ontwikkeld", "wie heeft je ontwikkeld", "wie heeft je geprogrammeerd", "wie heeft jou geprogrammeerd",
            "wie zit er achter jou", "wie zit er achter je", "wie zit achter deze bot", "door wie ben je gemaakt",
            "wie heeft deze bot gemaakt", "van wie ben je", "wie is je maker", "wie is jouw maker", "whos your maker",
            "who is your maker", "who is your creator", "whos your creator",
            // Where its answers come from, which the same reply says: the FAQ, linked under each answer.
            "where do your answers come from", "where does your information come from", "where do you get your answers",
            "where do you get your information", "what is your source", "whats your source", "what are your sources",
            "waar komen je antwoorden vandaan", "waar komen jouw antwoorden vandaan", "waar haal je je informatie vandaan",
            "waar haal je je antwoorden vandaan", "waar komt je informatie vandaan", "wat is je bron", "wat zijn je bronnen"));
    /**
     * A sigh or a shrug in words, that asks nothing the bot can read ("rip", "meh", "zucht"): what the bot can do,
     * rather than "I don't know the answer to that".
     */
    static final Set<String> SHRUGS = Set.copyOf(List.of(
            "rip", "meh", "sigh", "zucht", "welp", "oef", "pfff", "pffff", "ugh", "ugh rip", "rip me", "oh well", "shrug"));
    /** Closings that end a conversation without a goodbye word: read as goodbye, and after thanks as both. */
    static final Set<String> CLOSINGS = Set.copyOf(List.of(
            "dat was het", "dat was alles", "dat is alles", "dat is het", "verder niets", "niets meer", "meer niet",
            "thats all", "that was all", "that is all", "thats it", "that was it", "nothing else", "nothing more", "all good"));
    static final Set<String> UNHAPPY = Set.copyOf(List.of(
            "that didnt help", "that did not help", "not helpful", "this is not helpful", "useless", "that doesnt help",
            "dat helpt niet", "daar heb ik niks aan", "daar heb ik niets aan", "niet behulpzaam", "je helpt me niet",
            "you are not helping", "youre not helping", "you are no help", "youre no help", "no help at all",
            "this doesnt help", "this does not help", "that does not help", "je bent geen hulp", "dit helpt niet",
            "hier heb ik niks aan", "hier heb ik niets aan", "thanks for nothing", "bedankt voor niks", "bedankt voor niets",
            "je snapt er niks van", "je snapt er niets van", "je begrijpt er niks van", "je begrijpt er niets van",
            "je snapt het niet", "je begrijpt het niet", "je begrijpt me niet", "je snapt me niet", "je snapt niks",
            "je begrijpt niks", "you dont understand", "you dont get it", "you dont understand me", "you do not understand",
            "you understand nothing"));
    static final Set<String> APOLOGIES = Set.copyOf(List.of(
            "sorry", "sorry my bad", "my bad", "oops", "oops sorry", "sorry about that", "sorry for that", "my apologies",
            "apologies", "sorry wrong chat", "excuses", "mijn excuses", "mijn fout", "sorry mijn fout", "oeps", "oeps sorry",
            "sorry hoor", "sorry daarvoor", "excuus", "sorry verkeerde chat"));
    static final Set<String> HOW_ARE_YOU = Set.copyOf(List.of(
            "how are you", "how are you doing", "how r u", "how is it going", "hows it going", "how do you do", "whats up",
            "hoe gaat het", "hoe gaat het met je", "hoe gaat het met jou", "hoe is het", "alles goed", "hoe gaat ie", "sup", "wassup",
            "wazzup", "hoe is t"));
    static final Set<String> ACKNOWLEDGEMENTS = Set.copyOf(List.of(
            "ok", "oke", "okay", "okey", "okido", "k", "kk", "alright", "all right", "fine", "got it", "i see", "understood",
            "noted", "cool", "nice", "prima", "goed", "helder", "duidelijk", "begrepen", "ik snap het", "ah zo", "aha", "oh",
            // "No problem", said back to the bot's apology or thanks.
            "np", "no problem", "no prob", "no probs", "no worries", "geen probleem", "geen punt", "geen zorgen", "maakt niet uit"));
    /**
     * The most words a fixed phrase has, with a leading filler and a trailing address ("ok, how are you bot"):
     * a longer message can only be thanks, so the phrase lists and their regular expressions are not tried on
     * every chat question.
     */
    static final int LONGEST_PHRASE = Stream.of(GREETINGS, THANKS, GOODBYES, HELP, MAKER, SHRUGS, CLOSINGS, AboutTheBot.BOT_OR_HUMAN,
            AboutTheBot.ANYONE_THERE, HumanHelp.PHRASES, HOW_ARE_YOU, ACKNOWLEDGEMENTS, UNHAPPY, APOLOGIES)
            .flatMap(Set::stream).mapToInt(p -> p.split(" ").length).max().orElse(0) + 2;

    private SmallTalkPhrases() {
    }

    /** The phrases that are {@code kind} as a whole message; empty for kinds recognised by rules alone. */
    static Set<String> of(Kind kind) {
        return switch (kind) {
            case GREETING -> GREETINGS;
            case THANKS -> THANKS;
            case GOODBYE -> GOODBYES;
            case HELP -> HELP;
            case MAKER -> MAKER;
            case SHRUG -> SHRUGS;
            case HOW_ARE_YOU -> HOW_ARE_YOU;
            case ACKNOWLEDGEMENT -> ACKNOWLEDGEMENTS;
            case BOT_OR_HUMAN -> AboutTheBot.BOT_OR_HUMAN;
            case ANYONE_THERE -> AboutTheBot.ANYONE_THERE;
            case HUMAN_HELP -> HumanHelp.PHRASES;
            case UNHAPPY -> UNHAPPY;
            case APOLOGY -> APOLOGIES;
            case THANKS_GOODBYE, QUESTION_COMING, OTHER_ASSISTANT, TODAY, WRONG, PRIVACY, NAME, LANGUAGES, AVAILABLE, TIME, CONFUSED,
                    COMPLIMENT, CHEER -> Set.of();
        };
    }
}
