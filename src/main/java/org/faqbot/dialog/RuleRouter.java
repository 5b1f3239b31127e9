package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.nlu.YearlessPolicy;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.DayQuestion;
import org.faqbot.rules.Fact;
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
    private final MessageDates messageDates;
    private final EndDates ends;
    private final DateReader dates;
    private final GeneralQuestion generalQuestions;
    private final EventWords events;
    private final SupposedFacts supposed;
    private final StatedEvents stated;
    private final OtherProducts products;
    /**
     * The routings of the reply this thread is working out, between {@link #begin} and {@link #end}: a message of several
     * questions routes each question alone and with the statements before it, and again when it is answered. Dropped with
     * the reply, so a message sent again is routed again.
     */
    private final ThreadLocal<Map<Asked, Routing>> replyRoutings = new ThreadLocal<>();

    private record Asked(String text, Lang lang, LocalDate today, Optional<String> pendingRule) {
    }

    RuleRouter(RuleBook book, DateReader dates, int threshold) {
        this.book = book;
        this.choice = new RuleChoice(book, threshold);
        this.dates = dates;
        this.ends = new EndDates(book, dates);
        this.messageDates = new MessageDates(book, dates, ends);
        this.generalQuestions = new GeneralQuestion(book, ends);
        this.events = new EventWords(book);
        this.supposed = new SupposedFacts(book.facts(), events);
        this.stated = new StatedEvents(book.facts());
        this.products = new OtherProducts(book);
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
        Map<Asked, Routing> routings = replyRoutings.get();
        if (routings == null) {
            return routed(text, lang, today, pendingRule);
        }
        Asked asked = new Asked(text, lang, today, pendingRule);
        Routing routing = routings.get(asked);
        if (routing == null) {
            // Not computeIfAbsent: routing a message reads its parts' dates, which may route again.
            routing = routed(text, lang, today, pendingRule);
            routings.put(asked, routing);
        }
        return routing;
    }

    /** A reply begins on this thread: its routings are kept until {@link #end}. */
    void begin() {
        replyRoutings.set(new HashMap<>());
    }

    /** The reply on this thread has ended: its routings go with it. */
    void end() {
        replyRoutings.remove();
    }

    private Routing routed(String text, Lang lang, LocalDate today, Optional<String> pendingRule) {
        // "My Office 365 subscription expires on 1 March, can I still redeem my benefits?": that date is the product's.
        String affirmed = products.withoutTheirClauses(messageDates.affirmed(text, lang), lang);
        QuestionShape.Read shape = QuestionShape.read(text);
        // "Should I redeem the key now or wait until after Christmas?": its days are choices, no date of the user's.
        boolean advice = TimingAdvice.asks(affirmed, shape);
        MessageDates.Found found = messageDates.read(affirmed, lang, today, advice, pendingRule);
        EndDates.Claimed claimed = found.claimed();
        Optional<DateRule> fate = generalQuestions.fateAsked(affirmed, lang, found.undated());
        Map<String, Polarity> askedNow = new HashMap<>(ends.askedNow(affirmed, lang, found.located(), pendingRule));
        askedNow.keySet().removeAll(claimed.asked().keySet());
        // "How many days left on the key?" counts the user's own days, as "how many days left?" does.
        OwnDateQuestion own = OwnDateQuestion.of(DaysLeftOf.shape(text, shape, lang, book.rules()), advice || fate.isPresent(),
                claimed.asked(), askedNow, pendingRule);
        GeneralQuestion.Read general = advice ? GeneralQuestion.advice() : fate.isPresent() ? GeneralQuestion.fate(fate.get())
                : generalQuestions.read(text, affirmed, shape, lang, found.undated(), own.personalDateQuestion());
        FactWords facts = events.of(affirmed, lang, claimed.rest());
        // "I redeemed the key in March": an event of the user's own with a day that cannot be read asks, like "... until
        // when can I use it?", for the rule that counts from it; the bot asks for the exact day.
        Set<String> statedEvents = found.undated() && !general.shaped() ? stated.in(affirmed, lang, shape) : Set.of();
        if (found.undated()) {
            supposed.addTo(facts, affirmed, lang);
            statedEvents.forEach(facts::add);
        }
        Optional<RuleChoice.Chosen> chosen = choose(affirmed, shape, lang, facts, found, own.asksOwnDate() || !statedEvents.isEmpty(),
                general, pendingRule);
        // "My Office 365 subscription expires on 1 March, can I renew it?": a product's own thing is no rule's object.
        Optional<DateRule> rule = ruleOf(chosen, own, askedNow, general, pendingRule)
                .filter(r -> !products.keepsFrom(r, affirmed, lang));
        boolean asksInGeneral = rule.filter(r -> generalQuestions.about(r, general, affirmed, shape, lang)).isPresent();
        boolean outranks = asksInGeneral && (general.plainlyAbout(rule, facts) || chosen.filter(RuleChoice.Chosen::strong).isPresent());
        boolean personal = own.personalDateQuestion() || chosen.filter(c -> statedEvents.contains(c.rule().spec().fact())).isPresent()
                || found.undated() && !general.shaped() && own.asksMayDo(chosen);
        return new Routing(rule, found.factDates(), found.factMentions(), found.otherDates(), own.yesNo(), personal,
                found.verbTenses(), claimed.ends(), claimed.asked(), askedNow, asksInGeneral, outranks);
    }

    /**
     * The rule the message's cues and facts choose; {@code personal}: the message asks about the user's own date or
     * states their event. A stated or supposed event names its rule as a dated one does ("I assigned our VS subscription
     * to Ann on 1 March", "if I redeem it, until when can I use it?").
     */
    private Optional<RuleChoice.Chosen> choose(String affirmed, QuestionShape.Read shape, Lang lang, FactWords facts,
            MessageDates.Found found, boolean personal, GeneralQuestion.Read general, Optional<String> pendingRule) {
        Map<String, DateMention> owned = new HashMap<>(found.claimed().ends());
        found.claimed().asked().forEach((id, asked) -> owned.putIfAbsent(id, asked.mention()));
        return choice.best(affirmed, shape, lang, facts, owned, !found.undated() || !facts.ids().isEmpty(), personal,
                general.shaped(), pendingRule);
    }

    /** The chosen rule, else the one whose thing's end the message asks about; a general question may name another. */
    private Optional<DateRule> ruleOf(Optional<RuleChoice.Chosen> chosen, OwnDateQuestion own, Map<String, Polarity> askedNow,
            GeneralQuestion.Read general, Optional<String> pendingRule) {
        Optional<DateRule> rule = chosen.map(RuleChoice.Chosen::rule);
        if (rule.isEmpty() && own.asksOwnEnd()) {
            // "Does it expire?" has no cue of the key's rule, but the thing whose end it asks about is that rule's.
            rule = pendingRule.filter(askedNow::containsKey).or(() -> askedNow.keySet().stream().sorted().findFirst())
                    .flatMap(book::rule);
        }
        // "My key stopped working": the thing whose end it states is the rule's, as for "has my key expired?"; "what happens
        // with my keys if I don't renew?" asks about the keys, whatever the renewal's cues say.
        return generalQuestions.ruleOf(general, rule);
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
}
