package org.faqbot.nlu;

import static org.faqbot.nlu.QuestionWords.ASKING_WORDS;
import static org.faqbot.nlu.QuestionWords.AUXILIARIES;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a message asks a yes/no question. Chat writers ask one in three shapes, and each counts:
 * <ul>
 * <li>inverted: a clause opens with a verb and does not ask for something else ({@link #asksForOther}: "can I still
 * ...?", "Kan ik nu al verlengen?", "is hij tot 1 maart geldig?", but not "do you know when ...?");</li>
 * <li>tagged on: the last clause of a question sentence opens with "still" or "nog" and a state ("I redeemed it in
 * March, still valid?", "ingewisseld op 3 maart, nog geldig"), or ends in a question mark and opens with a state or
 * "still", or has "still" and a state further on, as Dutch names the day first ("valid on 1 March?", "already
 * redeemed?", "met kerst nog geldig?"); "my key is still valid." is a statement;</li>
 * <li>embedded: a verb of knowing or asking leads into "if", "whether" or "of" ("ik wil weten of hij nog werkt", "do you
 * know if ...").</li>
 * </ul>
 * A tagged-on clause with a question word in it asks for something else ("hoe lang nog geldig?", "still valid until
 * when?").
 */
final class YesNoQuestion {

    /** Words that lead into a tagged-on question without changing it: "..., and still valid?". */
    private static final Set<String> LEADS = Set.of("and", "but", "so", "en", "maar", "dus");
    /** "Still" and its kin, which make a bare state a question about now: "still valid?", "nog steeds geldig?". */
    private static final Set<String> STILL = Set.of("still", "yet", "already", "nog", "steeds", "al");
    /**
     * States of a thing that a tagged-on question asks about. "ok" and "fine" are left out: alone they answer or thank
     * ("ok?", "fine?") more often than they ask.
     */
    private static final Set<String> STATES = Set.copyOf(List.of(
            "valid", "good", "usable", "useable", "active", "working", "available", "possible", "redeemable", "expired",
            "alive", "geldig", "goed", "bruikbaar", "actief", "beschikbaar", "mogelijk", "verlopen", "werkend",
            "inwisselbaar", "verzilverbaar", "valide"));

    /**
     * A clause's last word that leaves the date it leads into open: "valid until?", "geldig tot?" ask for that date, not
     * whether the thing is valid.
     */
    private static final Set<String> OPEN_ENDS = Set.of("until", "till", "til", "untill", "tot", "totdat");
    /**
     * Dutch first-person auxiliaries: opening a clause without a subject after them ("heb de sleutel maandag
     * geactiveerd"), chat writers drop the "ik" of a statement; the question puts its subject after them ("heb je ...?",
     * "ben ik ...?"). Third-person forms ("is de key ...?") ask.
     */
    private static final Set<String> FIRST_PERSON = Set.of("heb", "ben");
    private static final Set<String> ASKED_SUBJECTS = Set.of("je", "jij", "ik", "u", "we", "wij", "jullie");

    /** Up to two words between the verb and what it leads into: "weet je (misschien) of", "tell me if". */
    private static final String BETWEEN = "(?: [\\p{L}']+){0,2}";
    /** A verb of knowing or asking before "if" or "whether" (English) or "of" (Dutch, where "of" alone is also "or"). */
    private static final Pattern KNOWING_IF = Pattern.compile(
            " (?:know|knows|tell|say|wonder|wondering|wondered|ask|asking|confirm|check|idea)" + BETWEEN + " (?:if|whether) "
                    + "| (?:weet|weten|vertellen|zeggen|checken|check|controleren|nagaan|nakijken|kijken|bevestigen|idee"
                    + "|(?:vraag|vroeg|vragen)(?: me| mij| ons| ik me| we ons| wij ons) af)" + BETWEEN + " of ");
    /**
     * Such verbs, and "idea", before a question word: "do you know when ...", "kun je me vertellen tot wanneer ...", "can
     * you check when ...", "heb je enig idee wanneer ...".
     */
    private static final Pattern KNOWING_WH = Pattern.compile(
            " (?:know|knows|tell|say|wonder|wondering|check|confirm|idea|weet|weten|vertellen|zeggen|checken|nagaan"
                    + "|controleren|nakijken|kijken|idee)(?: me| us| mij| ons)?"
                    + " (?:what|when|where|which|who|why|how|until when|till when|wat|wanneer|waar|welke|welk|wie|waarom"
                    + "|hoe|hoelang|hoeveel|tot wanneer|tot welke|vanaf wanneer|vanaf welke|wnnr|wnr) ");

    private YesNoQuestion() {
    }

    /** Whether the message cut into {@code parts} asks a yes/no question in any of the three shapes. */
    static boolean asks(MessageClauses parts) {
        return parts.questions().stream().anyMatch(YesNoQuestion::inverted)
                || parts.tails().stream().anyMatch(YesNoQuestion::taggedOn)
                || parts.clauses().stream().anyMatch(c -> KNOWING_IF.matcher(padded(c)).find());
    }

    /**
     * Whether the clause asks for something other than yes or no, whatever verb it opens with: a question word among
     * its first three words ("until when does it ...", "it expires when?"; a preposition alone only names a day, as in
     * "is hij tot 1 maart geldig?"), or a verb of knowing or telling that only leads into one ("do you know when ...",
     * "kun je me vertellen tot wanneer ...").
     */
    static boolean asksForOther(List<String> clause) {
        return QuestionWords.opensWith(clause, ASKING_WORDS, 3) || KNOWING_WH.matcher(padded(clause)).find()
                || leavesDateOpen(clause);
    }

    /** Whether the clause ends in "until" or "tot" with nothing after it: "valid until?", "werkt hij tot?". */
    static boolean leavesDateOpen(List<String> clause) {
        return !clause.isEmpty() && OPEN_ENDS.contains(clause.get(clause.size() - 1));
    }

    private static boolean inverted(List<String> clause) {
        return QuestionWords.startsWith(clause, AUXILIARIES) && !asksForOther(clause) && !droppedSubject(clause);
    }

    private static boolean droppedSubject(List<String> clause) {
        return FIRST_PERSON.contains(clause.get(0)) && (clause.size() < 2 || !ASKED_SUBJECTS.contains(clause.get(1)));
    }

    private static boolean taggedOn(MessageClauses.Tail tail) {
        List<String> words = tail.words();
        if (words.stream().anyMatch(ASKING_WORDS::contains) || leavesDateOpen(words)) {
            return false;
        }
        int first = skip(words, 0, LEADS);
        int state = skip(words, first, STILL);
        if (state < words.size() && STATES.contains(words.get(state))) {
            return state > first || tail.asked();
        }
        // "Still ok?" asks, where "ok?" alone answers: these words count only after "still" / "nog".
        if (state > first && state < words.size() && StillFine.WORDS.contains(words.get(state))) {
            return true;
        }
        return tail.asked() && (state > first || stillState(words) || StillFine.stillWorks(words));
    }

    /**
     * Whether "still" and a state stand together somewhere: Dutch names the day first ("met kerst nog geldig?"); "still
     * ok" only at the end ("key from May still ok?").
     */
    private static boolean stillState(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            boolean last = i == words.size() - 1;
            if (STILL.contains(words.get(i - 1)) && (STATES.contains(words.get(i)) || last && StillFine.WORDS.contains(words.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first word from {@code from} on that is not one of {@code skipped}. */
    private static int skip(List<String> words, int from, Set<String> skipped) {
        int i = from;
        while (i < words.size() && skipped.contains(words.get(i))) {
            i++;
        }
        return i;
    }

    private static String padded(List<String> clause) {
        return " " + String.join(" ", clause) + " ";
    }
}
