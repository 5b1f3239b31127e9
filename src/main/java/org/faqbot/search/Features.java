package org.faqbot.search;

import java.util.List;

/**
 * The evidence the {@link FusionModel} weighs for each candidate of a question: how the lexical search
 * rates it (its confidence, and its lead over the best other candidate), how close its meaning is
 * (the best cosine of the question's vectors with the entry's, and the lead of that over the best
 * other candidate), how sure the lexical side is of anything (low for questions off the topic), whether
 * both rankings put it first, whether it is a passage rather than a Q&amp;A, whether it lacks the
 * kind of amount the question asks for, how close its closest answer chunk is (and that chunk's lead), and
 * whether it is on one of the bot's home pages, and how long the message is. A model may do without some of them: their weights are 0
 * ({@code faqbot fit --leave-out}).
 * Leads rather than raw values carry most of the signal: the encoder's cosines of unrelated texts lie in a narrow band,
 * so what sets the answer apart is its distance from the runner-up.
 */
public final class Features {

    public static final List<String> NAMES = List.of("one", "lex", "lex_lead", "lex_best", "cos", "cos_lead", "lex_first", "cos_first", "top_both",
            "passage", "amount_mismatch", "lex_evidence", "lex_heading", "lex_english",
            "chunk", "chunk_lead", "chunk_first", "home", "long");

    /** Words of a message up to which it is short: a question on its own, without context around it. */
    static final int SHORT_WORDS = 10;
    /** Words from which a message is wholly long: two or three sentences of context before the ask. */
    static final int LONG_WORDS = 30;

    /** The encoder's cosines live in a narrow band; centred and stretched they weigh like the other features. */
    private static final double COS_CENTRE = 0.8;
    private static final double COS_SCALE = 10;
    private static final int COS = NAMES.indexOf("cos");
    private static final int LEX_ENGLISH = NAMES.indexOf("lex_english");
    private static final int COS_FIRST = NAMES.indexOf("cos_first");

    private Features() {
    }

    /**
     * The features of each candidate of one question of {@code length} ({@link #length}).
     *
     * @param lex     each candidate's lexical confidence, 0 when the lexical search did not find it
     * @param cos     each candidate's best cosine with the question
     * @param chunk   each candidate's best cosine of its answer's chunks with the question (its {@code cos}
     *                when it has none): a passage that covers several things matches by the one asked about
     * @param passage whether each candidate is a passage
     * @param home    whether each candidate is an entry of one of the bot's home pages (the Benefits FAQ):
     *                with the whole corpus loaded, like sections of other pages compete with the page the bot is about
     * @param lacksAmount whether the question asks for an amount (a count, a price, a span of time) that
     *                the candidate's answer does not name ({@link AnswerKinds})
     * @param evidence how much specific evidence the lexical side matched in the candidate, in absolute
     *                terms (in [0,1]; long chatty questions have a low share of matched words but may still
     *                match the few words that matter)
     * @param heading the share of the candidate's own question (heading) that the question covers
     * @param english the lexical confidence of the question in English words (an English question
     *                itself, a Dutch one's gloss): a second lexical reading of a Dutch question
     * @param length  the message's length ({@link #length}): a long message's context lowers every candidate's lexical
     *                share and cosine alike, so the same evidence says more in a long message than in a short one (the
     *                fitted weight of {@code long} is positive)
     */
    public static double[][] of(double[] lex, double[] cos, double[] chunk, boolean[] passage, boolean[] home, boolean[] lacksAmount, double[] evidence,
            double[] heading, double[] english, double length) {
        int n = lex.length;
        int lexTop = argmax(lex);
        int cosTop = argmax(cos);
        int chunkTop = argmax(chunk);
        double lexBest = n == 0 ? 0 : lex[lexTop];
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {
                1,
                lex[i],
                lex[i] - bestOther(lex, i, 0),
                lexBest,
                (cos[i] - COS_CENTRE) * COS_SCALE,
                (cos[i] - bestOther(cos, i, COS_CENTRE)) * COS_SCALE,
                i == lexTop && lex[i] > 0 ? 1 : 0,
                i == cosTop ? 1 : 0,
                i == lexTop && i == cosTop && lex[i] > 0 ? 1 : 0,
                passage[i] ? 1 : 0,
                lacksAmount[i] ? 1 : 0,
                evidence[i],
                heading[i],
                english[i],
                (chunk[i] - COS_CENTRE) * COS_SCALE,
                (chunk[i] - bestOther(chunk, i, COS_CENTRE)) * COS_SCALE,
                i == chunkTop ? 1 : 0,
                home[i] ? 1 : 0,
                length,
            };
        }
        return x;
    }

    /** Whether {@code point} is in {@code \p{N}}. */
    private static boolean isNumber(int point) {
        int type = Character.getType(point);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * How long a message is, in [0,1]: 0 up to {@value #SHORT_WORDS} words, 1 from {@value #LONG_WORDS}, linear between.
     * A message with two or three sentences of context before its ask reads far from every entry's short question.
     */
    public static double length(String message) {
        // The runs of letters and digits counted by hand: a matcher of [\p{L}\p{N}]+ ran over every question twice a search.
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < message.length(); ) {
            int point = message.codePointAt(i);
            boolean wordPoint = Character.isLetter(point) || isNumber(point);
            if (wordPoint && !inWord) {
                words++;
            }
            inWord = wordPoint;
            i += Character.charCount(point);
        }
        return Math.max(0, Math.min(1, (words - SHORT_WORDS) / (double) (LONG_WORDS - SHORT_WORDS)));
    }

    /** The candidate's best cosine with the question, read back from its features {@code x}. */
    static double cosine(double[] x) {
        return x[COS] / COS_SCALE + COS_CENTRE;
    }

    /** Whether the candidate of features {@code x} has the best cosine with the question of all the candidates. */
    static boolean closestByMeaning(double[] x) {
        return x[COS_FIRST] == 1;
    }

    /** The best cosine of any of the candidates: how close the question came to the knowledge base by meaning (-1 for none). */
    static double closeness(List<double[]> candidates) {
        double best = -1;
        for (double[] x : candidates) {
            best = Math.max(best, cosine(x));
        }
        return best;
    }

    /** The best lexical confidence of the question's English words ({@code lex_english}) of any of the candidates (0 for none). */
    static double englishConfidence(List<double[]> candidates) {
        double best = 0;
        for (double[] x : candidates) {
            best = Math.max(best, x[LEX_ENGLISH]);
        }
        return best;
    }

    /** The best value but the one at {@code except}; {@code none} when there is no other. */
    private static double bestOther(double[] values, int except, double none) {
        double best = none;
        boolean any = false;
        for (int i = 0; i < values.length; i++) {
            if (i != except && (!any || values[i] > best)) {
                best = values[i];
                any = true;
            }
        }
        return any ? best : none;
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
