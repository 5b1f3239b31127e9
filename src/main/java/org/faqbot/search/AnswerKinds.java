package org.faqbot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.faqbot.kb.FaqEntry;

/**
 * Whether an entry can answer a question of amount. An answer to "how many", "hoeveel" or "what does
 * it cost" names a number of things or a price, and an answer to "how many days" names a span of
 * time; an entry that names no such number is a weak answer however many words it shares.
 * ("Hoeveel Azure-tegoed zit er in de Action Pack?" shares its words with the Azure Bulk Credit entry,
 * which says nothing of amounts; "How many Visual Studio subscriptions do we get?" is not answered by
 * "after 90 days".)
 */
final class AnswerKinds {

    /** How much the confidence of an entry without the right kind of number counts for a question of amount. */
    static final double AMOUNT_MISMATCH = 0.5;

    /** The kind of number a question asks for. */
    enum Amount { NONE, COUNT, SPAN }

    private static final String NUMBER = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
            + "ninety|hundred|a|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|negentig|honderd)";
    private static final String TIME_UNIT = "(days?|weeks?|months?|years?|dag|dagen|weken|week|maand|maanden|jaar|jaren)";
    private static final Pattern SPAN_QUESTION = Pattern.compile(
            "\\b(how (many|much) (more )?" + TIME_UNIT + "|how much time|hoeveel (extra )?(" + TIME_UNIT + "|tijd))\\b");
    private static final Pattern COUNT_QUESTION = Pattern.compile(
            "\\b(how (many|much)|hoeveel|what does (it|an?|the) .{0,40}cost|wat kost|what is the (price|cost)|"
                    + "wat is de prijs|wat zijn de kosten|(price|cost|prijs|kosten) (of|van))\\b");
    private static final Pattern SPAN = Pattern.compile("\\b" + NUMBER + " (more |additional |extra )?" + TIME_UNIT + "\\b");
    /** Words that every {@link #SPAN_QUESTION} or {@link #COUNT_QUESTION} match contains. */
    private static final List<String> AMOUNT_WORDS = List.of("how", "hoeveel", "cost", "kost", "price", "prijs");
    private static final Pattern ANY_NUMBER = Pattern.compile("\\d|[€$]|\\b(percent|procent|usd|eur)\\b");

    private AnswerKinds() {
    }

    /** The kind of number {@code question} asks for, if any. */
    static Amount asks(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        // Every question of amount holds one of these words; the patterns, tried at every position of
        // every question, were 3% of a search on their own.
        if (AMOUNT_WORDS.stream().noneMatch(text::contains)) {
            return Amount.NONE;
        }
        if (SPAN_QUESTION.matcher(text).find()) {
            return Amount.SPAN;
        }
        return COUNT_QUESTION.matcher(text).find() ? Amount.COUNT : Amount.NONE;
    }

    /** Per document, the kinds of number its answer names: [0] a count or price, [1] a span of time. */
    static boolean[][] named(FaqEntry[] entryByDoc) {
        boolean[][] named = new boolean[entryByDoc.length][2];
        for (int doc = 0; doc < entryByDoc.length; doc++) {
            FaqEntry entry = entryByDoc[doc];
            if (entry != null) {
                String text = answerText(entry);
                named[doc][1] = SPAN.matcher(text).find();
                named[doc][0] = ANY_NUMBER.matcher(SPAN.matcher(text).replaceAll(" ")).find();
            }
        }
        return named;
    }

    /** Whether the entry of {@code doc} lacks the kind of number that a question asking {@code amount} wants. */
    static boolean lacks(Amount amount, boolean[][] named, int doc) {
        return amount != Amount.NONE && !named[doc][amount == Amount.COUNT ? 0 : 1];
    }

    /** The candidates with the confidence of entries lacking the asked kind of number lowered, order kept. */
    static List<ScoredCandidate> adjust(List<ScoredCandidate> ranked, boolean[][] named, String question) {
        Amount amount = asks(question);
        if (amount == Amount.NONE) {
            return ranked;
        }
        int kind = amount == Amount.COUNT ? 0 : 1;
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
        return (entry.answer().nl() + "\n" + entry.answer().en()).replaceAll("\\]\\([^)]*\\)", "]")
                .replaceAll("(?m)^\\s*\\d+\\.\\s", "").toLowerCase(Locale.ROOT);
    }
}
