package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.RuleBook;
import org.faqbot.search.GlossWords;
import org.faqbot.search.Hit;
import org.faqbot.search.SearchResult;
import org.faqbot.store.RecentTurns;

/**
 * The topic a short follow-up is about when it names none of its own: "and what if a user has no phone?" after an
 * answer about MFA, "is het verplicht?" after "ik heb een vraag over MFA". Such a follow-up searched on its own words
 * finds whatever else has them; searched with the topic's words added it finds the topic's entries. The topic is the
 * thing announced just before ({@link AnnouncedThing}), else the last answer's entry (an FAQ answer's, the entry a
 * rule's answer or question comes from, or the first of the "did you mean" suggestions): its title's words, and apart its one word most shared with other entries
 * ("MFA" of "What is the cost of enabling MFA?"), which finds another side of the same topic rather than that entry again.
 *
 * <p>Only a message the search is not sure of on its own is read so: one that names its own topic is answered, or not,
 * as it stands. A follow-up of the last answer must look like one (short, and starting with "and" or pointing back with
 * "it" or "there"); after an announced topic any question is about it. The search with the topic is kept when it is
 * sure, or has suggestions worth making: they are about the topic, those of the message alone about its few words.
 */
final class FollowUpContext {

    /** The most words a follow-up has: a longer message says what it is about. */
    private static final int MAX_WORDS = 10;
    /** The most title words added to a follow-up: more would find the last answer whatever was asked. */
    private static final int MAX_TOPIC_WORDS = 4;
    /** A word in more than this share of the entries' titles names no topic ("partner", "center" in the corpus). */
    private static final int COMMON_SHARE = 50;
    private static final Pattern FOLLOW_UP_START = Pattern.compile(
            "^(?:and|but|also|so|or|what if|what about|how about|en|maar|ook|dus|of|wat als|en als|hoe zit het)\\b");
    static final Pattern POINTS_BACK = Pattern.compile(
            "\\b(?:it|its|this|that|these|those|they|them|there|het|dit|dat|deze|die|hij|hem|ie|ze|zij|er|daar\\p{L}*|hier\\p{L}*)\\b");

    /** The payload of a suggestion's button. */
    private static final String FAQ_PAYLOAD = "/faq ";

    private final FaqResponder faq;
    private final KnowledgeBase kb;
    private final RuleBook book;
    /** In how many entries' titles each word occurs, per language. */
    private final Map<Lang, Map<String, Integer>> titleCounts = new EnumMap<>(Lang.class);
    private final Map<Lang, Set<String>> stopWords = new EnumMap<>(Lang.class);
    private final int commonLimit;
    /** Each entry's title words, per language: a follow-up that names another entry's thing is about that entry. */
    private final Map<Lang, OtherTitle> titles = new EnumMap<>(Lang.class);

    FollowUpContext(FaqResponder faq, KnowledgeBase kb, RuleBook book) {
        this.faq = faq;
        this.kb = kb;
        this.book = book;
        for (Lang lang : Lang.values()) {
            stopWords.put(lang, GlossWords.stopWords(lang));
            Map<String, Integer> counts = new HashMap<>();
            kb.entries().forEach(e -> words(e.question().get(lang), lang).forEach(w -> counts.merge(w, 1, Integer::sum)));
            titleCounts.put(lang, counts);
            titles.put(lang, OtherTitle.of(kb.entries(), lang, stopWords.get(lang)));
        }
        this.commonLimit = Math.max(3, kb.entries().size() / COMMON_SHARE);
    }

    /** The answer to {@code turn}'s question from {@code alone}, its own search, or from the search with its topic. */
    Reply respond(Turn turn, SearchResult alone) {
        return faq.respond(turn.text, turn.lang, better(turn, alone).orElse(alone), turn.now);
    }

    /** The search of {@code turn}'s question with its topic's words, when that does better than {@code alone}. */
    Optional<SearchResult> better(Turn turn, SearchResult alone) {
        if (turn.message.standalone() || faq.confident(alone).isPresent() || alone.otherThing().isPresent()) {
            return Optional.empty();
        }
        List<String> queries = queries(turn);
        SearchResult best = alone;
        for (String query : queries) {
            SearchResult found = faq.search(query, turn.lang);
            if (found.otherThing().isPresent()) {
                continue;
            }
            if (faq.confident(found).isPresent()) {
                return Optional.of(found);
            }
            // The message names no topic of its own, so suggestions about the topic beat likelier ones about its few words.
            if (faq.suggests(found) && (best == alone || confidence(found) > confidence(best))) {
                best = found;
            }
        }
        return best == alone ? Optional.empty() : Optional.of(best);
    }

    /** The question with the announced topic, or the last answer's topic when it looks like a follow-up; none else. */
    private List<String> queries(Turn turn) {
        Optional<RecentTurns.Announced> announced = turn.recent().announcement();
        if (announced.isPresent()) {
            String topic = turn.text + " " + announced.get().thing();
            if (!announced.get().topic()) {
                // A rules' thing ("my key") is in the knowledge base's own words already, and several entries are about it
                // alike: the title of whichever the search puts first would answer any message after it from that entry
                // alone ("blorp zing" got "Can I activate the license ..." once "my key" reached the suggestion floor).
                return List.of(topic);
            }
            // The user's word for the topic may not be the knowledge base's ("payouts" where the Dutch pages say
            // "uitbetalingen"): the title of its likeliest entry says it in the knowledge base's words.
            return List.of(topic, topic + faq.about(announced.get().thing(), turn.lang, 1).stream()
                    .map(entry -> " " + String.join(" ", topicWords(entry, turn.lang))).findFirst().orElse(""));
        }
        Optional<FaqEntry> last = lastEntry(turn);
        if (last.isEmpty() || !followsUp(turn.text) || OwnQuestion.standsApart(turn.text,
                last.get().question().get(turn.lang), stopWords.get(turn.lang), POINTS_BACK)) {
            return List.of();
        }
        Optional<FaqEntry> named = titles.get(turn.lang).namedBesides(turn.text, last.get()).flatMap(kb::find);
        if (named.isPresent()) {
            return List.of(turn.text + " " + String.join(" ", topicWords(named.get(), turn.lang)));
        }
        List<String> queries = new ArrayList<>();
        List<String> title = topicWords(last.get(), turn.lang);
        // The shared word names the topic when the page's title has it: a section heading may start with an action that
        // many headings share ("Access your payout statement" on "Payout statements": "access", not "payout").
        List<String> page = words(last.get().pageTitle().get(turn.lang), turn.lang);
        List<String> topical = title.stream().filter(page::contains).toList();
        (topical.isEmpty() ? title : topical).stream().filter(w -> count(w, turn.lang) >= 2)
                .max(Comparator.comparingInt(w -> count(w, turn.lang)))
                .ifPresent(shared -> queries.add(turn.text + " " + shared));
        if (!title.isEmpty()) {
            queries.add(turn.text + " " + String.join(" ", title));
        }
        return queries;
    }

    /** Whether {@code text} reads as a follow-up that names no topic: short, starting with "and" or pointing back. */
    static boolean followsUp(String text) {
        String words = Normalized.words(text);
        return !words.isEmpty() && words.split(" ").length <= MAX_WORDS
                && (FOLLOW_UP_START.matcher(words).find() || POINTS_BACK.matcher(words).find());
    }

    /** The entry the conversation's last answer came from: an FAQ answer's, or the source of the rule it applied or asked about. */
    private Optional<FaqEntry> lastEntry(Turn turn) {
        Optional<RecentTurns.LastAnswer> last = turn.recent().answer();
        Optional<String> id = last.map(RecentTurns.LastAnswer::faqId)
                .or(() -> last.map(RecentTurns.LastAnswer::intent).flatMap(book::rule).map(rule -> rule.spec().source()));
        if (id.isEmpty() && last.filter(answer -> !answer.fellBack()).isPresent()) {
            // "Did you mean ...?" answered last ("need help with payouts"): its likeliest suggestion holds the topic; a
            // fallback's buttons are the bot's examples, no topic of the user's.
            return turn.recent().buttons().stream().flatMap(shown -> shown.buttons().stream())
                    .map(RecentTurns.Button::payload).filter(p -> p.startsWith(FAQ_PAYLOAD))
                    .flatMap(p -> kb.findByKey(p.substring(FAQ_PAYLOAD.length()).strip()).stream()).findFirst();
        }
        return id.flatMap(kb::find);
    }

    /** The words of {@code entry}'s title that may name its topic: neither function words nor in most titles. */
    private List<String> topicWords(FaqEntry entry, Lang lang) {
        return words(entry.question().get(lang), lang).stream().filter(w -> count(w, lang) <= commonLimit)
                .limit(MAX_TOPIC_WORDS).toList();
    }

    private int count(String word, Lang lang) {
        return titleCounts.get(lang).getOrDefault(word, 0);
    }

    private List<String> words(String title, Lang lang) {
        Set<String> stop = stopWords.get(lang);
        Set<String> words = new LinkedHashSet<>();
        for (String word : Normalized.words(title).split(" ")) {
            if (word.length() > 1 && !stop.contains(word)) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    private static double confidence(SearchResult result) {
        return result.top().map(Hit::confidence).orElse(0.0);
    }
}
