package org.faqbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A date question the bot asked back and is waiting on, e.g. "On what date did you redeem the key?".
 * Two other moments of a conversation are kept the same way, so that they expire and are stored alike:
 * right after a "remember ..." message ({@link #REMEMBER}: a correction or a chosen reading goes to its
 * fact) and while /forget waits for a yes or no ({@link #FORGET}).
 *
 * @param intent      the rule the user asked about, e.g. {@code key_valid_until}, or {@link #REMEMBER} or {@link #FORGET}
 * @param awaitedFact the fact the bot asked for, e.g. {@code redeemed_on}
 * @param facts       facts already known for this question, by fact name
 * @param readings    when the bot asked which of two readings of a date was meant: the readings, else empty
 * @param yesNo       whether the user's question was a yes/no question ("can I still ...?")
 * @param askedAt     when the bot asked; a pending question expires 15 minutes later
 * @param asked       the day the user's yes/no question asked about ("is my key still valid on 1 March?"), kept while
 *                    the bot asks back for the rule's date, so that the answer to that is the yes/no for the day;
 *                    null when the question asked about no day (older stored rows have none either)
 * @param eachThing   when the answer was for several things of the rule ("one key on 1 March and another on 1 June"):
 *                    the awaited fact's date of each, in the order given (the last one is also in {@code facts});
 *                    else empty, as in older stored rows
 * @param heldRule    while /forget asks ({@link #FORGET}): the rule question the conversation kept before, which a "no"
 *                    gives back (rows stored before it held that rule's id in {@code awaitedFact}); while a rule question
 *                    asked back waits for its date: the answered rule question before it ("and my membership?" after the
 *                    VS subscription's answer), whose dates a cancel keeps; else null
 * @param dayIn       the month the bot asked the day in ("If you tell me the day in March, ..."), so that an answer with
 *                    only the day ("the 5th") is read in it; null when it asked for a whole date (older stored rows too)
 * @param recurred    the past occurrence of a fact that comes back which the answer took the next one of ("we renewed
 *                    on 1 November": the next renewal is a year later), so that the answer said again tells it too;
 *                    null when there was none (older stored rows too)
 * @param dateOrder   how the awaited fact's date was written when its digits told ("20/04" day first, "04/20" month
 *                    first), by the name of a constant of the nlu's {@code NumericOrder}, so that a correction written
 *                    both ways ("sorry, I meant 09/04") is read the same way round; null when unknown (older rows too)
 * @param bound       the awaited fact's date known only within bounds, after an answer the bounds decided ("begin maart":
 *                    1 - 10 March), so that "is it still valid then?" next is answered from them again; null when none
 *                    (older rows too)
 */
public record PendingQuestion(
        String intent,
        String awaitedFact,
        Map<String, LocalDate> facts,
        List<LocalDate> readings,
        boolean yesNo,
        Instant askedAt,
        AskedDay asked,
        List<LocalDate> eachThing,
        PendingQuestion heldRule,
        MonthAsked dayIn,
        Recurred recurred,
        String dateOrder,
        FactBound bound) {

    public PendingQuestion {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(awaitedFact, "awaitedFact");
        facts = Map.copyOf(new TreeMap<>(facts));
        readings = List.copyOf(readings);
        Objects.requireNonNull(askedAt, "askedAt");
        // Null in rows stored before the field.
        eachThing = eachThing == null ? List.of() : List.copyOf(eachThing);
    }

    /** A pending question without a bounded date. */
    public PendingQuestion(String intent, String awaitedFact, Map<String, LocalDate> facts, List<LocalDate> readings, boolean yesNo,
            Instant askedAt, AskedDay asked, List<LocalDate> eachThing, PendingQuestion heldRule, MonthAsked dayIn, Recurred recurred,
            String dateOrder) {
        this(intent, awaitedFact, facts, readings, yesNo, askedAt, asked, eachThing, heldRule, dayIn, recurred, dateOrder, null);
    }

    /** A pending question whose date's written order is unknown. */
    public PendingQuestion(String intent, String awaitedFact, Map<String, LocalDate> facts, List<LocalDate> readings, boolean yesNo,
            Instant askedAt, AskedDay asked, List<LocalDate> eachThing, PendingQuestion heldRule, MonthAsked dayIn, Recurred recurred) {
        this(intent, awaitedFact, facts, readings, yesNo, askedAt, asked, eachThing, heldRule, dayIn, recurred, null);
    }

    /** A pending question whose answer took no next occurrence of a past date. */
    public PendingQuestion(String intent, String awaitedFact, Map<String, LocalDate> facts, List<LocalDate> readings, boolean yesNo,
            Instant askedAt, AskedDay asked, List<LocalDate> eachThing, PendingQuestion heldRule, MonthAsked dayIn) {
        this(intent, awaitedFact, facts, readings, yesNo, askedAt, asked, eachThing, heldRule, dayIn, null);
    }

    /** A pending question that asked for a whole date, not the day in a month. */
    public PendingQuestion(String intent, String awaitedFact, Map<String, LocalDate> facts, List<LocalDate> readings, boolean yesNo,
            Instant askedAt, AskedDay asked, List<LocalDate> eachThing, PendingQuestion heldRule) {
        this(intent, awaitedFact, facts, readings, yesNo, askedAt, asked, eachThing, heldRule, null);
    }

    /** A pending question that asked about no particular day. */
    public PendingQuestion(String intent, String awaitedFact, Map<String, LocalDate> facts, List<LocalDate> readings, boolean yesNo,
            Instant askedAt) {
        this(intent, awaitedFact, facts, readings, yesNo, askedAt, null);
    }

    /** A pending question about one thing, holding no other question. */
    public PendingQuestion(String intent, String awaitedFact, Map<String, LocalDate> facts, List<LocalDate> readings, boolean yesNo,
            Instant askedAt, AskedDay asked) {
        this(intent, awaitedFact, facts, readings, yesNo, askedAt, asked, List.of(), null);
    }

    /** This question answered for each of several things, with their dates in the order given. */
    public PendingQuestion withEachThing(List<LocalDate> dates) {
        return new PendingQuestion(intent, awaitedFact, facts, readings, yesNo, askedAt, asked, dates, heldRule, dayIn, recurred, dateOrder, bound);
    }

    /** This question asked back while {@code held}, a rule question answered before it, stays for a cancel to give back. */
    public PendingQuestion holding(PendingQuestion held) {
        return new PendingQuestion(intent, awaitedFact, facts, readings, yesNo, askedAt, asked, eachThing, held, dayIn, recurred, dateOrder, bound);
    }

    /** This question asking for the day in {@code month} ("If you tell me the day in March, ..."). */
    public PendingQuestion askingDayIn(MonthAsked month) {
        return new PendingQuestion(intent, awaitedFact, facts, readings, yesNo, askedAt, asked, eachThing, heldRule, month, recurred, dateOrder, bound);
    }

    /** This question answered with the next occurrence of {@code past}, a past date of a fact that comes back. */
    public PendingQuestion withRecurred(Recurred past) {
        return new PendingQuestion(intent, awaitedFact, facts, readings, yesNo, askedAt, asked, eachThing, heldRule, dayIn, past, dateOrder, bound);
    }

    /** This question with the written order of its date's digits ({@code dateOrder}), or none. */
    public PendingQuestion withDateOrder(Optional<String> order) {
        return new PendingQuestion(intent, awaitedFact, facts, readings, yesNo, askedAt, asked, eachThing, heldRule, dayIn, recurred,
                order.orElse(null), bound);
    }

    /** This question with the awaited fact's date known within {@code known} (see {@code bound}). */
    public PendingQuestion withBound(FactBound known) {
        return new PendingQuestion(intent, awaitedFact, facts, readings, yesNo, askedAt, asked, eachThing, heldRule, dayIn, recurred, dateOrder,
                known);
    }

    /** The bounds the awaited fact's date is known within, if an answer was given from them. */
    public Optional<FactBound> factBound() {
        return Optional.ofNullable(bound);
    }

    /**
     * A date known only within bounds, as the user wrote it ({@code text}, "begin maart"): {@code earliest} and
     * {@code latest} inclusive, either null when open.
     */
    public record FactBound(String text, LocalDate earliest, LocalDate latest) {

        public FactBound {
            Objects.requireNonNull(text, "text");
        }
    }

    /** How the awaited fact's date was written, if its digits told: see {@code dateOrder}. */
    public Optional<String> writtenOrder() {
        return Optional.ofNullable(dateOrder);
    }

    /** The past occurrence the answer took the next one of, if it did. */
    public Optional<Recurred> recurredFact() {
        return Optional.ofNullable(recurred);
    }

    /** A fact's occurrence that had happened ({@code happened}) when the user gave it, e.g. the last renewal. */
    public record Recurred(String fact, LocalDate happened) {

        public Recurred {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(happened, "happened");
        }
    }

    /** The month this question asked the day in, if it asked for the day only. */
    public Optional<MonthAsked> monthOfDay() {
        return Optional.ofNullable(dayIn);
    }

    /** A month the bot asked the day in, with its year when the user named one ({@code year} null when not). */
    public record MonthAsked(Month month, Integer year) {

        public MonthAsked {
            Objects.requireNonNull(month, "month");
        }

        /** The year the user named with the month, if any. */
        public OptionalInt yearNamed() {
            return year == null ? OptionalInt.empty() : OptionalInt.of(year);
        }
    }

    /**
     * The day a yes/no question asked about and which way round it asked ({@code way} names a constant of the
     * rules' {@code Polarity}, e.g. {@code ALLOWED} or {@code ENDED_BY}; the store keeps it as text, as it keeps
     * the rule's id); {@code through} the last day when it asked about a span from {@code day} ("in maart"), else null.
     */
    public record AskedDay(LocalDate day, String way, boolean named, LocalDate through) {

        public AskedDay {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(way, "way");
            if (through != null && through.isBefore(day)) {
                throw new IllegalArgumentException("a span asked about ends before it begins: " + day + " - " + through);
            }
        }

        /** A single day (rows stored before spans read as such). */
        public AskedDay(LocalDate day, String way, boolean named) {
            this(day, way, named, null);
        }

        /** A day not named by the user's message (rows stored before the flag read as such). */
        public AskedDay(LocalDate day, String way) {
            this(day, way, false);
        }

        /** The last day of the span asked about, if it asked about a span. */
        public Optional<LocalDate> lastDay() {
            return Optional.ofNullable(through);
        }
    }

    /** The day the user's question asked about, if it asked about one. */
    public Optional<AskedDay> askedDay() {
        return Optional.ofNullable(asked);
    }

    /** The intent after a "remember ..." message; "@" keeps it apart from rule ids, which are plain words. */
    public static final String REMEMBER = "@remember";
    /** The intent while /forget waits for its confirmation. */
    public static final String FORGET = "@forget";

    /**
     * Right after remembering {@code fact}: its date in {@code facts} once stored, else the readings of an
     * ambiguous date to choose from, or neither after an impossible date.
     */
    public static PendingQuestion afterRemember(String fact, Map<String, LocalDate> facts, List<LocalDate> readings,
            Instant askedAt) {
        return new PendingQuestion(REMEMBER, fact, facts, readings, false, askedAt);
    }

    /**
     * A bare /remember asked what to remember: the next message's dates are remembered as if the command
     * had come with them. No fact is awaited yet ({@code awaitedFact} is empty), since the answer names it.
     */
    public static PendingQuestion rememberAsked(Instant askedAt) {
        return new PendingQuestion(REMEMBER, "", Map.of(), List.of(), false, askedAt);
    }

    /** True right after a bare /remember, while the bot waits to hear what to remember. */
    public boolean asksWhatToRemember() {
        return intent.equals(REMEMBER) && awaitedFact.isEmpty();
    }

    /** /forget asked whether to delete everything and waits for the answer. */
    public static PendingQuestion forgetAsked(Instant askedAt) {
        return new PendingQuestion(FORGET, "", Map.of(), List.of(), false, askedAt);
    }

    /** /forget asked, holding the rule question {@code held} the conversation kept before, for a "no" to give back. */
    public static PendingQuestion forgetAsked(Instant askedAt, PendingQuestion held) {
        Objects.requireNonNull(held, "held");
        return new PendingQuestion(FORGET, "", Map.of(), List.of(), false, askedAt, null, List.of(), held);
    }

    /** The rule question this one holds (see {@code heldRule}), if it holds one. */
    public Optional<PendingQuestion> ruleHeld() {
        return Optional.ofNullable(heldRule);
    }

    /** True for a question about a date rule, false for the moments after "remember ..." and /forget. */
    public boolean aboutRule() {
        return !intent.equals(REMEMBER) && !intent.equals(FORGET);
    }

    /** True while the bot still waits for the awaited fact's date or for a choice between readings. */
    public boolean awaitsAnswer() {
        return !facts.containsKey(awaitedFact) || !readings.isEmpty();
    }
}
