package org.faqbot.dialog;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English negative contractions typed without their apostrophe ("my key doesnt work anymore", "isnt it valid?"),
 * given it back before the message is read: the rules' end cues ("doesn't work") and the negations that turn a question
 * round are written with it, so "doesnt" read as an unknown word and the message fell back. Only words that are nothing
 * else in either language are restored ("cant" and "wont" are English words of their own, and stay).
 */
final class Contractions {

    /** The contractions restored, as typed without the apostrophe, which goes before the last letter of each. */
    private static final List<String> WORDS = List.of("doesnt", "dont", "didnt", "isnt", "arent", "wasnt", "werent", "havent",
            "hasnt", "hadnt", "couldnt", "wouldnt", "shouldnt");
    private static final Pattern WORD = Pattern.compile("(?i)\\b(" + String.join("|", WORDS) + ")\\b");

    private Contractions() {
    }

    /** {@code text} with each such contraction's apostrophe back, in the case it was typed. */
    static String restored(String text) {
        if (!endsAWordInNt(text)) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            String typed = m.group(1);
            // "DOESNT" stays in capitals: the apostrophe goes before the last letter, whatever the case.
            String restored = typed.substring(0, typed.length() - 1) + "'" + typed.substring(typed.length() - 1);
            m.appendReplacement(out, Matcher.quoteReplacement(restored));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether some word may end in "nt", in any case, as each of {@link #WORDS} does: most messages have none, and the
     * case-blind pattern was tried at every word of every message.
     */
    private static boolean endsAWordInNt(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 't' || c == 'T') && (text.charAt(i - 1) == 'n' || text.charAt(i - 1) == 'N')
                    && (i + 1 == text.length() || !isAsciiLetterOrDigit(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
