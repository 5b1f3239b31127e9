package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.rules.Tense;

/**
 * The tense of the verb a fact's cue stands for, when the words say it clearly: "my benefits expired on
 * 1 March", "was renewed on 1 May", "zijn op 1 maart verlopen" and "is verlengd" are past; "will renew" and
 * "zal verlopen" are future. A date without a year then takes the year that tense gives ("expired on 1
 * March" is last March), instead of the one the fact usually has (benefits mostly expire ahead). Present
 * forms and unclear ones ("is renewed", Dutch "verlopen op" without an auxiliary, which is the present
 * plural) give nothing, so the fact's own tense decides. When the cue is a noun ("the renewal start date
 * was 1 June", "our renewal window opened on 1 June"), the date's own verb says it instead. The user's own event in the
 * present ("I redeem the key on 5 January") is a plan ({@link #plannedByUser}).
 */
final class ClauseTense {

    /** How many words before the cue's word may hold its auxiliary: "zijn op 1 mei 2021 verlopen". */
    private static final int WINDOW = 6;
    private static final Set<String> FUTURE_MARKERS = Set.of(
            "will", "shall", "going", "gonna", "zal", "zullen", "zult", "gaat", "gaan", "wordt", "worden");
    /** Auxiliaries of a Dutch perfect or past passive: "is verlopen", "werd verlengd". */
    private static final Set<String> DUTCH_PAST_AUXILIARIES = Set.of(
            "is", "zijn", "was", "waren", "werd", "werden", "heeft", "hebben", "heb", "hebt", "had", "hadden");
    /** Dutch participles of the deadline verbs, which need such an auxiliary to be past ("verlopen" is also the present plural). */
    private static final Set<String> DUTCH_PARTICIPLES = Set.of(
            "verlopen", "vervallen", "afgelopen", "verlengd", "vernieuwd", "geeindigd", "beeindigd", "gestart", "begonnen", "geopend",
            "gestopt");
    /** Dutch simple past forms, past on their own. */
    private static final Set<String> DUTCH_PAST = Set.of(
            "verliep", "verliepen", "verviel", "vervielen", "liep", "liepen", "eindigde", "eindigden", "verlengde", "verlengden", "stopte", "stopten",
            "vernieuwde", "begon", "begonnen", "startte", "opende");
    /**
     * English irregular past forms, as the cue's words run ("ran out"): of the deadline verbs and of the verbs a user
     * tells an event with ("I gave the subscription to a colleague on 3 June", "took it back", "got the key").
     */
    private static final Set<String> ENGLISH_IRREGULAR_PAST = Set.of("ran out", "ran", "began", "begun", "gave", "took", "got", "sent",
            "bought", "paid", "sold", "lent", "brought", "left");
    /** English irregular participles, past as an "-ed" form is: not after a present passive ("is given every year"). */
    private static final Set<String> ENGLISH_IRREGULAR_PARTICIPLES = Set.of("given", "taken", "gotten");
    /** A past copula just before a date makes the date past: "the renewal start date was 1 June", "was op 1 juni". */
    private static final Set<String> PAST_COPULAS = Set.of("was", "were", "waren");
    /** Words that may stand between such a copula and its date. */
    private static final Set<String> DATE_PREPOSITIONS = Set.of("on", "op", "the");
    /** Before an English "-ed" form these make it a present passive ("is renewed every May"), which says nothing. */
    private static final Set<String> PRESENT_PASSIVE = Set.of("is", "are", "be", "get", "gets", "being");
    /** Participles of a plan, which say nothing about whether their date has passed ("scheduled on 1 June"). */
    private static final Set<String> PLANS = Set.of("scheduled", "planned", "expected", "supposed", "intended", "due");
    /** English words ending in "-ed" that are no past form. */
    private static final Set<String> NOT_PAST = Set.of("need", "indeed", "speed", "proceed", "exceed", "succeed");
    /** The user or their company as the subject of a present form: "I redeem", "ik wissel", "wissel ik", "we activeren". */
    private static final Set<String> ENGLISH_SUBJECTS = Set.of("i", "we");
    private static final Set<String> DUTCH_SUBJECTS = Set.of("ik", "we", "wij");
    /** Endings of a Dutch simple past after "ik" ("wisselde", "activeerde") and after "we" / "wij" ("wisselden"). */
    private static final List<String> DUTCH_PAST_SINGULAR = List.of("de", "te");
    private static final List<String> DUTCH_PAST_PLURAL = List.of("den", "ten");
    /**
     * The things a cue may name before its verb ("key … is from", "hem … activ"): the rules' cues are written so, and
     * the word after such a thing is no subject of it.
     */
    private static final Set<String> THINGS_FIRST = Set.of("key", "code", "productcode", "sleutel", "hem", "it", "het");
    /** Words that end a clause for this purpose: another verb phrase starts after them. */
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "so", "en", "maar", "dus", "of", "or");

    private ClauseTense() {
    }

    /** The tense of the word at {@code cueStart}..{@code cueEnd} of {@link org.faqbot.nlu.Normalized} text. */
    static Optional<Tense> of(String normalized, int cueStart, int cueEnd) {
        // A cue of more words ("ended on", "liepen af") has its verb first.
        String words = wordAround(normalized, cueStart, cueEnd);
        String word = ENGLISH_IRREGULAR_PAST.contains(words) ? words : words.split(" ")[0];
        List<String> before = wordsBefore(normalized, cueStart);
        if (before.stream().anyMatch(w -> FUTURE_MARKERS.contains(w) || w.endsWith("'ll"))) {
            return Optional.of(Tense.FUTURE);
        }
        if (DUTCH_PAST.contains(word) || ENGLISH_IRREGULAR_PAST.contains(word) || englishPast(word, before)) {
            return Optional.of(Tense.PAST);
        }
        if (DUTCH_PARTICIPLES.contains(word) && before.stream().anyMatch(DUTCH_PAST_AUXILIARIES::contains)) {
            return Optional.of(Tense.PAST);
        }
        return Optional.empty();
    }

    /**
     * Future when the user does the event's action in the present: "I redeem the key on 5 January", "ik wissel de key op 5
     * januari in", "op 5 januari activeer ik de code" plan it, as "I'll redeem it on 5 January" does, so a date without a
     * year is the next one. Only for an event the user does (a key redeemed, a subscription assigned): a deadline stated
     * in the present ("my benefits expire on 1 December") says nothing of a plan. The cue's word must be a present form
     * with "I", "we", "ik" or "wij" right before it (or, in Dutch, right after it); a past form or a perfect gives the
     * past through {@link #of} first.
     */
    static Optional<Tense> plannedByUser(String normalized, int cueStart, int cueEnd) {
        return plannedByUser(normalized, cueStart, cueEnd, normalized.substring(cueStart, cueEnd));
    }

    /** As {@link #plannedByUser(String, int, int)}; a misspelt past form of {@code cue}'s verb ("i redeemd it") is no plan. */
    static Optional<Tense> plannedByUser(String normalized, int cueStart, int cueEnd, String cue) {
        // "key … dates from" names its thing first and has its verb last: in "the key we got dates from 9 May" the word
        // after "key" is no subject of "key", as it would be of a verb first ("wissel we ... in").
        int verbStart = thingFirst(cue) ? lastPartStart(normalized, cueEnd, cue) : cueStart;
        String word = wordAround(normalized, verbStart, verbStart == cueStart ? cueEnd : verbStart).split(" ")[0];
        String verb = verbStart == cueStart ? cue : cue.substring(cue.indexOf(CueMatcher.GAP) + CueMatcher.GAP.length());
        if (PastTypos.misspelt(word, verb)) {
            return Optional.empty();
        }
        List<String> before = wordsBefore(normalized, verbStart);
        String subject = before.isEmpty() ? "" : before.get(before.size() - 1);
        int wordEnd = verbStart;
        while (wordEnd < normalized.length() && isWordChar(normalized.charAt(wordEnd))) {
            wordEnd++;
        }
        String after = wordAfter(normalized, wordEnd);
        boolean subjectFirst = ENGLISH_SUBJECTS.contains(subject) || DUTCH_SUBJECTS.contains(subject);
        // "het abonnement heb ik toegewezen op 2 december": the subject after a Dutch auxiliary makes a perfect, no plan.
        if (DUTCH_SUBJECTS.contains(subject) && before.size() > 1 && DUTCH_PAST_AUXILIARIES.contains(before.get(before.size() - 2))) {
            return Optional.empty();
        }
        boolean present = subjectFirst ? present(word, subject) : DUTCH_SUBJECTS.contains(after) && dutchPresent(word, after);
        return present ? Optional.of(Tense.FUTURE) : Optional.empty();
    }

    /** Whether a cue with a gap starts with the thing it is said of ("key … dates from", "sleutel … activ"), not its verb. */
    static boolean thingFirst(String cue) {
        int gap = cue.indexOf(CueMatcher.GAP);
        return gap > 0 && THINGS_FIRST.contains(cue.substring(0, gap).strip());
    }

    /** Where the cue's last part ("dates from" of "key … dates from"), which ends at {@code cueEnd}, starts its first word. */
    private static int lastPartStart(String text, int cueEnd, String cue) {
        int words = cue.substring(cue.indexOf(CueMatcher.GAP) + CueMatcher.GAP.length()).strip().split(" ").length;
        int at = Math.min(cueEnd, text.length());
        for (int i = 0; i < words; i++) {
            while (at > 0 && !isWordChar(text.charAt(at - 1))) {
                at--;
            }
            while (at > 0 && isWordChar(text.charAt(at - 1))) {
                at--;
            }
        }
        return at;
    }

    /** Whether {@code word} is a present form with {@code subject}; "we" is both languages' ("we activate", "we wisselen"). */
    private static boolean present(String word, String subject) {
        boolean english = !ENGLISH_SUBJECTS.contains(subject) || !word.endsWith("ed") && !word.endsWith("ing");
        return english && (!DUTCH_SUBJECTS.contains(subject) || dutchPresent(word, subject));
    }

    /** Whether {@code word} with {@code subject} ("ik", "we", "wij") is no Dutch past form. */
    private static boolean dutchPresent(String word, String subject) {
        List<String> pastEndings = subject.equals("ik") ? DUTCH_PAST_SINGULAR : DUTCH_PAST_PLURAL;
        return !DUTCH_PAST.contains(word) && !DUTCH_PARTICIPLES.contains(word) && pastEndings.stream().noneMatch(word::endsWith);
    }

    /**
     * Past when the date's own verb is, whatever the cue's: in "the renewal start date was 1 June" and "our renewal
     * window opened on 1 June" the cue is a noun, and the verb just before the date ("was", "opened", "opende") says the
     * date lies behind; so does a Dutch participle just after it with a past auxiliary before it ("is op 1 juni
     * geopend"). A participle of a plan ("is scheduled on 1 June") says nothing.
     */
    static Optional<Tense> ofDateVerb(String normalized, int dateStart, int dateEnd) {
        List<String> before = wordsBefore(normalized, dateStart);
        List<String> verbs = before;
        while (!verbs.isEmpty() && DATE_PREPOSITIONS.contains(verbs.get(verbs.size() - 1))) {
            verbs = verbs.subList(0, verbs.size() - 1);
        }
        if (!verbs.isEmpty() && pastVerb(verbs.get(verbs.size() - 1), verbs.subList(0, verbs.size() - 1))) {
            return Optional.of(Tense.PAST);
        }
        boolean perfect = DUTCH_PARTICIPLES.contains(wordAfter(normalized, dateEnd))
                && before.stream().anyMatch(DUTCH_PAST_AUXILIARIES::contains) && before.stream().noneMatch(FUTURE_MARKERS::contains);
        return perfect ? Optional.of(Tense.PAST) : Optional.empty();
    }

    private static boolean pastVerb(String word, List<String> before) {
        return PAST_COPULAS.contains(word) || DUTCH_PAST.contains(word) || ENGLISH_IRREGULAR_PAST.contains(word)
                || englishPast(word, before) && !PLANS.contains(word);
    }

    /** The word that starts at or after {@code from}, empty at the end or across punctuation. */
    private static String wordAfter(String text, int from) {
        int start = from;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static boolean englishPast(String word, List<String> before) {
        boolean participle = word.endsWith("ed") || ENGLISH_IRREGULAR_PARTICIPLES.contains(word);
        if (!participle || NOT_PAST.contains(word) || DUTCH_PARTICIPLES.contains(word)) {
            return false;
        }
        return before.isEmpty() || !PRESENT_PASSIVE.contains(before.get(before.size() - 1));
    }

    /** The whole word the cue starts ("expir" in "expired" gives "expired"). */
    private static String wordAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && isWordChar(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && isWordChar(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    /** Up to {@link #WINDOW} words before the cue, nearest last, stopping at a clause's end. */
    private static List<String> wordsBefore(String text, int cueStart) {
        int from = cueStart;
        while (from > 0 && isWordChar(text.charAt(from - 1))) {
            from--;
        }
        List<String> words = new ArrayList<>();
        int i = from;
        while (words.size() < WINDOW) {
            int end = i;
            while (end > 0 && !isWordChar(text.charAt(end - 1))) {
                if (".!?,;:".indexOf(text.charAt(end - 1)) >= 0) {
                    return words;
                }
                end--;
            }
            int start = end;
            while (start > 0 && isWordChar(text.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                return words;
            }
            String word = text.substring(start, end);
            if (CLAUSE_WORDS.contains(word)) {
                return words;
            }
            words.add(0, word);
            i = start;
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }
}
