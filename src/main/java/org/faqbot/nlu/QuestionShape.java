package org.faqbot.nlu;

import static org.faqbot.nlu.QuestionWords.AUXILIARIES;
import static org.faqbot.nlu.QuestionWords.NOW_WORDS;
import static org.faqbot.nlu.QuestionWords.PERSONAL;
import static org.faqbot.nlu.QuestionWords.WH_WORDS;
import static org.faqbot.nlu.QuestionWords.containsAny;
import static org.faqbot.nlu.QuestionWords.opensWith;
import static org.faqbot.nlu.QuestionWords.spaced;
import static org.faqbot.nlu.QuestionWords.startsWith;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of a message, independent of its topic: is it a question at all, a yes/no question
 * ("can I still ...?"), does it ask for a date or a duration ("until when", "hoe lang"), and does the
 * user speak about their own situation ("my key", "onze inschrijving"). Works on both languages at
 * once, because Dutch messages often mix in English. This class is the package's face for these questions; the message
 * is cut into clauses by {@link MessageClauses}, and the yes/no and date questions are read by {@link YesNoQuestion}
 * and {@link DateAsks}, each with its own words.
 */
public final class QuestionShape {

    /** Pronouns that point back at what was just discussed ("when does it expire?", "wanneer verloopt hij?"). */
    private static final Set<String> BACK_REFERENCES = Set.copyOf(List.of(
            "it", "its", "they", "them", "that", "this", "these", "those", "hij", "hem", "ie", "ze", "zij", "die", "dat",
            "deze"));

    private static final List<String> AGAIN = spaced(
            "again", "once more", "a second time", "nog een keer", "nog eens", "een tweede keer");
    /**
     * Dutch "nog" before a quantity means "more" or "another", not "still": "moet ik nog iets doen?" asks
     * what else to do, "nog meer licenties" more licences. Such a "nog" is no sign of a question about now;
     * "nog een paar dagen" and "nog geen" are, so they stay.
     */
    private static final Pattern NOG_MORE = Pattern.compile(" nog (?:iets|meer|ander|andere|anders|extra) ");

    /**
     * The user as the one told rather than the one asked about: "can you tell me when it expires?", "let us know if ...",
     * "kun je me (even) vertellen wanneer hij verloopt?", "laat me weten ...". Such a pronoun goes with the verb that leads
     * into the question, as "do you know" does, and makes it no question about the user's own situation.
     */
    private static final Set<String> ADDRESSEES = Set.of("me", "us", "mij", "ons");
    private static final Pattern ADDRESSEE = Pattern.compile(
            "(?<= tell) (?:me|us)(?= )|(?<= let) (?:me|us)(?= know )"
                    + "| (?:me|mij|ons)(?=(?: [\\p{L}']+){0,2} (?:vertellen|zeggen|laten weten) )"
                    + "|(?<= vertel| zeg) (?:me|mij|ons)(?= )|(?<= laat) (?:me|mij|ons)(?= weten )");

    /**
     * Who a question is about when that is someone else: "can a customer still ...?", "kan een klant nog
     * ...?", "when must Microsoft decide?". Such a question asks what another party may or must do, not what
     * the user's own dates allow, even when "our" or "us" appears in it.
     */
    private static final Set<String> OTHER_PARTIES = Set.copyOf(List.of(
            "a", "an", "een", "someone", "somebody", "anyone", "anybody", "iemand", "customer", "customers", "client",
            "clients", "klant", "klanten", "reseller", "resellers", "microsoft", "ms"));

    /** This thread's last reading (its parts are worked out lazily and are not for another thread). */
    private static final ThreadLocal<Read> LAST_READ = new ThreadLocal<>();

    private QuestionShape() {
    }

    /**
     * True when the message ends in a question mark, its question clause starts like a question, or it asks a yes/no
     * question without either ("..., nog geldig", "ik wil weten of hij nog werkt").
     */
    public static boolean isQuestion(String text) {
        return read(text).isQuestion();
    }

    /**
     * True for "can I still ...?", "Kan ik nu al verlengen?", "I redeemed it in March, still valid?" and "ik wil weten
     * of hij nog werkt" (the shapes are {@link YesNoQuestion}'s). A message may ask a date and a yes/no at once ("until
     * when does it work, and can I still use it?"): the second half counts too.
     */
    public static boolean isYesNo(String text) {
        return read(text).isYesNo();
    }

    /**
     * True when one clause of a message, whatever verb it opens with, asks for something other than yes or no: "do you
     * know when it expires", "kun je me vertellen tot wanneer hij geldig is", "it expires when". For readers of a
     * clause's own question ({@link YesNoQuestion#asksForOther}), so that a verb leading into a question word is read
     * the same way everywhere.
     */
    public static boolean asksForOther(String clause) {
        return YesNoQuestion.asksForOther(tokens(clause));
    }

    /** True when the message asks for a date or a span of time ("until when", "hoe lang", "last day"). */
    public static boolean asksForDate(String text) {
        return read(text).asksForDate();
    }

    /**
     * True for "how many days do I have left?" and "hoeveel dagen heb ik nog?" when the message says
     * nothing else: "how many days of holiday do I have left?" names something the bot does not count.
     */
    public static boolean asksOnlyForDaysLeft(String text) {
        return read(text).asksOnlyForDaysLeft();
    }

    /**
     * True when a yes/no question is about the present moment ("can I still ...?", "kan ik nu al
     * verlengen?"), which makes it a question about the user's dates; "can I redeem a key again?" is not.
     */
    public static boolean isAboutNow(String text) {
        return read(text).isAboutNow();
    }

    /**
     * True when the message's first question with an inverted verb has another party as its subject: "can a
     * customer still ...? where would they ...?", "wanneer moet MS uiterlijk reageren?". The subject is the
     * word after the first auxiliary among the clause's first three words.
     */
    public static boolean asksAboutOthers(String text) {
        return read(text).asksAboutOthers();
    }

    /** True for "why ...?" and "waarom ...?": asking for a reason, never for a date. */
    public static boolean asksWhy(String text) {
        return read(text).asksWhy();
    }

    /**
     * True when the user speaks about themselves or their company ("my", "our", "ik", "onze"); "me" as the one told ("can
     * you tell me ...") does not count.
     */
    public static boolean isPersonal(String text) {
        return read(text).isPersonal();
    }

    /**
     * True when the message points back with a pronoun at something said before: "when does it expire?",
     * "wanneer verloopt hij?". Dutch "het" counts only as the last word ("wanneer verloopt het?"): before a
     * noun it is the article.
     */
    public static boolean refersBack(String text) {
        return read(text).refersBack();
    }

    /**
     * The message read once, for asking several of these questions of it (the rule router asks six). The same text read
     * again on the same thread gets the same reading: the question flow, the rule router and their parts each ask of
     * one message in turn, and every reading cut it into words, sentences and clauses anew.
     */
    public static Read read(String text) {
        Read last = LAST_READ.get();
        if (last != null && last.parts.text().equals(text)) {
            return last;
        }
        Read read = new Read(text);
        LAST_READ.set(read);
        return read;
    }

    /**
     * One message's words, padded text and question clauses, each worked out when first needed: the
     * answers are those of the static methods of the same names.
     */
    public static final class Read {

        private static final Set<String> WHY = Set.of("why", "waarom", "hoezo");

        private final MessageClauses parts;

        private Read(String text) {
            this.parts = new MessageClauses(text);
        }

        public boolean isQuestion() {
            return parts.text().strip().endsWith("?")
                    || parts.clauses().stream().anyMatch(c -> startsWith(c, WH_WORDS) || startsWith(c, AUXILIARIES)) || isYesNo();
        }

        public boolean isYesNo() {
            return YesNoQuestion.asks(parts);
        }

        public boolean asksForDate() {
            // "valid until?" asks for the date its "until" leaves open.
            return DateAsks.asksForDate(parts) || parts.tails().stream().anyMatch(t -> YesNoQuestion.leavesDateOpen(t.words()));
        }

        public boolean asksOnlyForDaysLeft() {
            return DateAsks.asksOnlyForDaysLeft(parts);
        }

        public boolean isAboutNow() {
            // Only the question counts: in "we already redeemed the key. Does it expire with our membership?" the
            // "already" tells the story, the question is a general one.
            String normalized = NOG_MORE.matcher(MessageClauses.padded(String.join(" ", parts.sentences()))).replaceAll(" ");
            return !containsAny(normalized, AGAIN) && containsAny(normalized, NOW_WORDS);
        }

        public boolean asksAboutOthers() {
            for (List<String> clause : parts.questions()) {
                for (int i = 0; i < Math.min(3, clause.size() - 1); i++) {
                    if (AUXILIARIES.contains(clause.get(i))) {
                        return OTHER_PARTIES.contains(clause.get(i + 1));
                    }
                }
            }
            return false;
        }

        public boolean asksWhy() {
            return parts.clauses().stream().anyMatch(c -> opensWith(c, WHY, 2))
                    || parts.tokens().stream().anyMatch(t -> t.equals("why") || t.equals("waarom"));
        }

        public boolean isPersonal() {
            // The addressee's pronouns are the only words the pattern below takes out, so the pattern runs only when
            // they are the only personal words: most messages are settled by their words alone.
            List<String> personal = parts.tokens().stream().filter(PERSONAL::contains).toList();
            if (personal.isEmpty()) {
                return false;
            }
            if (!ADDRESSEES.containsAll(personal)) {
                return true;
            }
            String untold = ADDRESSEE.matcher(parts.padded()).replaceAll(" ");
            return Arrays.stream(untold.strip().split(" +")).anyMatch(PERSONAL::contains);
        }

        public boolean refersBack() {
            List<String> words = parts.tokens();
            return words.stream().anyMatch(BACK_REFERENCES::contains)
                    || (!words.isEmpty() && words.get(words.size() - 1).equals("het"));
        }
    }

    /** The words of {@code text} as the shape reads them; see {@link MessageClauses#tokens(String)}. */
    static List<String> tokens(String text) {
        return MessageClauses.tokens(text);
    }
}
