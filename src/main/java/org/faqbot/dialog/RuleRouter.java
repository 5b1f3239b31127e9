package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.nlu.YearlessPolicy;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.DayQuestion;
import org.faqbot.rules.Fact;
import org.faqbot.rules.FromRule;
import org.faqbot.rules.Polarity;
import org.faqbot.rules.RuleBook;
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

    private final RuleBook book;
    private final RuleChoice choice;
    private final FactFinder facts;
    private final EndDates ends;
    private final DateReader dates;
    private final GeneralQuestion generalQuestions;
    private final EventWords events;
    private final SupposedFacts supposed;
    private final StatedEvents stated;
    /** Per language, the cues of facts that are events (a key redeemed), which a negation can deny. */
    private final Map<Lang, List<String>> eventCues = new EnumMap<>(Lang.class);

    RuleRouter(RuleBook book, DateReader dates, int threshold) {
        this.book = book;
        this.choice = new RuleChoice(book, threshold);
        Map<Lang, List<String>> otherEvents = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            otherEvents.put(lang, book.otherEvents(lang));
            eventCues.put(lang, book.facts().stream().filter(f -> f.tense() == Tense.PAST)
                    .flatMap(f -> Stream.concat(f.cues(lang).stream(), f.cues(lang.other()).stream())).toList());
        }
        this.facts = new FactFinder(book.facts(), otherEvents);
        this.dates = dates;
        this.ends = new EndDates(book, dates);
        this.generalQuestions = new GeneralQuestion(book, ends);
        this.events = new EventWords(book);
        this.supposed = new SupposedFacts(book.facts(), events);
        this.stated = new StatedEvents(book.facts());
    }

    /**
     * What the router found in a message. {@code factDates} holds the last date given for each fact;
     * {@code factMentions} every date given for it, in message order, so that a correction ("on 3 March,
     * no wait, on 5 March") can be used and the reply can say which date it used. {@code verbTenses} holds,
     * by a mention's start, the tense its verb gave it ("expired on 1 March"), which outweighs the fact's.
     * {@code endDates} holds, by rule id, the date given as the end of the rule's own thing ("my key expires on
     * 1 March"), which is that rule's result and no fact (see {@link EndDates}); {@code askedEnds}, by rule id, the
     * day a yes/no question asks whether the rule's thing ends ("does my key expire on 1 March?"), again no fact;
     * {@code askedNow}, by rule id, how a question without a day asks whether it has ended by today.
     * {@code generalQuestion}: the message asks, without dates and not about the user's own, how long or until when the
     * rule's thing lasts ("how long is a product key valid?"), or says that it has ended ("mijn key werkt niet meer, wat
     * nu?"); {@code outranksSearch}: its cues are strong enough for the rule's general answer to go before another
     * entry the search is sure of.
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
            Map<String, EndDates.AskedEnd> askedEnds,
            Map<String, Polarity> askedNow,
            boolean generalQuestion,
            boolean outranksSearch) {

        boolean hasDates() {
            return !factDates.isEmpty() || !otherDates.isEmpty() || !endDates.isEmpty() || !askedEnds.isEmpty();
        }

        /**
         * A question whether {@code rule}'s thing has ended by {@code today} ("has my key expired?"), which gives no day
         * of its own; such a question's yes is the "still usable?" question's no.
         */
        Optional<DayQuestion> askedToday(DateRule rule, LocalDate today) {
            return Optional.ofNullable(askedNow.get(rule.id())).map(polarity -> new DayQuestion(today, polarity));
        }

        /** The day the message asks whether {@code rule}'s thing ends, if it asks. */
        Optional<EndDates.AskedEnd> askedEnd(DateRule rule) {
            return Optional.ofNullable(askedEnds.get(rule.id()));
        }

        Optional<Tense> verbTense(DateMention mention) {
            return Optional.ofNullable(verbTenses.get(mention.start()));
        }

        /**
         * {@code text} with every date the routing found blanked out, for the checks that read the message's
         * things: "morgen" or "next Friday" after an article is a day, not a thing of the question's own.
         */
        String withoutDates(String text) {
            List<DateMention> all = new ArrayList<>(factDates.values());
            factMentions.values().forEach(all::addAll);
            all.addAll(otherDates);
            all.addAll(endDates.values());
            askedEnds.values().forEach(asked -> all.add(asked.mention()));
            char[] blanked = text.toCharArray();
            for (DateMention mention : all) {
                java.util.Arrays.fill(blanked, Math.max(0, mention.start()), Math.min(blanked.length, mention.end()), ' ');
            }
            return new String(blanked);
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
        QuestionShape.Read shape = QuestionShape.read(text);
        // "Should I redeem the key now or wait until after Christmas?": its days are choices, no date of the user's.
        boolean advice = TimingAdvice.asks(affirmed, shape);
        List<FactFinder.Located> all = advice ? List.of() : locate(affirmed, lang, today);
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
        boolean undated = all.isEmpty();
        Optional<DateRule> fate = generalQuestions.fateAsked(affirmed, lang, undated);
        // "How many days left?" needs no "I": counting days left is about the user's own date anyway.
        boolean personalText = (shape.isPersonal() || shape.asksOnlyForDaysLeft()) && !shape.asksAboutOthers() && !advice
                && fate.isEmpty();
        Map<String, Polarity> askedNow = new HashMap<>(ends.askedNow(affirmed, lang, all, pendingRule));
        askedNow.keySet().removeAll(claimed.asked().keySet());
        // A question whether the thing ends is a yes/no question, also when it opens with its verb ("verloopt hij ...?").
        boolean yesNo = shape.isYesNo() || !claimed.asked().isEmpty() || !askedNow.isEmpty();
        boolean asksForDate = shape.asksForDate();
        boolean aboutNow = yesNo && shape.isAboutNow();
        // "Will my key expire?", "has it expired?": whether the user's own thing ends asks about the user's own date,
        // also with "it" for the thing of the open rule question.
        boolean asksOwnEnd = !askedNow.isEmpty() && !shape.asksAboutOthers()
                && (personalText || pendingRule.filter(askedNow::containsKey).isPresent());
        boolean personal = personalText && (asksForDate || aboutNow) || asksOwnEnd;
        // In a yes/no question a "when" is a conjunction ("should I ... when the portal warns me?"), not a
        // request for a date, so only "still"/"nog" makes such a question one about the user's own dates.
        boolean asksOwnDate = personalText && (yesNo ? aboutNow : asksForDate) || asksOwnEnd;
        Map<String, DateMention> owned = new HashMap<>(claimed.ends());
        claimed.asked().forEach((id, asked) -> owned.putIfAbsent(id, asked.mention()));
        GeneralQuestion.Read general = advice ? GeneralQuestion.advice()
                : fate.isPresent() ? GeneralQuestion.fate(fate.get()) : generalQuestions.read(text, affirmed, shape, lang, undated, personal);
        FactWords facts = events.of(affirmed, lang, located);
        // "I redeemed the key in March": an event of the user's own with a day that cannot be read asks, like "... until
        // when can I use it?", for the rule that counts from it; the bot asks for the exact day.
        Set<String> statedEvents = undated && !general.shaped() ? stated.in(affirmed, lang, shape) : Set.of();
        if (undated) {
            supposed.addTo(facts, affirmed, lang);
            statedEvents.forEach(facts::add);
        }
        // A stated or supposed event names its rule as a dated one does ("I assigned our VS subscription to Ann on 1 March",
        // "if I redeem it, until when can I use it?").
        Optional<RuleChoice.Chosen> chosen = choice.best(affirmed, shape, lang, facts, owned, !undated || !facts.ids().isEmpty(),
                asksOwnDate || !statedEvents.isEmpty(), general.shaped(), pendingRule);
        Optional<DateRule> rule = chosen.map(RuleChoice.Chosen::rule);
        personal |= rule.filter(r -> statedEvents.contains(r.spec().fact())).isPresent();
        if (rule.isEmpty() && asksOwnEnd) {
            // "Does it expire?" has no cue of the key's rule, but the thing whose end it asks about is that rule's.
            rule = pendingRule.filter(askedNow::containsKey).or(() -> askedNow.keySet().stream().sorted().findFirst()).flatMap(book::rule);
        }
        // "My key stopped working": the thing whose end it states is the rule's, as for "has my key expired?"; "what happens
        // with my keys if I don't renew?" asks about the keys, whatever the renewal's cues say.
        rule = generalQuestions.ruleOf(general, rule);
        boolean asksInGeneral = rule.filter(r -> generalQuestions.about(r, general, affirmed, shape, lang)).isPresent();
        boolean outranks = asksInGeneral && (general.plainlyAbout(rule, facts) || chosen.filter(RuleChoice.Chosen::strong).isPresent());
        boolean mayDoNow = personalText && yesNo && undated && !general.shaped() && asksMayDo(chosen);
        return new Routing(rule, factDates, factMentions, other, yesNo, personal || mayDoNow, verbTenses, claimed.ends(),
                claimed.asked(), askedNow, asksInGeneral, outranks);
    }

    /**
     * True when a yes/no question asks whether the user may do the rule's thing, which their own date decides, as "can I
     * still use my key?" does. A "from" rule's thing waits for a date, so strong cues are enough: "can I give my VS
     * subscription to someone else?". An "until" rule's thing is allowed within its period, and "can I use the key in
     * production?" asks what for: only a question whose own words name the rule's act asks whether the period still runs
     * ("can I reactivate my VS subscription?", "kan ik ons VS-abonnement heractiveren?").
     */
    private static boolean asksMayDo(Optional<RuleChoice.Chosen> chosen) {
        return chosen.filter(c -> c.rule() instanceof FromRule ? c.strong() : c.askedOnItsOwn()).isPresent();
    }

    /** {@code mention} read again for a fact of {@code tense}; only a date without a year can change. */
    DateMention reread(DateMention mention, String text, Lang lang, LocalDate today, Tense tense) {
        return dates.reread(mention, text, lang, today, tense);
    }

    /** {@code mention} read again with {@code policy}; only a date without a year can change. */
    DateMention reread(DateMention mention, String text, Lang lang, LocalDate today, YearlessPolicy policy) {
        return dates.reread(mention, text, lang, today, policy);
    }

    boolean mentionsFact(String text, Lang lang, Fact fact) {
        return new FactFinder(List.of(fact)).anyCue(text, lang);
    }

    /** The dates of a message, each read for the fact it belongs to (which decides a year-less date). */
    private List<FactFinder.Located> locate(String text, Lang lang, LocalDate today) {
        boolean factCue = facts.anyCue(text, lang);
        List<DateMention> read = dates.read(text, lang, today, Tense.PAST);
        if (read.isEmpty() && factCue) {
            // Partners mix the languages ("if I redeem my key over twee weken"): a message with a fact's word and no
            // date of its own language may give the date in the other. Read only then, as most messages give none.
            read = dates.read(text, lang.other(), today, Tense.PAST);
        }
        List<DateMention> mentions = DateReader.withoutTodayInQuestion(read, today, factCue);
        List<FactFinder.Located> located = new ArrayList<>();
        mentions.removeIf(m -> NegatedEvents.deniedDate(text, m.start()));
        for (FactFinder.Located l : facts.locate(text, lang, mentions)) {
            Tense tense = l.verbTense().or(() -> l.fact().map(Fact::tense)).orElse(Tense.PAST);
            // The mentions were read for the past: only another tense can read one differently (and costs a reading).
            DateMention mention = tense == Tense.PAST ? l.mention() : dates.reread(l.mention(), text, lang, today, tense);
            located.add(l.with(mention));
        }
        return located;
    }
}
