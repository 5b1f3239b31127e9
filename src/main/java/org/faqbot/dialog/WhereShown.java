package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.RuleBook;
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

    /** Words of a label that only say it is a date. */
    private static final Set<String> DATE_WORDS = Set.of("date", "datum", "day", "dag");
    /** Places in the FAQ's sentences where a thing is done or shown. */
    private static final List<String> PLACES = List.of(
            "portal", "dashboard", "page", "partner center", "pagina", "partnercentrum");
    /** Letters of a word compared: "productcode" and "productcodes", "redeemed" and "redeem". */
    private static final int STEM = 5;
    /** Letters of a participle's stem compared. */
    private static final int PARTICIPLE_STEM = 4;
    /** The mark of a participle's stem, which no word holds. */
    private static final String PARTICIPLE = "~";
    /** Fewest letters of a word compared. */
    private static final int SHORTEST = 3;
    /** The least score of a pointer sentence: two of the label's words, or one and a word for finding. */
    private static final int NEAR_ENOUGH = 3;

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

    /**
     * {@code fact} and the facts the rules take for the same date, nearest first: those a rule of one accepts in its
     * stead, and theirs in turn (the benefit expiry date is the enrollment renewal date, the renewal start date's too).
     */
    static List<String> sameDates(RuleBook book, String fact) {
        List<String> found = new ArrayList<>(List.of(fact));
        for (int i = 0; i < found.size(); i++) {
            String known = found.get(i);
            for (DateRule rule : book.rules()) {
                List<String> same = new ArrayList<>(List.of(rule.spec().fact()));
                same.addAll(rule.spec().accepts());
                if (same.contains(known)) {
                    same.stream().filter(f -> !found.contains(f)).forEach(found::add);
                }
            }
        }
        return found;
    }

    /** Whether {@code text} says where something is shown ("... (shown on the Membership Offers page)?"). */
    static boolean saysWhere(String text) {
        return words(text).stream().anyMatch(FINDING::contains);
    }

    /**
     * For a date whose place the FAQ does not name: the FAQ sentence that says where the date's thing is dealt with
     * ("... the day you redeem the keys on their respective cloud portals", "You can assign subscriptions to anyone in
     * your User Management list in Partner Center"), which is what the FAQ does say. A sentence qualifies when it names a
     * place ({@link #PLACES}) and shares two of the label's words, or one and a word for finding; words are compared by
     * their first letters, without a Dutch participle's "ge" ("ingewisseld", "inwisselt"). Empty when none does.
     */
    Optional<String> nearest(String label, Lang lang) {
        List<String> wanted = words(label).stream().filter(word -> !LITTLE.contains(word) && !DATE_WORDS.contains(word))
                .map(WhereShown::stem).filter(stem -> stem.length() >= SHORTEST).toList();
        String best = null;
        int bestScore = NEAR_ENOUGH - 1;
        for (FaqEntry entry : kb.entries()) {
            String plain = LINK.matcher(entry.answer().get(lang)).replaceAll("$1").replace("**", "");
            for (String sentence : SENTENCE_END.split(plain)) {
                String lower = Normalized.of(sentence).toLowerCase(Locale.ROOT);
                if (PLACES.stream().noneMatch(lower::contains)) {
                    continue;
                }
                List<String> words = words(sentence);
                long shared = wanted.stream().filter(stem -> words.stream().anyMatch(w -> alike(stem, stem(w)))).count();
                int score = (int) shared * 2 + (words.stream().anyMatch(FINDING::contains) ? 1 : 0);
                if (shared > 0 && score > bestScore) {
                    best = whole(sentence.strip().replaceAll("\\s+", " "));
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A sentence that leads into steps ("..., by doing the following steps:") without its lead-in. */
    private static String whole(String sentence) {
        int comma = sentence.lastIndexOf(',');
        return sentence.endsWith(":") && comma > 0 ? sentence.substring(0, comma) + "." : sentence;
    }

    /**
     * Two stems alike: the same, a short word and its plural ("key", "keys"), or a participle's shorter stem opening the
     * other ("toegewezen" and "toewijzen", whose vowel differs after it).
     */
    private static boolean alike(String a, String b) {
        return a.equals(b) || a.equals(b + "s") || b.equals(a + "s") || opens(a, b) || opens(b, a);
    }

    /** Whether {@code participle}, a participle's stem, opens {@code other}. */
    private static boolean opens(String participle, String other) {
        return participle.endsWith(PARTICIPLE) && other.startsWith(participle.substring(0, PARTICIPLE_STEM));
    }

    /**
     * A word's first {@link #STEM} letters; a Dutch participle's without the "ge" after its prefix, and one letter
     * fewer, as its stem vowel may change ("toegewezen", "toewijzen").
     */
    private static String stem(String word) {
        int ge = word.indexOf("ge", 2);
        if (ge >= 2 && ge <= 4 && word.length() > ge + 4) {
            return (word.substring(0, ge) + word.substring(ge + 2)).substring(0, PARTICIPLE_STEM) + PARTICIPLE;
        }
        return word.substring(0, Math.min(STEM, word.length()));
    }

    private static List<String> words(String text) {
        return Arrays.stream(WORD_SPLIT.split(Normalized.of(text).toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }
}
