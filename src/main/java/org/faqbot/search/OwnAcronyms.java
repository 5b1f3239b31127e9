package org.faqbot.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name in capitals that no docs page uses as written, or uses only apart from the question's other words, for {@link
 * OtherThings}: "how do I get a refund from AWS?", "kan ik bij GCP een terugbetaling krijgen?". The docs write the programme's abbreviations (MPN, CSP, MFA, AAD) and partners'
 * own shortenings of its things are lower case or known by a synonym ("VS", "abo"), so a word in capitals that no page
 * writes is another company or product, though it is one letter from a docs word ("AWS" and "was"): nobody mistypes a
 * word into capitals. The question is about it wherever it stands, also after a preposition ("from AWS"), where a word in
 * lower case only says where or with what. Only when the question names none of the FAQ's things (checked by the
 * caller) and is not written in capitals as a whole. Thread-safe.
 */
final class OwnAcronyms {

    /**
     * Three to six capitals, maybe with digits after the first: "AWS", "GCP", "IBM". Two ("MS", "EA") are too often a
     * shortening of a word the docs write out ("MS certification" for Microsoft's).
     */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{2,5}");
    private static final Pattern LOWER = Pattern.compile("\\p{Ll}");
    /**
     * Chat shorthand typed in capitals in both languages ("... my invoice ASAP?", "FYI", "AUB"): no page writes it, yet it
     * names nothing, so it must not turn a question about the docs' own things away.
     */
    private static final Set<String> CHAT_SHORTHAND = Set.of("ASAP", "FYI", "BTW", "PLS", "PLZ", "THX", "THNX", "TNX", "TIA",
            "IMO", "IMHO", "AFAIK", "FWIW", "TBH", "IIRC", "NVM", "LOL", "OMG", "AUB", "SVP", "MVG", "GRTZ");

    private OwnAcronyms() {
    }

    /**
     * The first of the question's content {@code words} typed in capitals that {@code notAsWritten} marks as used by no
     * docs page as written (unknown, or known only as a typo of another word), or that no entry holds beside another of
     * the words ({@code meet}); empty when there is none or the question is all capitals.
     */
    static Optional<String> find(String question, List<QueryWord> words, boolean[] notAsWritten, WordsMeet meet) {
        if (!mayFind(question)) {
            return Optional.empty();
        }
        Matcher word = ThingTokens.WORD.matcher(question);
        for (int w = 0; w < words.size(); w++) {
            if (!notAsWritten[w] && !apart(w, words.size(), meet)) {
                continue;
            }
            for (int start : words.get(w).starts()) {
                if (word.find(start) && word.start() == start && ACRONYM.matcher(word.group()).matches()
                        && !CHAT_SHORTHAND.contains(word.group())) {
                    return Optional.of(word.group());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether word {@code w} of {@code count} stands beside none of the question's other words in any entry: a name the
     * docs use only in another sense ("Has AWS" among a customer's competing products, never beside "refund").
     */
    private static boolean apart(int w, int count, WordsMeet meet) {
        boolean others = false;
        for (int o = 0; o < count; o++) {
            if (o != w) {
                if (meet.meet(w, o)) {
                    return false;
                }
                others = true;
            }
        }
        return others;
    }

    /**
     * Whether a capital stands before another capital or a digit, as in every {@link #ACRONYM}: most questions have none,
     * and their every word was matched against it.
     */
    private static boolean hasCapitalPair(String text) {
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            int next = i + Character.charCount(point);
            if (Character.isUpperCase(point) && next < text.length()) {
                int after = text.codePointAt(next);
                if (Character.isUpperCase(after) || after >= '0' && after <= '9') {
                    return true;
                }
            }
            i = next;
        }
        return false;
    }

    /** Whether {@code question} has a word in capitals and is not all capitals: what this turns away, {@link #find} would too. */
    static boolean mayFind(String question) {
        if (!LOWER.matcher(question).find() || !hasCapitalPair(question)) {
            return false;
        }
        Matcher word = ThingTokens.WORD.matcher(question);
        while (word.find()) {
            if (ACRONYM.matcher(word.group()).matches()) {
                return true;
            }
        }
        return false;
    }
}
