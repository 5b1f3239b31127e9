package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.DateBounds;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.InvalidDate;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.nlu.Supposition;
import org.faqbot.nlu.YearlessPolicy;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.DayQuestion;
import org.faqbot.rules.Fact;
import org.faqbot.rules.Recurrence;
import org.faqbot.rules.Signal;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.Tense;

/**
 * Which of a message's dates a rule works with: the fact's own (the last one given, exact before
 * approximate), read in the tense its verb or the fact gives, whether it is only supposed, and the other day
 * a yes/no question asks about.
 */
final class DatePicker {

    private final RuleBook book;
    private final RuleRouter router;
    /** Each rule's action cues, read from the rule book once rather than per message. */
    private final Map<String, List<String>> actions = new HashMap<>();
    /** Each rule's {@link #spanCues} by language, worked out once: they depend on the rule book alone. */
    private final Map<DateRule, Map<Lang, AskedSpan.Cues>> spanCues = new IdentityHashMap<>();

    DatePicker(RuleBook book, RuleRouter router) {
        this.book = book;
        this.router = router;
        book.rules().forEach(rule -> actions.put(rule.id(), actions(rule)));
        for (DateRule rule : book.rules()) {
            Map<Lang, AskedSpan.Cues> byLang = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                byLang.put(lang, spanCuesOf(rule, lang));
            }
            spanCues.put(rule, byLang);
        }
    }

    /**
     * The date a rule uses, whether the message held several candidates for it, and whether it is the
     * date of an action the user only plans or supposes ("if I redeem it next Friday"), perhaps in the past
     * ({@code counterfactual}: "if I had redeemed it on 1 March"); and the other day a yes/no question asks
     * about ("does it still work on 1 January 2022?", "does it expire on 1 March?"), when it is not today.
     */
    record Pick(DateMention mention, boolean several, boolean supposed, boolean counterfactual, Optional<DayQuestion> askedDay,
            Optional<Recurred> recurred) {

        Pick(DateMention mention, boolean several, boolean supposed, boolean counterfactual, Optional<DayQuestion> askedDay) {
            this(mention, several, supposed, counterfactual, askedDay, Optional.empty());
        }

        /** This pick asking about {@code day}. */
        Pick withAskedDay(Optional<DayQuestion> day) {
            return new Pick(mention, several, supposed, counterfactual, day, recurred);
        }
    }

    /**
     * A past date of a fact that comes back ({@link Recurrence}) given for the rule's own fact, and the next occurrence
     * the pick took instead: "we renewed on 1 January" was the previous renewal, so the renewal start is a year later.
     */
    record Recurred(Fact fact, LocalDate happened, LocalDate next) {

        /** The reply's sentence about it in {@code lang}, with the dates written by {@code texts}. */
        String text(Lang lang, Texts texts) {
            return fact.recurrence().orElseThrow().text().get(lang)
                    .replace("{fact}", texts.date(happened, lang)).replace("{date}", texts.date(next, lang));
        }
    }

    /**
     * The date for the rule's fact: the last one the message gives for that fact (a correction comes
     * after what it corrects), else for a fact the rule accepts, else any date. "Several" when the
     * candidates name different days, so the reply says which one it used. A date without a year is
     * read for the rule's fact whatever word stood near it ("no wait, 30 April" corrects a deadline, so it
     * is the next 30 April), unless its own verb said the tense ("expired on 1 March" is last March), and for a
     * supposed action as one still to come; a deadline or start stated in the present is the one that passed at most
     * two months ago, if there is one ({@link YearlessPolicy#NEXT_OR_JUST_PASSED}). A boundary or approximation ("after 1 June 2021") gives way to an
     * exact date in the same message. A past date of a fact that comes back, standing in for the rule's, is the
     * previous one: the pick takes the next ({@link Recurred}).
     */
    Optional<Pick> pick(DateRule rule, RuleRouter.Routing routing, Turn turn) {
        List<DateMention> candidates = new ArrayList<>(routing.factMentions().getOrDefault(rule.spec().fact(), List.of()));
        if (candidates.isEmpty()) {
            rule.spec().accepts().stream().map(routing.factMentions()::get).filter(m -> m != null).forEach(candidates::addAll);
        }
        if (candidates.isEmpty()) {
            candidates.addAll(routing.otherDates());
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // "... and today is 6 December 2026" gives the day the user counts from, never a date of the fact.
        List<DateMention> statedToday = new ArrayList<>(candidates.stream().filter(m -> DayRoles.statedAsToday(turn.text, m)).toList());
        candidates.removeAll(statedToday);
        // "Today is 10 December. Our benefits expire on 9 December." states today in a sentence of its own, no fact's.
        routing.otherDates().stream().filter(m -> DayRoles.statedAsToday(turn.text, m)).forEach(statedToday::add);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (candidates.stream().anyMatch(mention -> !isInexact(mention))) {
            candidates.removeIf(DatePicker::isInexact);
        }
        // "Redeemed last month, is it still valid next summer?": "next summer" is the time asked about, not the fact's.
        Optional<AskedSpan.Found> span = AskedSpan.find(turn.text, turn.lang, turn.today, Optional.empty(), spanCues(rule, turn.lang));
        if (span.isPresent() && candidates.stream().anyMatch(mention -> !span.get().covers(mention))) {
            candidates.removeIf(span.get()::covers);
        }
        Optional<EndDates.AskedEnd> askedEnd = routing.askedEnd(rule);
        Optional<DateMention> asked = routing.yesNo() && askedEnd.isEmpty() ? askedDay(rule, routing, turn) : Optional.empty();
        if (asked.isEmpty() && askedEnd.isEmpty()) {
            // "VS assigned on 7 Sep, reassign on 6 Dec possible?": the done verb's day is the fact's, the action's is asked.
            asked = ActionAndDoneDays.asked(turn.text, candidates, actions.getOrDefault(rule.id(), actions(rule)));
        }
        if (asked.isEmpty() && routing.yesNo() && askedEnd.isEmpty()) {
            // "Is my key redeemed on 15 December 2025 still valid on 1 January 2027?": the day after the event's date.
            // "Can I reassign it on 1 January if I assigned it on 15 October?": the condition's done action is the fact's.
            Optional<DateMention> conditioned = DoneInCondition.asked(turn.text, candidates);
            asked = conditioned.isPresent() ? conditioned : DayRoles.askedAfterFact(turn.text, candidates)
                    .filter(day -> notBeforeFact(day, candidates, routing, rule, turn))
                    .or(() -> DayRoles.askedBesideSupposedToday(turn.text, candidates, turn.today));
        }
        // Only beside another date: a single date stays the fact's, as before.
        int askedStart = asked.map(DateMention::start).orElse(-1);
        if (candidates.stream().anyMatch(m -> m.start() != askedStart)) {
            candidates.removeIf(m -> m.start() == askedStart);
        } else {
            asked = Optional.empty();
        }
        if (asked.isPresent()) {
            turn.setNamedAskedDay();
        }
        DateMention last = candidates.get(candidates.size() - 1);
        boolean counterfactual = Supposition.counterfactual(turn.text, last.start(), last.end());
        Optional<Tense> verbTense = routing.verbTense(last);
        Tense factTense = book.factOf(rule).tense();
        boolean supposed = Supposition.around(turn.text, last.start(), last.end())
                || plannedInPresent(last, factTense, verbTense, turn);
        Tense tense = supposed && !counterfactual ? Tense.FUTURE : verbTense.orElse(factTense);
        // A deadline stated in the present ("my benefits expire on 1 December") may be one that has just passed; a plan's may not.
        YearlessPolicy policy = supposed ? DateReader.policy(tense) : DateReader.stated(factTense, verbTense);
        DateMention chosen = router.reread(last, turn.text, turn.lang, turn.today, policy);
        // A question asks about a day still to come unless its year says otherwise ("can I reassign it on 1 July?"), or
        // the day passed within the last week ("... on 5 December?" asked on the 6th: that one, not next year's), or
        // a nearer one lies after the fact's own date ("assigned on 1 September, can I reassign it on 15 November?").
        // Only for an event that happened (an assignment, a redemption): a deadline's asked day lies before it.
        DateMention factDay = factTense == Tense.PAST && !supposed ? chosen : null;
        Optional<DateMention> askedMention = asked;
        DateMention spanFact = factTense == Tense.PAST && chosen instanceof InvalidDate ? chosen : factDay;
        Optional<DayQuestion> askedDay = asked.map(a -> router.reread(a, turn.text, turn.lang, turn.today, YearlessPolicy.NEXT_OR_DAYS_PASSED))
                .flatMap(DatePicker::askedOn).map(day -> AskedYear.inFactsPeriod(askedMention.get(), day, factDay, turn.today))
                .map(DayQuestion::allowedOn)
                .or(() -> askedEnd.map(DatePicker::question))
                .or(() -> askedSpan(rule, turn, spanFact))
                .or(() -> routing.askedToday(rule, turn.today))
                .or(() -> otherToday(statedToday, turn));
        // Each read as the chosen one is: "over 2 weken" and "21 december" of one plan are one day, though the year-less one
        // was first read for a past fact (21 December 2025).
        YearlessPolicy read = policy;
        DateMention picked = chosen;
        boolean several = candidates.stream().map(m -> m == last ? picked : router.reread(m, turn.text, turn.lang, turn.today, read))
                .map(DatePicker::meaning).distinct().count() > 1;
        Optional<Recurred> recurred = supposed || tense != Tense.PAST ? Optional.empty() : recurred(rule, routing, last, chosen);
        if (recurred.isPresent()) {
            chosen = new ResolvedDate(chosen.text(), chosen.start(), chosen.end(), recurred.get().next(), false, ((ResolvedDate) chosen).yearGiven());
        }
        return Optional.of(new Pick(chosen, several, supposed, counterfactual, askedDay, recurred));
    }

    /**
     * The month or season a yes/no question asks about beside the fact's date ("assigned on 3 June, can I reassign it in
     * March?"), its year read after {@code factDay} when that is the date of a thing done ({@link AskedSpan}).
     */
    private Optional<DayQuestion> askedSpan(DateRule rule, Turn turn, DateMention factDay) {
        // A month of the fact ("if I redeem one in January, ... in December?"): the span asked about is after its first day.
        Optional<LocalDate> fact = factDay instanceof ResolvedDate date ? Optional.of(date.date())
                : factDay instanceof InvalidDate bounded ? bounded.bounds().flatMap(DateBounds::earliest) : Optional.empty();
        Optional<DayQuestion> span = AskedSpan.find(turn.text, turn.lang, turn.today, fact, spanCues(rule, turn.lang))
                .map(AskedSpan.Found::question);
        span.ifPresent(s -> turn.setNamedAskedDay());
        return span;
    }

    /** The cues of the rule's fact in both languages, {@code lang}'s first. */
    private List<String> factCues(DateRule rule, Lang lang) {
        Fact fact = book.factOf(rule);
        List<String> cues = new ArrayList<>(fact.cues(lang));
        cues.addAll(fact.cues(lang.other()));
        return cues;
    }

    /**
     * The fact's cues and the rule's action phrases of several words that hold one ("opnieuw toewijzen" holds "toewijz"),
     * for {@link AskedSpan}: a single word such as "ingewisseld" is the fact's own, so it is no action.
     */
    AskedSpan.Cues spanCues(DateRule rule, Lang lang) {
        Map<Lang, AskedSpan.Cues> byLang = spanCues.get(rule);
        return byLang != null ? byLang.get(lang) : spanCuesOf(rule, lang);
    }

    private AskedSpan.Cues spanCuesOf(DateRule rule, Lang lang) {
        List<String> fact = factCues(rule, lang);
        List<String> phrases = actions.getOrDefault(rule.id(), List.of()).stream()
                .filter(cue -> cue.strip().contains(" ") && !cue.contains("…"))
                .filter(cue -> fact.stream().anyMatch(f -> CueMatcher.contains(cue, f, lang) || CueMatcher.contains(cue, f, lang.other())))
                .map(String::strip).toList();
        return new AskedSpan.Cues(fact, phrases);
    }

    /**
     * Whether {@code day}, asked about after the fact's own date, does not lie before that date: one cannot ask whether a
     * key redeemed on 15 December 2025 is still valid on a day before it, so then both are dates of the fact.
     */
    private boolean notBeforeFact(DateMention day, List<DateMention> candidates, RuleRouter.Routing routing, DateRule rule, Turn turn) {
        DateMention fact = candidates.get(candidates.size() - 2);
        Tense tense = routing.verbTense(fact).orElse(book.factOf(rule).tense());
        DateMention asked = router.reread(day, turn.text, turn.lang, turn.today, YearlessPolicy.NEXT_OR_DAYS_PASSED);
        DateMention own = router.reread(fact, turn.text, turn.lang, turn.today, tense);
        return asked instanceof ResolvedDate a && !(own instanceof ResolvedDate o && a.date().isBefore(o.date()));
    }

    /**
     * Whether the date of a fact that lies in the past is that of a plan: stated in the present with a day still to come
     * ("I redeem the key tomorrow", "ik wissel hem volgende week in"), as "I'll redeem it on Monday" is; no past form in
     * its clause says the action was done; or named by a bare participle with no one who did it ({@link TenselessEvent}).
     */
    private static boolean plannedInPresent(DateMention date, Tense factTense, Optional<Tense> verbTense, Turn turn) {
        boolean ahead = date instanceof ResolvedDate resolved && resolved.date().isAfter(turn.today);
        // "And keys redeemed on 15 January 2027?" names no one who redeemed them: its participle is no past.
        return ahead && factTense == Tense.PAST && (verbTense.filter(t -> t == Tense.PAST).isEmpty()
                && !Supposition.statedDone(turn.text, date.start(), date.end()) || TenselessEvent.around(turn.text, date.start(), date.end()));
    }

    /**
     * The day the user said today is ("... and today is 6 December 2027"), asked about when it is not the clock's: the
     * user's "still" is about their day (a time zone past midnight, a day they check ahead), and the reply names the day
     * it answered for, so a mismatch shows. The clock's own day needs no question of its own.
     */
    private static Optional<DayQuestion> otherToday(List<DateMention> statedToday, Turn turn) {
        return statedToday.stream().filter(ResolvedDate.class::isInstance).map(m -> nearest((ResolvedDate) m, turn.today))
                .filter(day -> !day.equals(turn.today)).findFirst()
                .map(day -> {
                    // The reply counts its days from this day too: "in 3 days (today is 6 December)" contradicted the user.
                    turn.setUsersToday(day);
                    return DayQuestion.allowedOn(day);
                });
    }

    /**
     * The day a stated today without a year is: the one nearest to the clock's today, which lies at most a few days
     * from the user's ("today is 10 December" on 6 December 2026 is 10 December 2026, on 2 January 2027 "today is 31
     * December" is 31 December 2026), whatever the tense its sentence was read in.
     */
    private static LocalDate nearest(ResolvedDate stated, LocalDate today) {
        if (stated.yearGiven() || stated.relative()) {
            return stated.date();
        }
        LocalDate best = stated.date();
        for (int shift = -1; shift <= 1; shift++) {
            LocalDate other = stated.date().plusYears(shift);
            if (Math.abs(other.toEpochDay() - today.toEpochDay()) < Math.abs(best.toEpochDay() - today.toEpochDay())) {
                best = other;
            }
        }
        return best;
    }

    /**
     * The next occurrence when {@code last}, stated in the past, is the date of a fact that comes back and stands in for
     * the rule's own ("we renewed our membership on 1 January, when can we renew again?"): the one that happened is the
     * previous one. Empty for the rule's own fact ("the renewal window opened on 1 November" is still open).
     */
    private Optional<Recurred> recurred(DateRule rule, RuleRouter.Routing routing, DateMention last, DateMention chosen) {
        if (!(chosen instanceof ResolvedDate date) || routing.factMentions().containsKey(rule.spec().fact())) {
            return Optional.empty();
        }
        return rule.spec().accepts().stream()
                .filter(id -> routing.factMentions().getOrDefault(id, List.of()).contains(last))
                .flatMap(id -> book.fact(id).stream())
                .flatMap(fact -> fact.recurrence().map(r -> new Recurred(fact, date.date(), r.next(date.date()))).stream())
                .findFirst();
    }

    /**
     * The day of a yes/no question that gives no other date ("is it still valid on 1 March?"): never the rule's own
     * date, but the day to answer for with the date the conversation or the user's memory holds, or once the user has
     * given it. The date may have been found for another fact ("can I still redeem my benefits on 1 March?": the
     * key's "redeem" is beside it), not for one the rule takes. Empty when the message's one date is not asked about
     * that way, or a past form before it dates an action ("the key I activated on 1 March").
     */
    Optional<DayQuestion> askedAlone(DateRule rule, RuleRouter.Routing routing, Turn turn) {
        List<DateMention> all = new ArrayList<>(routing.otherDates());
        routing.factMentions().values().forEach(all::addAll);
        boolean ruleDate = routing.factMentions().keySet().stream().anyMatch(rule.spec()::takes);
        boolean yesNo = routing.yesNo() || AskedDay.supposingQuestion(turn.text);
        if (!yesNo || all.size() != 1 || ruleDate || AskedDay.afterPastForm(turn.text, all.get(0))) {
            return Optional.empty();
        }
        return askedDay(rule, routing, turn).map(a -> router.reread(a, turn.text, turn.lang, turn.today, YearlessPolicy.NEXT_OR_DAYS_PASSED))
                .flatMap(DatePicker::askedOn).map(DayQuestion::allowedOn);
    }

    /** The day a yes/no question asks about: the date itself, the first day of "after Christmas", the last of "before Christmas". */
    private static Optional<LocalDate> askedOn(DateMention mention) {
        return mention instanceof ResolvedDate date ? Optional.of(date.date()) : AskedDay.from(mention);
    }

    /** The question whether the rule's thing ends on a day; the router claims only exact days for it. */
    static DayQuestion question(EndDates.AskedEnd asked) {
        return new DayQuestion(((ResolvedDate) asked.mention()).date(), asked.polarity());
    }

    /** The rule's signal cues in both languages that name no object of it ("reassign", "use it", "gebruiken", not "key"). */
    private static List<String> actions(DateRule rule) {
        List<String> cues = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            List<String> objects = rule.spec().objects(lang).stream().map(String::strip).toList();
            rule.spec().signals().getOrDefault(lang, List.of()).stream().map(Signal::cue)
                    .filter(cue -> !objects.contains(cue.strip())).forEach(cues::add);
        }
        return cues;
    }

    /** The day a yes/no question asks about besides the fact's own date, among all dates of the message. */
    private Optional<DateMention> askedDay(DateRule rule, RuleRouter.Routing routing, Turn turn) {
        List<DateMention> all = new ArrayList<>(routing.otherDates());
        routing.factMentions().values().forEach(all::addAll);
        all.sort(Comparator.comparingInt(DateMention::start));
        return AskedDay.find(turn.text, turn.lang, all, factCues(rule, turn.lang));
    }

    /**
     * Whether a mention is a boundary or approximation ("after 1 June 2021", "more than a year ago"): the
     * user is asked for the day only when the message gives no exact date beside it.
     */
    private static boolean isInexact(DateMention mention) {
        return mention instanceof InvalidDate invalid && invalid.problem() == InvalidDate.Problem.NOT_EXACT;
    }

    /** What a mention stands for, so that the same day written twice is one candidate. */
    private static Object meaning(DateMention mention) {
        return mention instanceof ResolvedDate date ? date.date() : mention.text();
    }

    /** The resolved dates among {@code factDates}, by fact. */
    static Map<String, LocalDate> resolvedFacts(Map<String, DateMention> factDates) {
        Map<String, LocalDate> resolved = new HashMap<>();
        factDates.forEach((fact, mention) -> {
            if (mention instanceof ResolvedDate date) {
                resolved.put(fact, date.date());
            }
        });
        return resolved;
    }
}
