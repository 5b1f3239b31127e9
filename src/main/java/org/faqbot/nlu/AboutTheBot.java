package org.faqbot.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.SmallTalk.Kind;

/**
 * Questions about the bot itself and the moment, for {@link SmallTalk}: is it a bot or a person ("ben je een mens?"),
 * is it ChatGPT, is anyone there, what day, year or time it is, its name, its languages, when it is there, and what it
 * keeps of the user ({@link PrivacyQuestion}). Read on a message's normalised words as a whole: "is this a
 * bot question about benefits?" and "what is the date my key expires?" are questions for the FAQ and the rules.
 */
final class AboutTheBot {

    static final Set<String> BOT_OR_HUMAN = Set.copyOf(List.of(
            "are you a bot", "are you a robot", "are you human", "are you a human", "are you a person", "are you a real person",
            "are you real", "are you a bot or a human", "are you a human or a bot", "are you a bot or human",
            "are you human or bot", "is this a bot", "am i talking to a bot", "am i talking to a human",
            "am i talking to a person", "am i chatting with a bot", "is this a real person", "are you an ai",
            "ben je een bot", "ben je een robot", "ben jij een bot", "ben jij een robot", "ben je een mens",
            "ben jij een mens", "ben je echt", "ben je een echt persoon", "ben je een bot of een mens",
            "ben je een mens of een bot", "ben je een robot of een mens", "is dit een bot", "is dit een robot",
            "praat ik met een bot", "praat ik met een robot", "praat ik met een mens", "chat ik met een bot", "ben je ai"));
    /** "Are you a bot or a person?" in other words than the fixed phrases. */
    private static final Pattern BOT_OR_HUMAN_WORDS;
    static {
        String what = "(?:a |an )?(?:real )?(?:bot|robot|human|person|ai|machine|computer|chatbot)";
        String wat = "(?:een )?(?:echte? )?(?:bot|robot|mens|persoon|ai|computer|chatbot)";
        BOT_OR_HUMAN_WORDS = Pattern.compile("(?:are you|r u|is this|am i (?:talking|chatting|speaking) (?:to|with)) " + what
                + "(?: or " + what + ")?"
                + "|(?:ben (?:je|jij)|is dit|praat ik met|chat ik met|spreek ik met) " + wat + "(?: of " + wat + ")?");
    }
    /**
     * "Are you ChatGPT?", "ben jij Copilot?", "is this based on GPT?": not whether it is a person, but which assistant
     * it is, so the answer says it is faqbot and what it answers.
     */
    private static final Pattern OTHER_ASSISTANT;
    static {
        String assistant = "(?:an? |een )?(?:chat ?gpt|gpt(?: \\d\\w*)?|openai|copilot|microsoft copilot|bing(?: chat)?|gemini|bard"
                + "|claude|siri|alexa|cortana|google assistant|llm|large language model|language model|taalmodel|groot taalmodel)";
        OTHER_ASSISTANT = Pattern.compile("(?:are you|r u|is this|am i (?:talking|chatting|speaking) (?:to|with)|ben (?:je|jij)"
                + "|is dit|praat ik met|chat ik met|spreek ik met)(?: (?:based on|built on|powered by|using|gebaseerd op|gemaakt met))? "
                + assistant);
    }
    /** Whether anyone is there: answered that the bot is, and what to ask it. */
    static final Set<String> ANYONE_THERE = Set.copyOf(List.of(
            "anyone there", "anybody there", "is anyone there", "is anybody there", "is someone there", "is somebody there",
            "is there anyone", "is there anybody", "is there someone", "is there somebody", "is there anyone there",
            "is there anybody there", "anyone", "anybody", "anyone home", "are you there", "are you still there", "you there",
            "still there", "is daar iemand", "is er iemand", "is er iemand daar", "is daar nog iemand", "iemand daar", "iemand",
            "is er iemand aanwezig", "zit daar iemand", "zit er iemand", "iemand thuis", "ben je daar", "ben jij daar",
            "ben je er", "ben je er nog", "ben je daar nog", "ben je er nog steeds"));
    /**
     * Asking today's date: "what's today's date?", "what day is it?", "welke dag is het vandaag?", "de hoeveelste is
     * het?". A bare "what is the date?" is not among them: after an answer it asks for that answer's date.
     */
    private static final Pattern TODAY = Pattern.compile(
            "(?:what|which) (?:day|date) (?:is it|is today|is it today|is it now|do we have today)"
            + "|what day of the (?:week|month) is it(?: today)?|what is today|whats today"
            + "|(?:whats|what is|tell me) (?:the )?(?:date|day) (?:today|of today|now|it is today)"
            + "|(?:whats |what is |tell me )?todays date|(?:the )?date today|what is the date of today"
            + "|(?:welke|wat voor) (?:dag|datum) (?:is het|is het vandaag|is het nu|hebben we|hebben we vandaag|is vandaag)"
            + "|wat is (?:de|het) (?:datum|dag) (?:van )?vandaag|wat is (?:het|de datum) vandaag|wat is vandaag"
            + "|(?:de )?hoeveelste (?:is het|zijn we|hebben we)(?: vandaag)?|(?:de )?datum (?:van )?vandaag"
            + "|(?:what|which) year (?:is it|is this|are we in)(?: now)?|(?:welk|wat voor) jaar (?:is het|zijn we|hebben we)(?: nu)?"
            + "|in welk jaar (?:zijn|leven) we(?: nu)?");
    /** Asking the time: answered with the bot's clock, in its time zone, and the day. */
    private static final Pattern TIME = Pattern.compile(
            "what time is it(?: now| there| where you are)?|(?:whats|what is) the time(?: now)?|(?:do you know|tell me) (?:the|what) time(?: it is)?"
            + "|hoe laat is het(?: nu| daar| bij jou)?|hoeveel uur is het|welke tijd is het(?: nu)?|(?:weet je|zeg me) hoe laat het is");
    /** Asking the bot's name. */
    private static final Pattern NAME = Pattern.compile(
            "(?:whats|what is) your name|do you have a name|(?:what|how) (?:should|shall|can|do) i call you|who am i (?:talking|chatting) (?:to|with)"
            + "|your name|hoe heet (?:je|jij|u)|wat is (?:je|jouw|uw) naam|heb (?:je|jij) een naam|hoe (?:mag|moet|kan) ik (?:je|jou) noemen"
            + "|met wie (?:praat|chat|spreek) ik");
    /** Asking which languages the bot speaks ("spreek je Frans?" is answered by the language request itself). */
    private static final Pattern LANGUAGES = Pattern.compile(
            "(?:what|which) languages? (?:do|can) you (?:speak|understand|know|talk|write|read|support)(?: in)?"
            + "|(?:what|which) languages? (?:are|is) (?:supported|available|spoken)|in (?:what|which) languages? can i (?:ask|write|talk)"
            + "|(?:welke|wat voor) talen? (?:spreek|ken|begrijp|beheers|praat|schrijf|lees|snap) (?:je|jij|u)"
            + "|(?:welke|wat voor) talen? (?:kun|kan|kunt) (?:je|jij|u)(?: spreken| aan| begrijpen| lezen)?"
            + "|in (?:welke|wat voor) talen? kan ik (?:vragen stellen|vragen|schrijven|praten|chatten)|(?:welke|which) talen?|which languages"
            // Whether it speaks one of its own two: "do you speak English too?", "kun je ook Nederlands?", "versta je Engels?".
            + "|(?:do|can|could) you (?:also )?(?:speak|understand|talk|write|read|do|answer in) (?:english|dutch)(?: too| as well| also)?"
            + "|(?:spreek|spreekt|begrijp|begrijpt|versta|verstaat|praat|ken|kent|kun|kan|kunt|snap) (?:je|jij|u) (?:ook )?(?:het )?"
            + "(?:nederlands|engels|english|dutch)(?: ook)?");
    /** Asking when the bot can be reached: it is always there. */
    private static final Pattern AVAILABLE = Pattern.compile(
            "(?:are|r) (?:you|u) (?:available|online|open|there|reachable|awake|up) (?:24 ?7|24 hours(?: a day)?|all day|all the time|always"
            + "|at night|in the weekend|on weekends|at weekends|day and night|round the clock|every day|on sundays|at the weekend)"
            + "|(?:are|r) (?:you|u) always (?:available|online|open|there|reachable|on)|when are you (?:available|online|open|reachable)"
            + "|(?:what are|whats) your (?:opening |office |working |business )?hours|do you (?:ever )?(?:sleep|close|work at night|work weekends)"
            + "|(?:ben|bent) (?:je|jij|u) (?:altijd|24 ?7|dag en nacht|s nachts|ook s nachts|in het weekend|ook in het weekend|elke dag|de hele dag)"
            + "(?: (?:bereikbaar|beschikbaar|online|open|wakker|er))?"
            + "|wanneer (?:ben|bent) (?:je|jij|u) (?:bereikbaar|beschikbaar|online|open)|wat zijn (?:je|jouw|uw) openingstijden"
            + "|slaap (?:je|jij) (?:ooit|nooit)?");

    /**
     * Asking which day or date another day than today is ("welke datum is het morgen?", "what day is Christmas this
     * year?"): the words after the frame, which the dialog reads as a date (a question whose words are no date, "what
     * date is my key valid until?", is left to the rules).
     */
    private static final Pattern DAY_OF = Pattern.compile(
            "(?:(?:what|which) (?:day|date) (?:is|was|will be|falls|fell)(?: it)?|(?:whats|what is|what was) the date(?: of| on)?"
            + "|(?:welke|wat voor) (?:dag|datum) (?:is|was|valt|viel|wordt)(?: het)?|wat is de datum(?: van)?"
            + "|wat was de datum(?: van)?|(?:de )?hoeveelste (?:is|was|wordt)(?: het)?) (.+)");

    private AboutTheBot() {
    }

    /** The words naming the day {@code phrase} (normalised words) asks the date of, for {@link SmallTalk#dayAsked}. */
    static Optional<String> dayAsked(String phrase) {
        Matcher frame = DAY_OF.matcher(phrase);
        return frame.matches() ? Optional.of(frame.group(1)) : Optional.empty();
    }

    /**
     * The kind of {@code phrase} (normalised words) or {@code bare} (the same without a leading filler and a trailing
     * address), when it asks about the bot or today.
     */
    static Optional<Kind> kind(String phrase, String bare) {
        if (TODAY.matcher(bare).matches()) {
            return Optional.of(Kind.TODAY);
        }
        // Matched on the phrase too: the address stripped from its end may be the question's "bot".
        if (BOT_OR_HUMAN_WORDS.matcher(bare).matches() || BOT_OR_HUMAN_WORDS.matcher(phrase).matches()) {
            return Optional.of(Kind.BOT_OR_HUMAN);
        }
        if (OTHER_ASSISTANT.matcher(bare).matches()) {
            return Optional.of(Kind.OTHER_ASSISTANT);
        }
        if (PrivacyQuestion.asks(bare)) {
            return Optional.of(Kind.PRIVACY);
        }
        return TIME.matcher(bare).matches() ? Optional.of(Kind.TIME)
                : NAME.matcher(bare).matches() ? Optional.of(Kind.NAME)
                : LANGUAGES.matcher(bare).matches() ? Optional.of(Kind.LANGUAGES)
                : AVAILABLE.matcher(bare).matches() ? Optional.of(Kind.AVAILABLE) : Optional.empty();
    }
}
