package org.faqbot.dialog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.IntentClassifier;
import org.faqbot.nlu.IntentScore;
import org.faqbot.nlu.IntentSignals;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.nlu.StillFine;
import org.faqbot.nlu.WeightedCue;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.Fact;
import org.faqbot.rules.FromRule;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.Signal;
import org.faqbot.rules.Tense;

/**
 * Which rule a message asks, for {@link RuleRouter}: each rule's cues weighed (those of the question part twice),
 * a bonus for a rule whose own fact or thing's end the message dates, and only among the rules whose objects the
 * message names, or points at with a pronoun, or whose question back is open.
 */
final class RuleChoice {

    /** Bonus for a rule whose own fact is among the dates of the message. */
    private static final int OWN_FACT_BONUS = 4;
    /** Bonus for a rule that accepts one of the message's facts in place of its own. */
    private static final int ACCEPTED_FACT_BONUS = 3;
    /**
     * Bonus for a rule that counts to a first day allowed, of whose cues the message has some, when the question asks
     * from when ({@link AskedStart}): as much as the own fact's, so that the enrollment's date the grace counts from does
     * not outweigh the question's direction.
     */
    private static final int ASKED_START_BONUS = OWN_FACT_BONUS;
    /** A sentence with the mark that ends it. */
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]*");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?,;:]+\\s*|\\s+(?:but|maar)\\s+");

    private final RuleBook book;
    private final IntentClassifier classifier;
    private final int threshold;

    RuleChoice(RuleBook book, int threshold) {
        this.book = book;
        this.classifier = new IntentClassifier(book.rules().stream().map(RuleChoice::signals).toList());
        this.threshold = threshold;
    }

    /**
     * A chosen rule and the weight of its cues in the message. {@code strong}: they weigh twice the threshold, which a
     * general question needs to outrank the search; {@code askedOnItsOwn}: the question part's cues alone do, so the
     * question names the rule's own act ("can I reactivate my VS subscription?"), not just its thing.
     */
    record Chosen(DateRule rule, boolean strong, boolean askedOnItsOwn) {
    }

    /** One text's cue weights per rule id: in the whole text, and again in its question part. */
    private record Weights(Map<String, Integer> whole, Map<String, Integer> asked) {

        int of(DateRule rule) {
            return whole.getOrDefault(rule.id(), 0) + asked(rule);
        }

        int asked(DateRule rule) {
            return asked.getOrDefault(rule.id(), 0);
        }
    }

    /**
     * The rule the message's cues point to, when they are strong enough. A message that has the shape of a
     * personal date question ("until when can I use my key?", "can I still activate my benefits?") already
     * says that it is about the user's own dates, so it needs only half the cue evidence of other messages to
     * name its rule; so does a general question how long or until when the rule's thing lasts ("how long is a
     * product key valid?", {@code periodQuestion}), which names one of the rule's objects. Other messages need
     * the full amount. {@code facts} are the facts the message dates or supposes ("if I redeem my key ..."); the words
     * that say them count only for the rules that count from them.
     */
    Optional<Chosen> best(String text, QuestionShape.Read shape, Lang lang, FactWords facts,
            Map<String, DateMention> endDates, boolean hasDates, boolean personalDateQuestion, boolean periodQuestion,
            Optional<String> pendingRule) {
        String normalized = Normalized.of(text);
        Map<String, Weights> weightsByText = new HashMap<>();
        // The texts weighed for different rules often share their question part ("..., right? What's the end date?"),
        // and a message that is all question is its own: each text is ranked once.
        Map<String, Map<String, Integer>> rankedByText = new HashMap<>();
        DateRule best = null;
        int bestScore = 0;
        int bestCues = 0;
        int bestAsked = 0;
        String[] clauses = CLAUSE_END.split(normalized);
        boolean startAsked = AskedStart.in(QuestionPart.of(text, shape));
        // "Can I still redeem keys on Boxing Day?": that day is asked about, so it is no redemption the key's year counts from.
        Set<String> askedOnly = book.facts().stream().filter(fact -> fact.tense() == Tense.PAST).map(Fact::id)
                .filter(fact -> StillAllowedClause.datesOnlyAsked(normalized, fact, facts)).collect(Collectors.toSet());
        for (DateRule rule : book.rules()) {
            // "Should I redeem it tomorrow?": the event's word about "it" points at the thing of the rule counting from it.
            boolean named = pendingRule.equals(Optional.of(rule.id())) || namesObject(normalized, rule, lang)
                    || refersByPronoun(clauses, rule, lang) || facts.claimsWordOf(rule.spec().fact());
            // "We renewed on 1 November": no thing named, but a fact the rule accepts, said with the rule's own words.
            boolean bare = !named && BareFact.of(normalized, rule, facts);
            if (!named && !bare) {
                continue;
            }
            Weights weights = weightsByText.computeIfAbsent(facts.forRule(text, rule), weighed -> weigh(weighed, shape, lang, rankedByText));
            if (bare && weights.of(rule) == 0) {
                continue;
            }
            int score = weights.of(rule) + factBonus(rule, facts, askedOnly, endDates) * (factAsked(text, rule, facts) ? 2 : 1)
                    + (startAsked && rule instanceof FromRule && weights.of(rule) > 0 ? ASKED_START_BONUS : 0);
            if (score > bestScore) {
                best = rule;
                bestScore = score;
                bestCues = weights.of(rule);
                bestAsked = weights.asked(rule);
            }
        }
        if (best == null || shape.asksWhy()) {
            return Optional.empty();
        }
        int cues = bestCues;
        // The end of a rule's thing, stated or asked about, was found beside the thing itself or, right after the
        // rule's answer, a pronoun for it ("does it expire on 1 March?"): that names the rule without its cues.
        boolean strong = cues >= threshold * 2;
        boolean enough = strong
                || ((personalDateQuestion || periodQuestion) && cues >= threshold)
                || (hasDates && (cues > 0 || facts.claimsWordOf(best.spec().fact())) && factBonus(best, facts, askedOnly, endDates) > 0)
                || endDates.containsKey(best.id());
        return enough ? Optional.of(new Chosen(best, strong, bestAsked >= threshold * 2)) : Optional.empty();
    }

    /**
     * Whether {@code rule}'s own fact is said in a sentence that ends in a question mark but asks neither yes/no nor
     * for a date ("VS subscription assigned on 20 November?", "what about the other one, assigned on 1 March?"): such a
     * sentence asks what follows from the fact, so the fact's bonus counts twice, as the question part's cues do;
     * otherwise a rule that only shares the fact's object ("VS") outweighs it by the question part's doubling.
     */
    private static boolean factAsked(String text, DateRule rule, FactWords facts) {
        Matcher sentence = SENTENCE.matcher(text);
        while (sentence.find()) {
            String said = sentence.group();
            if (said.strip().endsWith("?") && facts.datedWithin(rule.spec().fact(), sentence.start(), sentence.end())
                    && !QuestionShape.isYesNo(said) && !QuestionShape.asksForDate(said)) {
                return true;
            }
        }
        return false;
    }

    /** Each rule's cue weight in {@code text} and in its question part, whose cues count twice: they say what is asked. */
    private Weights weigh(String text, QuestionShape.Read shape, Lang lang, Map<String, Map<String, Integer>> rankedByText) {
        return new Weights(rankedByText.computeIfAbsent(text, t -> ranked(t, lang)),
                rankedByText.computeIfAbsent(QuestionPart.asked(text, shape), t -> ranked(t, lang)));
    }

    private Map<String, Integer> ranked(String text, Lang lang) {
        Map<String, Integer> scores = new HashMap<>();
        // "Key from 1 March still ok?" asks what "still valid?" asks, whose cue is the rules' own.
        for (IntentScore score : classifier.rank(StillFine.asValid(Normalized.of(text)), lang)) {
            scores.merge(score.intent(), score.score(), Integer::sum);
        }
        return scores;
    }

    /** True when the text names one of the rule's objects, in either language (misspelt by a letter too), or the rule lists none. */
    static boolean namesObject(String normalized, DateRule rule, Lang lang) {
        List<String> own = rule.spec().objects(lang);
        List<String> other = rule.spec().objects(lang.other());
        if (own.isEmpty() && other.isEmpty()) {
            return true;
        }
        return CueMatcher.containsAnyNear(normalized, own, lang) || CueMatcher.containsAnyNear(normalized, other, lang.other());
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
    private static int factBonus(DateRule rule, FactWords facts, Set<String> askedOnly, Map<String, DateMention> endDates) {
        if (facts.contains(rule.spec().fact()) && !askedOnly.contains(rule.spec().fact()) || endDates.containsKey(rule.id())) {
            return OWN_FACT_BONUS;
        }
        return rule.spec().accepts().stream().anyMatch(f -> facts.contains(f) && !askedOnly.contains(f)) ? ACCEPTED_FACT_BONUS : 0;
    }

    private static IntentSignals signals(DateRule rule) {
        Map<Lang, List<WeightedCue>> cues = new HashMap<>();
        for (Map.Entry<Lang, List<Signal>> e : rule.spec().signals().entrySet()) {
            cues.put(e.getKey(), e.getValue().stream().map(s -> new WeightedCue(s.cue(), s.weight())).toList());
        }
        return new IntentSignals(rule.id(), cues);
    }
}
