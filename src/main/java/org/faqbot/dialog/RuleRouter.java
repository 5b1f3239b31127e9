package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.IntentClassifier;
import org.faqbot.nlu.IntentScore;
import org.faqbot.nlu.IntentSignals;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.nlu.WeightedCue;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.Signal;
import org.faqbot.rules.Tense;

/**
 * Decides whether a message asks a date rule about the user's own situation, which rule, and with
 * which of its dates. A rule takes over only when the message gives a date or asks a date question
 * about the user's own situation ("until when can I use my key?"); "what does benefit expiry date
 * mean?" stays an FAQ question. A rule also needs the message to name one of its objects (a key, the
 * benefits, a Visual Studio subscription), unless its question back is pending: "my passport expires on
 * 1 March" has a date and an expiry cue, but is no benefits question.
 */
final class RuleRouter {

    /** Bonus for a rule whose own fact is among the dates of the message. */
    private static final int OWN_FACT_BONUS = 4;
    /** Bonus for a rule that accepts one of the message's facts in place of its own. */
    private static final int ACCEPTED_FACT_BONUS = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?,;:]+\\s*|\\s+(?:but|maar)\\s+");

    private final RuleBook book;
    private final IntentClassifier classifier;
    private final FactFinder facts;
    private final EndDates ends;
    private final DateReader dates;
    private final int threshold;
    /** Per language, the cues of facts that are events (a key redeemed), which a negation can deny. */
    private final Map<Lang, List<String>> eventCues = new EnumMap<>(Lang.class);

    RuleRouter(RuleBook book, DateReader dates, int threshold) {
        this.book = book;
        this.classifier = new IntentClassifier(book.rules().stream().map(RuleRouter::signals).toList());
        Map<Lang, List<String>> otherEvents = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            otherEvents.put(lang, book.otherEvents(lang));
            eventCues.put(lang, book.facts().stream().filter(f -> f.tense() == Tense.PAST)
                    .flatMap(f -> Stream.concat(f.cues(lang).stream(), f.cues(lang.other()).stream())).toList());
        }
        this.facts = new FactFinder(book.facts(), otherEvents);
        this.dates = dates;
        this.ends = new EndDates(book, dates);
        this.threshold = threshold;
    }

    /**
     * What the router found in a message. {@code factDates} holds the last date given for each fact;
     * {@code factMentions} every date given for it, in message order, so that a correction ("on 3 March,
     * no wait, on 5 March") can be used and the reply can say which date it used. {@code verbTenses} holds,
     * by a mention's start, the tense its verb gave it ("expired on 1 March"), which outweighs the fact's.
     * {@code endDates} holds, by rule id, the date given as the end of the rule's own thing ("my key expires on
     * 1 March"), which is that rule's result and no fact (see {@link EndDates}); {@code askedEnds}, by rule id, the
     * day a yes/no question asks whether the rule's thing ends ("does my key expire on 1 March?"), again no fact.
     */
    record Routing(
            Optional<DateRule> rule,
            Map<String, DateMention> factDates,
            Map<String, List<DateMention>> factMentions,
            List<DateMention> otherDates,
            boolean yesNo,
            boolean personalDateQuestion,
            Map<Integer, Tense> verbTenses,
            Map<String, DateMention> endDates,
            Map<String, EndDates.AskedEnd> askedEnds) {

        boolean hasDates() {
            return !factDates.isEmpty() || !otherDates.isEmpty() || !endDates.isEmpty() || !askedEnds.isEmpty();
        }

        /** The day the message asks whether {@code rule}'s thing ends, if it asks. */
        Optional<EndDates.AskedEnd> askedEnd(DateRule rule) {
            return Optional.ofNullable(askedEnds.get(rule.id()));
        }

        Optional<Tense> verbTense(DateMention mention) {
            return Optional.ofNullable(verbTenses.get(mention.start()));
        }
    }

    /** Routes a message of no conversation, or of one without a pending question. */
    Routing route(String text, Lang lang, LocalDate today) {
        return route(text, lang, today, Optional.empty());
    }

    /**
     * Routes a message; {@code pendingRule} is the rule whose question back is open, which may take the
     * message without its objects being named ("they expire on 31 August").
     */
    Routing route(String text, Lang lang, LocalDate today, Optional<String> pendingRule) {
        String affirmed = NegatedEvents.mask(text, eventCues.get(lang), lang);
        List<FactFinder.Located> all = locate(affirmed, lang, today);
        EndDates.Claimed claimed = ends.claim(affirmed, lang, today, all, pendingRule);
        List<FactFinder.Located> located = claimed.rest();
        Map<String, DateMention> factDates = new HashMap<>();
        Map<String, List<DateMention>> factMentions = new HashMap<>();
        List<DateMention> other = new ArrayList<>();
        Map<Integer, Tense> verbTenses = new HashMap<>();
        for (FactFinder.Located l : located) {
            l.fact().ifPresentOrElse(f -> {
                factDates.put(f.id(), l.mention());
                factMentions.computeIfAbsent(f.id(), id -> new ArrayList<>()).add(l.mention());
            }, () -> other.add(l.mention()));
            l.verbTense().ifPresent(t -> verbTenses.put(l.mention().start(), t));
        }
        QuestionShape.Read shape = QuestionShape.read(text);
        // "How many days left?" needs no "I": counting days left is about the user's own date anyway.
        boolean personalText = (shape.isPersonal() || shape.asksOnlyForDaysLeft()) && !shape.asksAboutOthers();
        // A question whether the thing ends on a day is a yes/no question, also when it opens with its verb ("verloopt hij ...?").
        boolean yesNo = shape.isYesNo() || !claimed.asked().isEmpty();
        boolean asksForDate = shape.asksForDate();
        boolean aboutNow = yesNo && shape.isAboutNow();
        boolean personal = personalText && (asksForDate || aboutNow);
        // In a yes/no question a "when" is a conjunction ("should I ... when the portal warns me?"), not a
        // request for a date, so only "still"/"nog" makes such a question one about the user's own dates.
        boolean asksOwnDate = personalText && (yesNo ? aboutNow : asksForDate);
        Map<String, DateMention> owned = new HashMap<>(claimed.ends());
        claimed.asked().forEach((id, asked) -> owned.putIfAbsent(id, asked.mention()));
        Optional<DateRule> rule = best(affirmed, shape, lang, factDates, owned, !all.isEmpty(), asksOwnDate, pendingRule);
        return new Routing(rule, factDates, factMentions, other, yesNo, personal, verbTenses, claimed.ends(), claimed.asked());
    }

    /** {@code mention} read again for a fact of {@code tense}; only a date without a year can change. */
    DateMention reread(DateMention mention, String text, Lang lang, LocalDate today, Tense tense) {
        return dates.reread(mention, text, lang, today, tense);
    }

    boolean mentionsFact(String text, Lang lang, Fact fact) {
        return new FactFinder(List.of(fact)).anyCue(text, lang);
    }

    /** The dates of a message, each read for the fact it belongs to (which decides a year-less date). */
    private List<FactFinder.Located> locate(String text, Lang lang, LocalDate today) {
        List<DateMention> mentions = DateReader.withoutTodayInQuestion(
                dates.read(text, lang, today, Tense.PAST), today, facts.anyCue(text, lang));
        List<FactFinder.Located> located = new ArrayList<>();
        mentions.removeIf(m -> NegatedEvents.deniedDate(text, m.start()));
        for (FactFinder.Located l : facts.locate(text, lang, mentions)) {
            Tense tense = l.verbTense().or(() -> l.fact().map(Fact::tense)).orElse(Tense.PAST);
            // The mentions were read for the past: only another tense can read one differently (and costs a reading).
            DateMention mention = tense == Tense.PAST ? l.mention() : dates.reread(l.mention(), text, lang, today, tense);
            located.add(new FactFinder.Located(mention, l.fact(), l.verbTense()));
        }
        return located;
    }

    /**
     * The rule the message's cues point to, when they are strong enough. A message that has the shape of a
     * personal date question ("until when can I use my key?", "can I still activate my benefits?") already
     * says that it is about the user's own dates, so it needs only half the cue evidence of other messages to
     * name its rule; a general question still needs the full amount.
     */
    private Optional<DateRule> best(String text, QuestionShape.Read shape, Lang lang, Map<String, DateMention> factDates,
            Map<String, DateMention> endDates, boolean hasDates, boolean personalDateQuestion, Optional<String> pendingRule) {
        String normalized = Normalized.of(text);
        Map<String, Integer> scores = new HashMap<>();
        for (IntentScore score : classifier.rank(text, lang)) {
            scores.merge(score.intent(), score.score(), Integer::sum);
        }
        for (IntentScore score : classifier.rank(questionPart(text, shape), lang)) {
            scores.merge(score.intent(), score.score(), Integer::sum);
        }
        DateRule best = null;
        int bestScore = 0;
        String[] clauses = CLAUSE_END.split(normalized);
        for (DateRule rule : book.rules()) {
            if (!pendingRule.equals(Optional.of(rule.id())) && !namesObject(normalized, rule, lang)
                    && !refersByPronoun(clauses, rule, lang)) {
                continue;
            }
            int score = scores.getOrDefault(rule.id(), 0) + factBonus(rule, factDates, endDates);
            if (score > bestScore) {
                best = rule;
                bestScore = score;
            }
        }
        if (best == null || shape.asksWhy()) {
            return Optional.empty();
        }
        int cues = scores.getOrDefault(best.id(), 0);
        // The end of a rule's thing, stated or asked about, was found beside the thing itself or, right after the
        // rule's answer, a pronoun for it ("does it expire on 1 March?"): that names the rule without its cues.
        boolean enough = cues >= threshold * 2
                || (personalDateQuestion && cues >= threshold)
                || (hasDates && cues > 0 && factBonus(best, factDates, endDates) > 0)
                || endDates.containsKey(best.id());
        return enough ? Optional.of(best) : Optional.empty();
    }

    /** True when the text names one of the rule's objects, in either language, or the rule lists none. */
    private static boolean namesObject(String normalized, DateRule rule, Lang lang) {
        List<String> own = rule.spec().objects(lang);
        List<String> other = rule.spec().objects(lang.other());
        if (own.isEmpty() && other.isEmpty()) {
            return true;
        }
        return own.stream().anyMatch(o -> CueMatcher.contains(normalized, o, lang))
                || other.stream().anyMatch(o -> CueMatcher.contains(normalized, o, lang.other()));
    }

    /**
     * True when the text points at the rule's object with a pronoun instead of naming it: "should I redeem
     * it tomorrow?", "stel dat ik hem morgen inwissel", "I assigned it to a colleague on 1 March" (it was named
     * in an earlier message, or goes without saying with this bot). Asked only of a text that names none of
     * the rule's objects, so a clause with one of the rule's cues whose first reference is a thing of its own
     * ("I assigned a parking spot ...", "my milk expired ...") is about something else, whatever "it" follows.
     */
    private static boolean refersByPronoun(String[] clauses, DateRule rule, Lang lang) {
        List<Signal> cues = rule.spec().signals().getOrDefault(lang, List.of());
        boolean pronoun = false;
        for (String clause : clauses) {
            if (cues.stream().noneMatch(cue -> CueMatcher.contains(clause, cue.cue(), lang))) {
                continue;
            }
            Optional<Pronouns.Reference> first = Pronouns.first(clause, lang);
            if (first.equals(Optional.of(Pronouns.Reference.NAMED))) {
                return false;
            }
            pronoun |= first.isPresent();
        }
        return pronoun;
    }

    /** The bonus of a rule for the message's dates; the end of its own thing, stated or asked about, counts as its own fact. */
    private static int factBonus(DateRule rule, Map<String, DateMention> factDates, Map<String, DateMention> endDates) {
        if (factDates.containsKey(rule.spec().fact()) || endDates.containsKey(rule.id())) {
            return OWN_FACT_BONUS;
        }
        return rule.spec().accepts().stream().anyMatch(factDates::containsKey) ? ACCEPTED_FACT_BONUS : 0;
    }

    /** The sentences that end in a question mark: the question's cues count twice, they say what is asked. */
    private static String questionPart(String text, QuestionShape.Read shape) {
        StringBuilder part = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text)) {
            if (sentence.strip().endsWith("?")) {
                part.append(sentence).append(' ');
            }
        }
        return part.length() == 0 && shape.isQuestion() ? text : part.toString();
    }

    private static IntentSignals signals(DateRule rule) {
        Map<Lang, List<WeightedCue>> cues = new HashMap<>();
        for (Map.Entry<Lang, List<Signal>> e : rule.spec().signals().entrySet()) {
            cues.put(e.getKey(), e.getValue().stream().map(s -> new WeightedCue(s.cue(), s.weight())).toList());
        }
        return new IntentSignals(rule.id(), cues);
    }
}
