package org.faqbot.dialog;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English negative contractions typed without their apostrophe ("my key doesnt work anymore", "isnt it valid?"),
 * given it back before the message is read: the rules' end cues ("doesn't work") and the negations that turn a question
 * round are written with it, so "doesnt" read as an unknown word and the message fell back. Only words that are nothing
 * else in either language are restored ("cant" and "wont" are English words of their own, and stay).
 */
final class Contractions {

    private static final Map<String, String> RESTORED = Map.ofEntries(
            Map.entry("doesnt", "doesn't"), Map.entry("dont", "don't"), Map.entry("didnt", "didn't"), Map.entry("isnt", "isn't"),
            Map.entry("arent", "aren't"), Map.entry("wasnt", "wasn't"), Map.entry("werent", "weren't"), Map.entry("havent", "haven't"),
            Map.entry("hasnt", "hasn't"), Map.entry("hadnt", "hadn't"), Map.entry("couldnt", "couldn't"), Map.entry("wouldnt", "wouldn't"),
            Map.entry("shouldnt", "shouldn't"));
    private static final Pattern WORD = Pattern.compile("(?i)\\b(doesnt|dont|didnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|couldnt"
            + "|wouldnt|shouldnt)\\b");

    private Contractions() {
    }

    /** {@code text} with each such contraction's apostrophe back, in the case it was typed. */
    static String restored(String text) {
        Matcher m = WORD.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            String typed = m.group(1);
            String with = RESTORED.get(typed.toLowerCase(java.util.Locale.ROOT));
            // "DOESNT" stays in capitals: the apostrophe goes before the last letter, whatever the case.
            String restored = typed.substring(0, typed.length() - 1) + "'" + typed.substring(typed.length() - 1);
            m.appendReplacement(out, Matcher.quoteReplacement(with == null ? typed : restored));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
