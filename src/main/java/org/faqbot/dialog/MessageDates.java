package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.InvalidDate;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.Tense;

/**
 * The dates of a message for {@link RuleRouter}, each given to what it dates: a fact of the user's own ("redeemed on 1
 * March"), the end of a rule's thing ("my key expires on 1 March", see {@link EndDates}), or nothing the rules know.
 * Denied events ("I haven't redeemed it yet") are masked first, so their dates date nothing.
 */
final class MessageDates {

    /** Where one clause ends and the next begins, between a date and a verb after it. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]|\\b(?:and|but|en|maar|want|dus)\\b");

    private final FactFinder facts;
    private final EndDates ends;
    private final DateReader dates;
    /** Per language, the cues of facts that are events (a key redeemed), which a negation can deny. */
    private final Map<Lang, List<String>> eventCues = new EnumMap<>(Lang.class);

    MessageDates(RuleBook book, DateReader dates, EndDates ends) {
        Map<Lang, List<String>> otherEvents = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            otherEvents.put(lang, book.otherEvents(lang));
            eventCues.put(lang, book.facts().stream().filter(f -> f.tense() == Tense.PAST)
                    .flatMap(f -> Stream.concat(f.cues(lang).stream(), f.cues(lang.other()).stream())).toList());
        }
        this.facts = new FactFinder(book.facts(), otherEvents);
        this.dates = dates;
        this.ends = ends;
    }

    /**
     * What a message's dates date. {@code located}: every date with its fact, ends included; {@code factDates} the last
     * date given for each fact and {@code factMentions} every one, in message order; {@code verbTenses}, by a mention's
     * start, the tense its verb gave it; the rest as in {@link RuleRouter.Routing}.
     */
    record Found(
            List<FactFinder.Located> located,
            EndDates.Claimed claimed,
            Map<String, DateMention> factDates,
            Map<String, List<DateMention>> factMentions,
            List<DateMention> otherDates,
            Map<Integer, Tense> verbTenses) {

        /** True when the message gives no date at all. */
        boolean undated() {
            return located.isEmpty();
        }
    }

    /** {@code text} with the cues of its denied events masked, which the router reads instead of the message. */
    String affirmed(String text, Lang lang) {
        return NegatedEvents.mask(text, eventCues.get(lang), lang);
    }

    /**
     * The dates of {@code affirmed}, none when it asks for advice on when to act (its days are choices, no date of the
     * user's); {@code pendingRule} is the rule whose question back is open, whose thing "it" may be.
     */
    Found read(String affirmed, Lang lang, LocalDate today, boolean advice, Optional<String> pendingRule) {
        List<FactFinder.Located> all = advice ? List.of() : locate(affirmed, lang, today, pendingRule.isPresent());
        EndDates.Claimed claimed = ends.claim(affirmed, lang, today, all, pendingRule);
        Map<String, DateMention> factDates = new HashMap<>();
        Map<String, List<DateMention>> factMentions = new HashMap<>();
        List<DateMention> other = new ArrayList<>();
        Map<Integer, Tense> verbTenses = new HashMap<>();
        for (FactFinder.Located l : claimed.rest()) {
            l.fact().ifPresentOrElse(f -> {
                factDates.put(f.id(), l.mention());
                factMentions.computeIfAbsent(f.id(), id -> new ArrayList<>()).add(l.mention());
            }, () -> other.add(l.mention()));
            l.verbTense().ifPresent(t -> verbTenses.put(l.mention().start(), t));
        }
        return new Found(all, claimed, factDates, factMentions, other, verbTenses);
    }

    /**
     * The dates of a message, each read for the fact it belongs to (which decides a year-less date); {@code asked}: a
     * question back is open, whose answer may name a month for the day it asks ({@link DoneInSpan}).
     */
    private List<FactFinder.Located> locate(String text, Lang lang, LocalDate today, boolean asked) {
        boolean factCue = facts.anyCue(text, lang);
        List<DateMention> read = dates.read(text, lang, today, Tense.PAST);
        if (read.isEmpty() && factCue) {
            // Partners mix the languages ("if I redeem my key over twee weken"): a message with a fact's word and no
            // date of its own language may give the date in the other. Read only then, as most messages give none.
            read = dates.read(text, lang.other(), today, Tense.PAST);
        }
        if (read.isEmpty() && factCue) {
            // "Key redeemed in April, still valid?": the month's days bound the redemption, as "last month"'s do.
            read = DoneInSpan.in(text, lang, today, eventCues.get(lang), asked).<List<DateMention>>map(List::of).orElse(read);
        } else if (factCue && read.stream().allMatch(MessageDates::span)) {
            // "If I redeem one in January, does it work next December?": "next December" is read, the event's month not.
            List<DateMention> spans = read;
            Optional<InvalidDate> month = DoneInSpan.in(text, lang, today, eventCues.get(lang), asked)
                    .filter(found -> spans.stream().noneMatch(m -> m.start() < found.end() && m.end() > found.start()));
            if (month.isPresent()) {
                read = new ArrayList<>(read);
                read.add(month.get());
                read.sort(java.util.Comparator.comparingInt(DateMention::start));
            }
        }
        List<DateMention> mentions = DateReader.withoutTodayInQuestion(text, read, today, factCue);
        List<FactFinder.Located> located = new ArrayList<>();
        mentions.removeIf(m -> NegatedEvents.deniedDate(text, m.start()));
        // "key A redeemed on 1 March, key B on 1 June": the second date is the first's fact, whatever cue stands nearer.
        for (FactFinder.Located l : withoutAnchorsOfLater(text, ThingLabels.sharedFact(text, facts.locate(text, lang, mentions)), lang)) {
            Tense tense = l.verbTense().or(() -> l.fact().map(Fact::tense)).orElse(Tense.PAST);
            // The mentions were read for the past: only another tense can read one differently (and costs a reading).
            DateMention mention = tense == Tense.PAST ? l.mention() : dates.reread(l.mention(), text, lang, today, tense);
            located.add(l.with(mention));
        }
        return located;
    }

    /**
     * Of a date and a later time counted from it that date the same fact, the one that is the fact's own. In "the mail
     * with the key came on 4 March, I redeemed it a bit later" the redeeming is "a bit later": "redeemed" stands after
     * 4 March across the comma, which it claimed only for want of a cue of its own, so that date is the mail's. In "I
     * redeemed it on 1 March and activated it afterwards", "my benefits expire on 31 January, what happens after that?" or
     * "als de voordelen op 15 augustus verlopen, hoe lang werkt een key daarna?" the verb is its own date's, before or
     * after it in its clause, and the later time names nothing new.
     */
    private static List<FactFinder.Located> withoutAnchorsOfLater(String text, List<FactFinder.Located> located, Lang lang) {
        List<FactFinder.Located> kept = new ArrayList<>(located);
        for (int i = 1; i < located.size(); i++) {
            FactFinder.Located later = located.get(i);
            FactFinder.Located anchor = located.get(i - 1);
            if (later.fact().isPresent() && anchor.fact().equals(later.fact()) && anchor.cueStart() >= 0
                    && DateExtractor.countsFromEarlierDate(later.mention(), lang)) {
                boolean claimedAcross = anchor.cueStart() >= anchor.mention().end() && anchor.cueStart() == later.cueStart()
                        && CLAUSE_BREAK.matcher(text.substring(anchor.mention().end(), Math.min(anchor.cueStart(), text.length())).toLowerCase(Locale.ROOT)).find();
                kept.remove(claimedAcross ? anchor : later);
            }
        }
        return kept;
    }

    /** A month or a season read as all its days ("next December", "last summer"), no day of its own. */
    private static boolean span(DateMention mention) {
        return mention instanceof InvalidDate invalid && invalid.problem() == InvalidDate.Problem.NOT_EXACT;
    }
}
