package org.faqbot.telegram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps bot tokens out of logs and error messages. The client puts the token in every request URL
 * ({@code /bot<token>/sendMessage}), so any exception text from it may contain the token.
 */
public final class TokenMask {

    /** What a token is replaced with. */
    public static final String MASK = "<token>";

    // Any bot token, not just ours: "bot" is optional so a token standing on its own is caught too.
    private static final Pattern ANY_TOKEN = Pattern.compile("\\d{3,}:[A-Za-z0-9_-]{20,}");

    private final String token;

    public TokenMask(String token) {
        this.token = token;
    }

    /** {@code text} with our token and anything shaped like a bot token replaced by {@link #MASK}. */
    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = token.isEmpty() ? text : text.replace(token, MASK);
        return ANY_TOKEN.matcher(masked).replaceAll(Matcher.quoteReplacement(MASK));
    }

    /**
     * A description of {@code error} and its causes (class and masked message of each), fit for a log
     * line. Stack traces are left out on purpose: they are logged separately at DEBUG when needed.
     */
    public String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable t = error; t != null && depth < 8; t = t.getCause(), depth++) {
            if (depth > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(mask(t.getMessage()));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }
}
