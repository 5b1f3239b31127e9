package org.faqbot.nlu;

import java.util.regex.Pattern;

/**
 * Text a message quotes from someone else, mostly the bot's own earlier answer: lines that start with "&gt;" (as mail and
 * chat programs quote), and text in quotes after "you said", "bot said", "je zei", "de bot zei" and the like. Its dates
 * are the quoted speaker's, not facts the user states: in "&gt; You redeemed the product key on 1 December 2020 ...\nbut
 * that's wrong, I redeemed it in 2021" the user's fact is "in 2021". So the quote is taken out before the message is
 * read, and the user's own words around it are what is answered. Works on both languages at once.
 */
public final class QuotedText {

    /** A line quoted as mail and chat programs do, "&gt;" first (several for a quote in a quote). */
    private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^[ \\t]*>.*(?:\\R|$)");
    /**
     * Who said it, then the quote in quotation marks: "you said: "...""; "bot said "..."", "de bot zei "..."", "je
     * schreef: '...'". The speaker is the bot or "you", addressing it; what the user quotes of themselves is theirs.
     */
    private static final Pattern SAID_QUOTE = Pattern.compile("(?iu)(?:\\b(?:the |de |die )?(?:bot|faqbot|assistant|assistent)"
            + "|\\b(?:you|je|jij|u))\\s+(?:said|wrote|told me|answered|replied|says|zei|zegt|schreef|antwoordde|gaf aan)"
            + "(?:\\s+(?:that|dat|me|mij))?\\s*[:,]?\\s*(?:\"[^\"]+\"|“[^”]+”|„[^”“]+[”“]|'[^']+'|‘[^’]+’)");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    /** What is left where a quote stood at the start of a message: the dash or colon that led to the user's own words. */
    private static final Pattern LEFT_LEAD = Pattern.compile("^[\\s\\-\u2013\u2014:,.]+");

    private QuotedText() {
    }

    /**
     * {@code text} without the text it quotes; a message that is nothing but a quote is returned as it is, since the
     * quote is then all the user has to ask about.
     */
    public static String without(String text) {
        boolean quotedLines = text.indexOf('>') >= 0;
        boolean quotes = mayQuote(text);
        if (!quotedLines && !quotes) {
            return text;
        }
        // Each pattern only when it can match: an apostrophe alone ("what's") ran SAID_QUOTE at every position.
        String rest = quotedLines ? QUOTED_LINE.matcher(text).replaceAll("") : text;
        rest = quotes ? SAID_QUOTE.matcher(rest).replaceAll(" ") : rest;
        if (rest.length() == text.length()) {
            return text;
        }
        rest = LEFT_LEAD.matcher(SPACES.matcher(rest).replaceAll(" ").strip()).replaceFirst("");
        return rest.isBlank() ? text : rest;
    }

    /** Whether {@code text} has what each quote of {@link #SAID_QUOTE} opens with, two apostrophes for one in apostrophes. */
    private static boolean mayQuote(String text) {
        int apostrophes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '„' || c == '‘' || c == '\'' && ++apostrophes == 2) {
                return true;
            }
        }
        return false;
    }
}
