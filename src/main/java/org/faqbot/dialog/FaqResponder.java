package org.faqbot.dialog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.faqbot.kb.EntryLabel;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.search.DutchGlosses;
import org.faqbot.search.FaqIndex;
import org.faqbot.search.Hit;
import org.faqbot.search.SearchResult;
import org.faqbot.store.Candidate;
import org.faqbot.store.QuestionEvent;
import org.faqbot.store.QuestionLog;

/**
 * Answers a free-text question from the knowledge base: the entry when the search is confident,
 * otherwise "not sure" with up to three suggestions, or what the bot can answer and where humans help.
 */
final class FaqResponder {

    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*\\[\\]])");

    private final KnowledgeBase kb;
    private final FaqIndex index;
    private final Texts texts;
    private final QuestionLog log;
    private final DialogSettings settings;
    /** What a fallback says the bot answers, and its example questions. */
    private final KnownTopics known;
    private final SearchAhead ahead;

    FaqResponder(KnowledgeBase kb, FaqIndex index, Texts texts, QuestionLog log, DialogSettings settings) {
        this.kb = kb;
        this.known = new KnownTopics(kb, index.settings().homePages());
        this.index = index;
        this.texts = texts;
        this.log = log;
        this.settings = settings;
        this.ahead = new SearchAhead(index::searchCheaply, index::isHybrid);
    }

    /** The searches ahead of the replies (see {@link SearchAhead}). */
    SearchAhead ahead() {
        return ahead;
    }

    /** The other thing than the FAQ's that the question is about ("my gym membership"); see {@link FaqIndex#otherThing}. */
    Optional<String> otherThing(String question, Lang lang) {
        return index.otherThing(question, lang);
    }

    /** The entry of {@code id}, if the knowledge base holds it. */
    Optional<FaqEntry> entry(String id) {
        return kb.find(id);
    }

    SearchResult search(String question, Lang lang) {
        Optional<FaqIndex.CheapResult> cheap = ahead.take(question, lang);
        if (cheap.isPresent()) {
            // The cheap stages searched ahead: their result when sure, else the whole search goes on from them.
            return cheap.get().sure() ? cheap.get().result() : index.search(cheap.get());
        }
        return index.search(question, lang);
    }

    /** {@link FaqIndex#search(FaqIndex.CheapResult)}: the whole search of a question searched cheaply. */
    SearchResult search(FaqIndex.CheapResult cheap) {
        return index.search(cheap);
    }

    /** {@link FaqIndex#searchCheaply}: the search without the encoder, and whether it was sure. */
    FaqIndex.CheapResult searchCheaply(String question, Lang lang) {
        return ahead.take(question, lang).orElseGet(() -> index.searchCheaply(question, lang));
    }

    /** The confident answer of a search, if any. */
    Optional<Hit> confident(SearchResult result) {
        return result.answer();
    }

    /** Answers from the search result: the entry, or a fallback. Logs the question for the maintainers. */
    Reply respond(String question, Lang lang, SearchResult result, Instant now) {
        Optional<Hit> answer = confident(result);
        logEvent(question, lang, result, now, answer.isPresent());
        return answer.map(hit -> answer(hit.entry(), lang, hit.confidence(), hit.alsoIn()))
                .orElseGet(() -> fallback(lang, result));
    }

    /** The entry's answer: its question (a passage's {@link EntryLabel}) as a title, the answer text, and other pages with the same answer. */
    Reply answer(FaqEntry entry, Lang lang, double confidence, List<FaqEntry> alsoIn) {
        // A passage's heading alone ("Details", "Samenvatting") says nothing as a title: it is named as a suggestion would be.
        StringBuilder text = new StringBuilder("**").append(escape(EntryLabel.of(entry, lang))).append("**\n\n")
                .append(entry.answer().get(lang));
        if (!alsoIn.isEmpty()) {
            text.append("\n\n").append(texts.get(lang, "faq.also_in", alsoInLinks(alsoIn, lang)));
        }
        return Reply.builder(lang, ReplyType.FAQ, text.toString())
                .faqId(entry.id())
                .confidence(confidence)
                .sourceUrl(entry.sourceUrl().get(lang))
                .build();
    }

    Reply answer(FaqEntry entry, Lang lang) {
        return answer(entry, lang, 1.0, List.of());
    }

    private Reply fallback(Lang lang, SearchResult result) {
        List<Suggestion> suggestions = distinctLabels(worthSuggesting(result, settings.maxSuggestions()), lang);
        // The top hit's probability is that it answers a question about the FAQ's thing; for another thing
        // ("my gym membership") the bot is not answering at all, and a fallback at 0.99 would read as sure.
        double best = result.otherThing().isPresent() ? 0.0 : result.top().map(Hit::confidence).orElse(0.0);
        if (suggestions.isEmpty()) {
            return unknown(lang, best);
        }
        return didYouMean(lang, suggestions, best);
    }

    /** "Sorry, I don't know": what the bot answers, its example questions as buttons; {@code best} the top hit's chance. */
    Reply unknown(Lang lang, double best) {
        return Reply.builder(lang, ReplyType.FALLBACK, texts.get(lang, known.key("fallback.unknown"), topicList(lang)))
                .confidence(best)
                .choices(topicChoices(lang))
                .build();
    }

    /**
     * "Did you mean one of these?" with {@code entries} as suggestions (and buttons), for a message the search found nothing
     * for, and {@code question} offered after them to ask as it is (a button that sends it, when it fits in one).
     */
    Reply didYouMean(List<FaqEntry> entries, Lang lang, String question) {
        List<String> labels = labels(entries, lang);
        List<Suggestion> suggestions = IntStream.range(0, entries.size())
                .mapToObj(i -> new Suggestion(entries.get(i).id(), labels.get(i), 0.0)).toList();
        List<Choice> choices = new ArrayList<>(suggestions.stream().map(s -> faqChoice(s.entryId(), s.question())).toList());
        String asked = Character.toUpperCase(question.charAt(0)) + question.substring(1);
        if (asked.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= Choice.MAX_PAYLOAD_BYTES) {
            choices.add(new Choice(asked, asked));
        }
        String text = texts.get(lang, "fallback.did_you_mean", numbered(suggestions)) + "\n\n"
                + texts.get(lang, "fallback.or_ask", escape(asked));
        return Reply.builder(lang, ReplyType.FALLBACK, text).confidence(0.0).suggestions(suggestions).choices(choices).build();
    }

    private Reply didYouMean(Lang lang, List<Suggestion> suggestions, double best) {
        return Reply.builder(lang, ReplyType.FALLBACK, texts.get(lang, "fallback.did_you_mean", numbered(suggestions)))
                .confidence(best)
                .suggestions(suggestions)
                .choices(suggestions.stream().map(s -> faqChoice(s.entryId(), s.question())).toList())
                .build();
    }

    /**
     * Up to {@code max} hits of {@code result} worth suggesting. The best candidate must be worth suggesting at all: by
     * its own chance, or because the question is near the knowledge base's topics (with the whole corpus, a question
     * about a covered topic whose sections all look alike gives each of them little chance); those after it need only be
     * close to the question. A question about another thing than the FAQ's ("my gym membership") gets none.
     */
    private List<Hit> worthSuggesting(SearchResult result, int max) {
        List<Hit> top = result.top(max);
        boolean worth = result.otherThing().isEmpty() && !top.isEmpty()
                && (result.topWorthSuggesting() || result.near());
        return !worth ? List.of() : top.stream().filter(hit -> hit.confidence() >= settings.alternativeFloor()).toList();
    }

    /** Whether a fallback from {@code result} would suggest entries. */
    boolean suggests(SearchResult result) {
        return !worthSuggesting(result, 1).isEmpty();
    }

    /**
     * Up to {@code max} entries about {@code topic} ("MFA"), the likeliest first, as a fallback would suggest them for
     * it; none when the knowledge base has nothing worth suggesting about it ("the weather").
     */
    List<FaqEntry> about(String topic, Lang lang, int max) {
        List<FaqEntry> found = worthSuggesting(search(topic, lang), max).stream().map(Hit::entry).toList();
        if (!found.isEmpty() || lang != Lang.NL) {
            return found;
        }
        // A Dutch topic word alone ("gebruikers", "facturen") is near no entry by the search's measures, whose Dutch
        // readings need a sentence; its English gloss ("users") names the same entries as the English word does.
        String english = DutchGlosses.standard().english(topic);
        return english.isBlank() ? found : worthSuggesting(search(english, Lang.EN), max).stream().map(Hit::entry).toList();
    }

    /**
     * The suggestions of {@code hits}, each labelled by its question ({@link EntryLabel}: a passage's heading
     * after what it belongs to), with its page's title beside it when another
     * suggestion has the same question (the corpus has the same question on several pages: two buttons read the same),
     * or its section when the pages' titles are the same too.
     */
    private static List<Suggestion> distinctLabels(List<Hit> hits, Lang lang) {
        List<String> labels = labels(hits.stream().map(Hit::entry).toList(), lang);
        List<Suggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            suggestions.add(new Suggestion(hits.get(i).entry().id(), labels.get(i), hits.get(i).confidence()));
        }
        return suggestions;
    }

    /** The labels of {@code entries} listed together, as a "did you mean" names them ({@link #distinctLabels}). */
    static List<String> labels(List<FaqEntry> entries, Lang lang) {
        List<String> labels = entries.stream().map(entry -> EntryLabel.of(entry, lang)).toList();
        labels = qualified(entries, labels, entry -> entry.pageTitle().get(lang));
        return qualified(entries, labels, entry -> entry.sectionPath().isEmpty() ? ""
                : entry.sectionPath().get(entry.sectionPath().size() - 1).get(lang));
    }

    /** {@code labels} with the qualifier of each entry beside those that another label repeats, where it tells them apart. */
    private static List<String> qualified(List<FaqEntry> entries, List<String> labels, Function<FaqEntry, String> qualifier) {
        List<String> out = new ArrayList<>(labels);
        for (int i = 0; i < entries.size(); i++) {
            String label = labels.get(i);
            String own = qualifier.apply(entries.get(i));
            boolean repeated = Collections.frequency(labels, label) > 1;
            boolean tells = !own.isBlank() && IntStream.range(0, entries.size())
                    .filter(j -> labels.get(j).equals(label)).mapToObj(j -> qualifier.apply(entries.get(j))).distinct().count() > 1;
            if (repeated && tells) {
                out.set(i, label + " (" + own + ")");
            }
        }
        return out;
    }

    /** The reply to markup or code pasted as a message ({@link org.faqbot.nlu.Markup}): nothing is searched, the bot says what it answers. */
    Reply codeOnly(Lang lang) {
        return Reply.builder(lang, ReplyType.FALLBACK, texts.get(lang, known.key("fallback.code"), topicList(lang)))
                .confidence(0.0)
                .choices(topicChoices(lang))
                .build();
    }

    /**
     * "The first one" when no list was shown: that there was none, and what can be asked, with examples as buttons; a
     * fallback would read as if the choice itself were not understood.
     */
    Reply noList(Lang lang) {
        return Reply.builder(lang, ReplyType.CLARIFY, texts.get(lang, known.key("choice.no_list"), topicList(lang)))
                .confidence(0.0)
                .choices(topicChoices(lang))
                .build();
    }

    /** A button that answers an entry. */
    static Choice faqChoice(String entryId, String label) {
        return new Choice(label, "/faq " + org.faqbot.kb.EntryKeys.of(entryId));
    }

    /** The first few example questions as buttons: what the bot can answer. */
    List<Choice> topicChoices(Lang lang) {
        return known.choices(lang, KnownTopics.BUTTONS);
    }

    /** What the bot answers from the loaded knowledge base, for the replies that say so. */
    KnownTopics known() {
        return known;
    }

    private String topicList(Lang lang) {
        StringBuilder list = new StringBuilder();
        for (FaqEntry entry : known.examples(KnownTopics.EXAMPLES)) {
            list.append("- ").append(escape(EntryLabel.of(entry, lang))).append('\n');
        }
        return list.toString().strip();
    }

    private static String numbered(List<Suggestion> suggestions) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < suggestions.size(); i++) {
            lines.add((i + 1) + ". " + escape(suggestions.get(i).question()));
        }
        return String.join("\n", lines);
    }

    private static String alsoInLinks(List<FaqEntry> alsoIn, Lang lang) {
        return String.join(", ", alsoIn.stream().limit(3)
                .map(e -> "[" + escape(e.pageTitle().get(lang)) + "](" + e.sourceUrl().get(lang) + ")").toList());
    }

    private void logEvent(String question, Lang lang, SearchResult result, Instant now, boolean answered) {
        List<Candidate> candidates = result.top(3).stream().map(h -> new Candidate(h.entry().id(), h.confidence())).toList();
        QuestionEvent event = new QuestionEvent(now, lang,
                answered ? QuestionEvent.Outcome.ANSWERED : QuestionEvent.Outcome.UNANSWERED,
                answered ? "" : question, candidates);
        SafeStores.write("question log", () -> log.record(event));
    }

    /** Escapes text that is not Markdown (a question, a title) so it reads back literally. */
    static String escape(String text) {
        return MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1");
    }
}
