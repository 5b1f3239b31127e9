package org.faqbot.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.Supposition;

/**
 * Whether a date belongs to an event named by a bare participle, with no one who did it and no auxiliary that tenses
 * it: "and product keys redeemed on 15 January 2027?", "en codes ingewisseld op 15 januari 2027?". Such a clause names
 * a kind of thing ("keys redeemed then"), not a redemption the user says has happened, so a day still to come is a
 * planned one, as "will be redeemed" is. A subject or an owner ("I redeemed", "my key redeemed on ...", "was
 * redeemed") states the user's own event, whose day to come is a slip the bot asks about.
 */
final class TenselessEvent {

    private static final Pattern CLAUSE_END = Pattern.compile("[.!?,;:](?=\\s|$)|\\n");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}']+");
    /** Subjects, owners and auxiliaries in both languages (Dutch messages mix in English): any one tenses the event. */
    private static final Set<String> TENSING = Set.of(
            "i", "we", "you", "they", "he", "she", "my", "our", "your", "their", "his", "her",
            "was", "were", "had", "have", "has", "'ve", "did", "is", "are", "been", "ago",
            "ik", "wij", "je", "jij", "u", "ze", "zij", "hij", "mijn", "onze", "ons", "jouw", "uw", "hun",
            "heb", "hebt", "heeft", "hebben", "hadden", "ben", "zijn", "waren", "werd", "werden", "geleden");

    private TenselessEvent() {
    }

    /** True when the clause of the date at {@code start}..{@code end} of {@code text} has a participle and nothing that tenses it. */
    static boolean around(String text, int start, int end) {
        List<String> words = clauseWords(text, start, end);
        return words.stream().anyMatch(Supposition::pastForm) && words.stream().noneMatch(TENSING::contains);
    }

    private static List<String> clauseWords(String text, int start, int end) {
        int from = 0;
        Matcher before = CLAUSE_END.matcher(text);
        while (before.find() && before.start() < start) {
            from = before.end();
        }
        Matcher after = CLAUSE_END.matcher(text);
        int to = after.find(Math.min(end, text.length())) ? after.start() : text.length();
        return Arrays.stream(TOKEN_SPLIT.split(Normalized.of(text.substring(from, to)))).filter(w -> !w.isEmpty()).toList();
    }
}
