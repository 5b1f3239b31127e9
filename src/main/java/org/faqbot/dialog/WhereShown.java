package org.faqbot.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;

/**
 * The FAQ's own sentence that says where a date the bot asks for is shown: "You can find your renewal start date from
 * the Membership Offers page in the MPN dashboard." A sentence qualifies when it holds every word of the date's label
 * but its little words ("your", "van", "je": the FAQ writes "uw" where the bot writes "je") and a word for finding or
 * showing. Empty when no sentence of the knowledge base says so: then the bot says it does not know rather than guess.
 */
final class WhereShown {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n\\s*\\n");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words that say where a thing is found or shown, in both languages. */
    private static final Set<String> FINDING = Set.of(
            "find", "found", "shown", "see", "displayed", "listed", "vindt", "vind", "vinden", "staat", "staan", "zie", "ziet");
    /** Words of a label that say nothing of which date it is. */
    private static final Set<String> LITTLE = Set.of(
            "the", "your", "you", "a", "an", "of", "on", "de", "het", "je", "van", "uw", "een", "waarop", "hebt", "heb");

    private final KnowledgeBase kb;

    WhereShown(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The sentence, as the FAQ writes it without its link markup, that says where the date {@code label} names is shown. */
    Optional<String> sentence(String label, Lang lang) {
        List<String> wanted = words(label).stream().filter(word -> !LITTLE.contains(word)).toList();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (FaqEntry entry : kb.entries()) {
            String plain = LINK.matcher(entry.answer().get(lang)).replaceAll("$1");
            for (String sentence : SENTENCE_END.split(plain)) {
                List<String> words = words(sentence);
                if (words.containsAll(wanted) && words.stream().anyMatch(FINDING::contains)) {
                    return Optional.of(sentence.strip().replaceAll("\\s+", " "));
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> words(String text) {
        return Arrays.stream(WORD_SPLIT.split(Normalized.of(text).toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }
}
