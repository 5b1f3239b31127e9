package org.faqbot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.faqbot.kb.FaqEntry;

/**
 * Whether an entry can answer a question of amount, or an open question. An answer to "how many", "hoeveel" or "what does
 * it cost" names a number of things or a price, and an answer to "how many days" names a span of
 * time; an entry that names no such number is a weak answer however many words it shares.
 * ("Hoeveel Azure-tegoed zit er in de Action Pack?" shares its words with the Azure Bulk Credit entry,
 * which says nothing of amounts; "How many Visual Studio subscriptions do we get?" is not answered by
 * "after 90 days".) Likewise an open question ("how do I turn on MFA?", "waarom ...?") asks for a way, a reason or a
 * thing, and an entry whose answer opens with a bare verdict ("No. The fulfillment of these requirements ...") answers a
 * yes/no question of its own: with the whole corpus such entries came first for "how"-questions on their page's
 * subject.
 */
final class AnswerKinds {

    /** How much the confidence of an entry without the right kind of number counts for a question of amount. */
    static final double AMOUNT_MISMATCH = 0.5;

    /** The kind of answer a question asks for: a number of things or a price, a span of time, or (open) no verdict. */
    enum Amount { NONE, COUNT, SPAN, OPEN }

    /** The question words of an open question, in either language. */
    private static final Set<String> OPEN_WORDS = Set.of("how", "what", "why", "which", "where", "who", "when", "hoe", "wat",
            "waarom", "welke", "welk", "waar", "wie", "wanneer");
    /** A question that opens with one of these verbs asks for a verdict, whatever question word follows ("can I see which ..."). */
    private static final Set<String> VERDICT_VERBS = Set.of("can", "could", "is", "are", "am", "was", "were", "do", "does", "did",
            "will", "would", "should", "shall", "may", "must", "have", "has", "kan", "kun", "kunnen", "kunt", "mag", "mogen",
            "moet", "moeten", "zijn", "ben", "heb", "hebben", "heeft", "wordt", "worden", "zal", "zullen", "gaat", "klopt");
    /** An answer that opens with a verdict: "No.", "Yes,", "Nee.", "Ja,", perhaps in bold. */
    private static final Pattern VERDICT = Pattern.compile("^\\W*(yes|no|ja|nee)\\b\\W*([.,;:!]|$)");

    private static final String TIME_UNIT = "(days?|weeks?|months?|years?|dag|dagen|weken|week|maand|maanden|jaar|jaren)";
    private static final Pattern SPAN_QUESTION = Pattern.compile(
            "\\b(how (many|much) (more )?" + TIME_UNIT + "|how much time|hoeveel (extra )?(" + TIME_UNIT + "|tijd))\\b");
    private static final Pattern COUNT_QUESTION = Pattern.compile(
            "\\b(how (many|much)|hoeveel|what does (it|an?|the) .{0,40}cost|wat kost|what is the (price|cost)|"
                    + "wat is de prijs|wat zijn de kosten|(price|cost|prijs|kosten) (of|van))\\b");
    /** The words of a span of time in an answer: a number, perhaps "more", and a unit ("90 days", "drie maanden"). */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "twenty", "thirty", "ninety", "hundred", "a", "één", "twee", "drie", "vier", "vijf", "zes",
            "zeven", "acht", "negen", "tien", "elf", "twaalf", "twintig", "dertig", "negentig", "honderd");
    private static final Set<String> MORE_WORDS = Set.of("more", "additional", "extra");
    private static final Set<String> TIME_UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years", "dag",
            "dagen", "weken", "maand", "maanden", "jaar", "jaren", "werkdag", "werkdagen", "kalenderdag", "kalenderdagen");
    /**
     * Words that say which days a span counts, between its number and its unit ("1 business day", "3-5 werk dagen"): the
     * payout pages' "number of days to reach your account" table names its spans only so, and read as a count without a
     * span it lacked what "how many days" asks.
     */
    private static final Set<String> DAY_KINDS = Set.of("business", "calendar", "working", "werk", "kalender");
    /** Words that name an amount of money or a share without a digit. */
    private static final Set<String> AMOUNT_UNITS = Set.of("percent", "procent", "usd", "eur");
    /** What parts a question's words, compiled once: String.split would compile it for every question. */
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern STEP_NUMBER = Pattern.compile("(?m)^\\s*\\d+\\.\\s");
    /** Words that every {@link #SPAN_QUESTION} or {@link #COUNT_QUESTION} match contains. */
    private static final List<String> AMOUNT_WORDS = List.of("how", "hoeveel", "cost", "kost", "price", "prijs");

    private AnswerKinds() {
    }

    /** The kind of answer {@code question} asks for, if any. */
    static Amount asks(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        // Every question of amount holds one of these words; the patterns, tried at every position of
        // every question, were 3% of a search on their own.
        if (AMOUNT_WORDS.stream().anyMatch(text::contains)) {
            if (SPAN_QUESTION.matcher(text).find()) {
                return Amount.SPAN;
            }
            if (COUNT_QUESTION.matcher(text).find()) {
                return Amount.COUNT;
            }
        }
        return open(text) ? Amount.OPEN : Amount.NONE;
    }

    /** Whether {@code text} (lower case) asks a question word's question rather than for a verdict. */
    private static boolean open(String text) {
        // The runs of letters read by hand, as a split at every run of non-letters gives them: a regex split per question, twice a search.
        boolean first = true;
        for (int at = 0; at < text.length(); ) {
            int point = text.codePointAt(at);
            if (!Character.isLetter(point)) {
                at += Character.charCount(point);
                continue;
            }
            int end = at;
            while (end < text.length() && Character.isLetter(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            String word = text.substring(at, end);
            if (first && VERDICT_VERBS.contains(word)) {
                return false;
            }
            first = false;
            if (OPEN_WORDS.contains(word)) {
                return true;
            }
            at = end;
        }
        return false;
    }

    /**
     * Per document, the kinds of answer it gives: [0] a count or price, [1] a span of time, [2] anything but a bare verdict
     * (what an open question wants).
     */
    static boolean[][] named(FaqEntry[] entryByDoc) {
        boolean[][] named = new boolean[entryByDoc.length][];
        for (int doc = 0; doc < entryByDoc.length; doc++) {
            FaqEntry entry = entryByDoc[doc];
            named[doc] = new boolean[3];
            if (entry != null) {
                boolean[] numbers = named(answerText(entry));
                named[doc][0] = numbers[0];
                named[doc][1] = numbers[1];
                named[doc][2] = !verdict(entry.answer().en()) && !verdict(entry.answer().nl());
            }
        }
        return named;
    }

    /** Whether {@code answer} opens with a bare yes or no. */
    static boolean verdict(String answer) {
        return VERDICT.matcher(answer.strip().toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The kinds of number {@code text} (lower case) names: [0] a count or price (a digit, a currency sign or
     * unit) outside its spans of time, [1] a span of time. One pass over the words: as patterns tried at
     * every position of every answer, this was a quarter of building the whole corpus's index (0.8 s).
     */
    static boolean[] named(String text) {
        List<int[]> words = words(text);
        boolean[] inSpan = new boolean[text.length()];
        boolean span = false;
        for (int w = 0; w < words.size(); w++) {
            int end = spanEnd(text, words, w);
            if (end >= 0) {
                span = true;
                Arrays.fill(inSpan, words.get(w)[0], end, true);
            }
        }
        boolean count = false;
        for (int i = 0; i < text.length() && !count; i++) {
            char c = text.charAt(i);
            count = !inSpan[i] && (c >= '0' && c <= '9' || c == '€' || c == '$');
        }
        for (int w = 0; w < words.size() && !count; w++) {
            int[] word = words.get(w);
            count = !inSpan[word[0]] && AMOUNT_UNITS.contains(text.substring(word[0], word[1]));
        }
        return new boolean[] {count, span};
    }

    /** Where the span of time starting at word {@code w} ends, or -1 when none starts there. */
    private static int spanEnd(String text, List<int[]> words, int w) {
        int[] number = words.get(w);
        String first = text.substring(number[0], number[1]);
        if (!isDigits(first) && !NUMBER_WORDS.contains(first)) {
            return -1;
        }
        int next = w + 1;
        if (next < words.size() && oneSpaceBetween(text, words.get(next - 1), words.get(next))
                && MORE_WORDS.contains(word(text, words.get(next)))) {
            next++;
        }
        if (next < words.size() && oneSpaceBetween(text, words.get(next - 1), words.get(next))
                && DAY_KINDS.contains(word(text, words.get(next)))) {
            next++;
        }
        if (next < words.size() && oneSpaceBetween(text, words.get(next - 1), words.get(next))
                && TIME_UNITS.contains(word(text, words.get(next)))) {
            return words.get(next)[1];
        }
        return -1;
    }

    /** The runs of letters, digits and '_' of {@code text}, each as [start, end). */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            // '_' joins words, as in identifiers ("ACR_USD" is a column name, not an amount in dollars).
            boolean letter = i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_');
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(new int[] {start, i});
                start = -1;
            }
        }
        return words;
    }

    private static boolean oneSpaceBetween(String text, int[] before, int[] after) {
        return after[0] == before[1] + 1 && text.charAt(before[1]) == ' ';
    }

    private static String word(String text, int[] word) {
        return text.substring(word[0], word[1]);
    }

    private static boolean isDigits(String word) {
        return word.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Whether the entry of {@code doc} lacks the kind of answer that a question asking {@code amount} wants. */
    static boolean lacks(Amount amount, boolean[][] named, int doc) {
        return amount != Amount.NONE && !named[doc][amount.ordinal() - 1];
    }

    /** The candidates with the confidence of entries lacking the asked kind of number lowered, order kept. */
    static List<ScoredCandidate> adjust(List<ScoredCandidate> ranked, boolean[][] named, String question) {
        Amount amount = asks(question);
        // An open question's verdict entries are left to the fusion: halving one would cap every candidate after it.
        if (amount == Amount.NONE || amount == Amount.OPEN) {
            return ranked;
        }
        int kind = amount.ordinal() - 1;
        List<ScoredCandidate> adjusted = new ArrayList<>(ranked.size());
        double ceiling = 1;
        for (ScoredCandidate c : ranked) {
            double confidence = named[c.candidate().doc()][kind] ? c.confidence() : c.confidence() * AMOUNT_MISMATCH;
            ceiling = Math.min(ceiling, confidence);
            adjusted.add(new ScoredCandidate(c.candidate(), ceiling));
        }
        return adjusted;
    }

    private static String answerText(FaqEntry entry) {
        // Link targets and the numbers of numbered steps are not amounts the answer names.
        String text = LINK_TARGET.matcher(entry.answer().nl() + "\n" + entry.answer().en()).replaceAll("]");
        return STEP_NUMBER.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
