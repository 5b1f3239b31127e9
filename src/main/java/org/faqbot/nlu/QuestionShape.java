package org.faqbot.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;

/**
 * The shape of a message, independent of its topic: is it a question at all, a yes/no question
 * ("can I still ...?"), does it ask for a date or a duration ("until when", "hoe lang"), and does the
 * user speak about their own situation ("my key", "onze inschrijving"). Works on both languages at
 * once, because Dutch messages often mix in English.
 */
public final class QuestionShape {

    /** Sentence ends: punctuation, a line break, or an emoji, which chat writers put where a full stop would go. */
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\n+|\\s*\\p{So}+\\s*");
    private static final Pattern CLAUSES = Pattern.compile("\\s*[,;:]\\s+|\\s+[-\u2013\u2014]\\s+");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}']+");

    private static final Set<String> AUXILIARIES = Set.copyOf(List.of(
            "can", "could", "may", "might", "is", "are", "am", "was", "were", "do", "does", "did", "will", "would",
            "should", "shall", "has", "have", "had", "must", "kan", "kun", "kunnen", "kunt", "mag", "mogen", "moet",
            "moeten", "is", "zijn", "ben", "was", "waren", "heb", "hebben", "heeft", "wordt", "worden", "zal", "zullen",
            "zou", "zouden", "blijft", "blijven", "werkt", "geldt", "klopt", "gaat", "krijg", "krijgen"));
    /** With the chat shorthands of "wanneer" ("wnnr", "wnr"), which Dutch partners type as a question word. */
    private static final Set<String> WH_WORDS = Set.copyOf(List.of(
            "what", "what's", "whats", "when", "where", "which", "who", "why", "how", "until", "till", "wat", "wanneer",
            "waar", "welke", "welk", "wie", "waarom", "hoe", "hoelang", "hoeveel", "vanaf", "tot", "per", "wnnr", "wnr"));
    private static final Set<String> PERSONAL = Set.copyOf(List.of(
            "i", "i'm", "i've", "i'd", "my", "me", "mine", "we", "we've", "we're", "our", "us", "ours", "ik", "mijn",
            "m'n", "mn", "me", "mij", "wij", "we", "ons", "onze", "ikzelf"));
    /** Words that join a second question to a first one ("until when ..., and can I still ...?"). */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "so", "en", "of", "maar", "dus");
    /** Who an inverted question asks about: "can I", "is it", "kan hij", "werkt het". */
    private static final Set<String> SUBJECTS = Set.copyOf(List.of(
            "i", "we", "you", "it", "he", "she", "they", "this", "that", "there", "ik", "wij", "we", "je", "jij", "u",
            "hij", "ze", "zij", "het", "dat", "die", "dit", "er", "ie"));
    private static final List<String> DATE_ASKS = spaced(
            "when", "until when", "till when", "what date", "which date", "what day", "which day", "how long", "how many days",
            "how much time", "how soon", "how quickly", "hoe snel", "hoe gauw", "last day", "final day", "final date", "last date", "deadline", "by when", "earliest", "from when",
            "first day", "first date", "eerste dag", "eerste datum",
            "days left", "wanneer", "wnnr", "wnr", "welke datum", "welke dag", "hoe lang", "hoelang", "hoeveel dagen", "hoeveel tijd",
            "laatste dag", "laatste datum", "uiterlijk", "vroegst", "deadline", "tot welke", "vanaf welke", "dagen over",
            "dagen nog");

    /** Asks for a count of days still to go, which needs a date but does not name whose. */
    private static final List<String> DAYS_LEFT = spaced(
            "how many days", "how much time", "days left", "time left", "days to go", "hoeveel dagen", "hoeveel tijd",
            "dagen over", "dagen nog", "nog dagen", "tijd over");
    /** The words such a question is made of, besides pronouns, auxiliaries and question words. */
    private static final Set<String> DAYS_LEFT_WORDS = Set.copyOf(List.of(
            "many", "much", "days", "day", "time", "left", "to", "go", "remaining", "then", "so", "and", "there",
            "dagen", "dag", "tijd", "over", "nog", "dan", "en", "er", "resterend", "resterende"));

    /** Pronouns that point back at what was just discussed ("when does it expire?", "wanneer verloopt hij?"). */
    private static final Set<String> BACK_REFERENCES = Set.copyOf(List.of(
            "it", "its", "they", "them", "that", "this", "these", "those", "hij", "hem", "ie", "ze", "zij", "die", "dat",
            "deze"));

    private static final List<String> NOW_WORDS = spaced(
            "still", "yet", "now", "already", "today", "anymore", "any longer", "right away", "at this point",
            "nog", "nog steeds", "al", "nu", "vandaag", "meer", "direct", "meteen", "inmiddels", "alsnog");
    private static final List<String> AGAIN = spaced(
            "again", "once more", "a second time", "nog een keer", "nog eens", "een tweede keer");
    /**
     * Dutch "nog" before a quantity means "more" or "another", not "still": "moet ik nog iets doen?" asks
     * what else to do, "nog meer licenties" more licences. Such a "nog" is no sign of a question about now;
     * "nog een paar dagen" and "nog geen" are, so they stay.
     */
    private static final Pattern NOG_MORE = Pattern.compile(" nog (?:iets|meer|ander|andere|anders|extra) ");

    /**
     * Who a question is about when that is someone else: "can a customer still ...?", "kan een klant nog
     * ...?", "when must Microsoft decide?". Such a question asks what another party may or must do, not what
     * the user's own dates allow, even when "our" or "us" appears in it.
     */
    private static final Set<String> OTHER_PARTIES = Set.copyOf(List.of(
            "a", "an", "een", "someone", "somebody", "anyone", "anybody", "iemand", "customer", "customers", "client",
            "clients", "klant", "klanten", "reseller", "resellers", "microsoft", "ms"));

    private QuestionShape() {
    }

    /** Phrases with a space on either side, for whole-word lookups in {@link #padded} text. */
    private static List<String> spaced(String... phrases) {
        return Arrays.stream(phrases).map(p -> " " + p + " ").toList();
    }

    /** Whether the padded text holds any of the spaced phrases. */
    private static boolean containsAny(String padded, List<String> spacedPhrases) {
        for (String phrase : spacedPhrases) {
            if (padded.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** True when the message ends in a question mark or its question clause starts like a question. */
    public static boolean isQuestion(String text) {
        return read(text).isQuestion();
    }

    /**
     * True for "can I still ...?" and "Kan ik nu al verlengen?": one of the question's clauses starts with
     * an auxiliary verb and has no question word among its first words. A message may ask a date and a
     * yes/no at once ("until when does it work, and can I still use it?"): the second half counts too.
     */
    public static boolean isYesNo(String text) {
        return read(text).isYesNo();
    }

    /**
     * A clause cut where a conjunction starts an inverted question ("... en kan ik ...", "and is it
     * ..."), for questions joined without a comma; the conjunction itself is dropped.
     */
    private static List<List<String>> joinedQuestions(List<String> clause) {
        List<List<String>> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i + 2 < clause.size(); i++) {
            if (CONJUNCTIONS.contains(clause.get(i)) && AUXILIARIES.contains(clause.get(i + 1)) && SUBJECTS.contains(clause.get(i + 2))) {
                if (i > from) {
                    parts.add(clause.subList(from, i));
                }
                from = i + 1;
            }
        }
        parts.add(clause.subList(from, clause.size()));
        return parts;
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

    /** True when the user speaks about themselves or their company ("my", "our", "ik", "onze"). */
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

    /** The message read once, for asking several of these questions of it (the rule router asks six). */
    public static Read read(String text) {
        return new Read(text);
    }

    /**
     * One message's words, padded text and question clauses, each worked out when first needed: the
     * answers are those of the static methods of the same names.
     */
    public static final class Read {

        private static final Set<String> WHY = Set.of("why", "waarom", "hoezo");

        private final String text;
        private List<String> tokens;
        private String padded;
        private List<String> sentences;
        private List<List<String>> clauses;
        private List<List<String>> questions;

        private Read(String text) {
            this.text = text;
        }

        public boolean isQuestion() {
            return text.strip().endsWith("?") || clauses().stream().anyMatch(c -> startsWith(c, WH_WORDS) || startsWith(c, AUXILIARIES));
        }

        public boolean isYesNo() {
            return questions().stream().anyMatch(c -> startsWith(c, AUXILIARIES) && !opensWith(c, WH_WORDS, 3));
        }

        public boolean asksForDate() {
            return containsAny(padded(), DATE_ASKS);
        }

        public boolean asksOnlyForDaysLeft() {
            if (!containsAny(padded(), DAYS_LEFT)) {
                return false;
            }
            return tokens().stream().allMatch(t -> DAYS_LEFT_WORDS.contains(t) || PERSONAL.contains(t)
                    || AUXILIARIES.contains(t) || WH_WORDS.contains(t) || NOW_WORDS.contains(" " + t + " "));
        }

        public boolean isAboutNow() {
            // Only the question counts: in "we already redeemed the key. Does it expire with our membership?" the
            // "already" tells the story, the question is a general one.
            String normalized = NOG_MORE.matcher(QuestionShape.padded(String.join(" ", sentences()))).replaceAll(" ");
            return !containsAny(normalized, AGAIN) && containsAny(normalized, NOW_WORDS);
        }

        public boolean asksAboutOthers() {
            for (List<String> clause : questions()) {
                for (int i = 0; i < Math.min(3, clause.size() - 1); i++) {
                    if (AUXILIARIES.contains(clause.get(i))) {
                        return OTHER_PARTIES.contains(clause.get(i + 1));
                    }
                }
            }
            return false;
        }

        public boolean asksWhy() {
            return clauses().stream().anyMatch(c -> opensWith(c, WHY, 2))
                    || tokens().stream().anyMatch(t -> t.equals("why") || t.equals("waarom"));
        }

        public boolean isPersonal() {
            return tokens().stream().anyMatch(PERSONAL::contains);
        }

        public boolean refersBack() {
            List<String> words = tokens();
            return words.stream().anyMatch(BACK_REFERENCES::contains)
                    || (!words.isEmpty() && words.get(words.size() - 1).equals("het"));
        }

        private List<String> tokens() {
            if (tokens == null) {
                tokens = QuestionShape.tokens(text);
            }
            return tokens;
        }

        private String padded() {
            if (padded == null) {
                padded = QuestionShape.padded(text);
            }
            return padded;
        }

        /** The sentences that end in a question mark, or the last sentence when none does. */
        private List<String> sentences() {
            if (sentences == null) {
                sentences = chosenSentences(text);
            }
            return sentences;
        }

        private List<List<String>> clauses() {
            if (clauses == null) {
                clauses = sentences().stream().flatMap(s -> Arrays.stream(CLAUSES.split(s))).map(QuestionShape::tokens)
                        .filter(t -> !t.isEmpty()).toList();
            }
            return clauses;
        }

        /** The question clauses, with questions joined by a conjunction cut apart. */
        private List<List<String>> questions() {
            if (questions == null) {
                questions = clauses().stream().flatMap(c -> joinedQuestions(c).stream()).toList();
            }
            return questions;
        }
    }

    /** The normalised text with every run of non-word characters a single space, padded, for " phrase " lookups. */
    private static String padded(String text) {
        return " " + TOKEN_SPLIT.matcher(Normalized.of(text)).replaceAll(" ") + " ";
    }

    /** The sentences that end in a question mark, or the last sentence when none does. */
    private static List<String> chosenSentences(String text) {
        List<String> sentences = Arrays.stream(SENTENCES.split(text.strip())).filter(s -> !s.isBlank()).toList();
        List<String> questions = sentences.stream().filter(s -> s.strip().endsWith("?")).toList();
        return questions.isEmpty() && !sentences.isEmpty() ? List.of(sentences.get(sentences.size() - 1)) : questions;
    }

    private static boolean startsWith(List<String> clause, Set<String> words) {
        return opensWith(clause, words, 1);
    }

    private static boolean opensWith(List<String> clause, Set<String> words, int within) {
        return clause.stream().limit(within).anyMatch(words::contains);
    }

    static List<String> tokens(String text) {
        return Arrays.stream(TOKEN_SPLIT.split(Normalized.of(text))).filter(t -> !t.isEmpty()).toList();
    }
}
