package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.Fact;
import org.faqbot.rules.Tense;

/**
 * Tells which fact a date in a message is: the fact whose cue stands nearest to it in the same
 * sentence ("redeemed ... on 3 March" is the redeem date, "expire on 31 January" the expiry date).
 * Dutch often puts the verb after the date ("op 3 maart ingewisseld"), so cues after a date count as
 * much as cues before it. A date whose nearest cue names an event no rule counts from ("issued on 1
 * December") is left out altogether: it is no fact, and no rule may take it for one.
 */
final class FactFinder {

    /** Farther than this many characters from a date, a cue says nothing about it. */
    private static final int MAX_DISTANCE = 60;
    /** Where one clause ends and another begins, between a word and a date. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]|\\b(and|but|en|maar|want|dus)\\b");
    /**
     * What joins two clauses, each of which may have its own fact: a fact's cue does not reach across it while the
     * date's own clause has one. "Tot en met" is no join.
     */
    private static final Pattern ACROSS_CLAUSES = Pattern.compile("[,;:]|\\b(?:and|but|en|maar|want|dus)\\b(?<!tot en)(?! met\\b)");
    /**
     * What may stand between a cue and the date right after it when the date is that verb's own: "redeemed on 10
     * November", "geactiveerd op 1 maart", "redeemed 1 March". A cue that is a word's beginning ("activate" of "the key I
     * activated on 1 March") leaves the rest of its word first.
     */
    /** A sentence ending between a cue and a date, compiled once (String.matches compiles at every call). */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?](\\s|$).*");
    private static final Pattern GOVERNING = Pattern.compile("\\p{L}*\\s*(?:(?:on|op|at)\\s+)?(?:the\\s+)?");

    private final List<Fact> facts;
    private final Map<Lang, List<String>> otherEvents;

    FactFinder(List<Fact> facts) {
        this(facts, Map.of());
    }

    FactFinder(List<Fact> facts, Map<Lang, List<String>> otherEvents) {
        this.facts = List.copyOf(facts);
        this.otherEvents = Map.copyOf(otherEvents);
    }

    /**
     * A date, the fact it was found to be, if any, and the tense of the cue's own verb when that is clear
     * ("expired on 1 March" is past, whatever the fact's usual tense); the span of that cue, -1 for a date without one.
     */
    record Located(DateMention mention, Optional<Fact> fact, Optional<Tense> verbTense, int cueStart, int cueEnd) {

        /** This located date read anew ({@code mention} for another tense), its fact and cue kept. */
        Located with(DateMention reread) {
            return new Located(reread, fact, verbTense, cueStart, cueEnd);
        }
    }

    /** The mentions that are not dates of another event, each with its fact. */
    List<Located> locate(String text, Lang lang, List<DateMention> mentions) {
        String normalized = Normalized.of(text);
        List<Located> located = new ArrayList<>();
        for (DateMention mention : mentions) {
            Nearest nearest = nearest(normalized, lang, mention);
            if (nearest.fact != null || nearest.cueStart < 0) {
                Optional<Tense> tense = nearest.fact == null ? Optional.empty()
                        : ClauseTense.of(normalized, nearest.cueStart, nearest.cueEnd)
                                .or(() -> ClauseTense.ofDateVerb(normalized, mention.start(), mention.end()))
                                .or(() -> nearest.fact.tense() == Tense.PAST
                                        ? ClauseTense.plannedByUser(normalized, nearest.cueStart, nearest.cueEnd, nearest.cue) : Optional.empty());
                located.add(new Located(mention, Optional.ofNullable(nearest.fact), tense, nearest.cueStart, nearest.cueEnd));
            }
        }
        return NamedContinuation.carried(text, located);
    }

    /** True when some fact's cue occurs in the text at all. */
    boolean anyCue(String text, Lang lang) {
        String normalized = Normalized.of(text);
        return facts.stream().anyMatch(f -> cuesOf(f, lang).stream().anyMatch(c -> CueMatcher.contains(normalized, c, lang)));
    }

    /** The nearest cue of a date: a fact's, another event's (fact null), or none (cueStart -1). */
    private static final class Nearest {
        Fact fact;
        int cueStart = -1;
        int cueEnd = -1;
        /** The cue found, as the rules write it ("wissel … in"). */
        String cue;
        int distance = MAX_DISTANCE + 1;
        boolean otherClause = true;
        boolean governing;

        /**
         * A cue of the date's own clause wins over one across a comma, "and" or "en" ({@code otherClause}); then a verb
         * whose own date it is ({@code governs}): in "when does a key redeemed on 10 November expire?" the date is the
         * redeem date, though "expire" stands nearer, as no verb takes a date before it that another verb took already; then
         * a nearer cue; at the same distance the longer one, which says more ("given to me" over "given").
         */
        void offer(Fact candidate, String found, int start, int end, int at, boolean across, boolean governs) {
            if (at > MAX_DISTANCE || (across && !otherClause)) {
                return;
            }
            boolean ownClauseFirst = !across && otherClause && cueStart >= 0;
            boolean sameClause = across == otherClause;
            boolean better = governs != governing ? governs
                    : at < distance || (at == distance && end - start > cueEnd - cueStart);
            if (ownClauseFirst || cueStart < 0 || (sameClause && better)) {
                fact = candidate;
                cueStart = start;
                cueEnd = end;
                cue = found;
                distance = at;
                otherClause = across;
                governing = governs;
            }
        }
    }

    private Nearest nearest(String normalized, Lang lang, DateMention mention) {
        Nearest nearest = new Nearest();
        for (Fact fact : facts) {
            offerAll(nearest, fact, cuesOf(fact, lang), normalized, lang, mention);
        }
        List<String> events = new ArrayList<>(otherEvents.getOrDefault(lang, List.of()));
        events.addAll(otherEvents.getOrDefault(lang.other(), List.of()));
        offerAll(nearest, null, events, normalized, lang, mention);
        return nearest;
    }

    private static void offerAll(Nearest nearest, Fact fact, List<String> cues, String normalized, Lang lang, DateMention mention) {
        for (String cue : cues) {
            // Spans, not the cue's length: a cue with a gap ("activated … code") ends where its last part was found.
            for (int[] span : CueMatcher.spans(normalized, cue, lang)) {
                int at = span[0];
                int distance = distance(normalized, at, span[1], mention);
                String between = distance == Integer.MAX_VALUE || around(span, mention) ? "" : between(normalized, at, span[1], mention);
                // Another event's word claims only a date of its own clause: in "gave it to him on the 3rd, and
                // his contract got cut short" the date is still the day it was given.
                if (fact == null && CLAUSE_BREAK.matcher(between).find()) {
                    continue;
                }
                // A fact's cue in another clause counts only when the date's own clause has none: in "I redeemed the key
                // on 1 March and on 5 June the benefits expire" the second date is the expiry, however near "redeemed", and
                // in "I redeemed it on 1 March, has it expired?" the first is the redeem date; in "redeemed on 3 March, no
                // wait, on 5 March" the correction has no cue of its own and keeps "redeemed".
                boolean governs = span[1] <= mention.start() && GOVERNING.matcher(between).matches();
                nearest.offer(fact, cue, at, span[1], distance, ACROSS_CLAUSES.matcher(between).find(), governs);
            }
        }
    }

    private static List<String> cuesOf(Fact fact, Lang lang) {
        List<String> cues = new ArrayList<>(fact.cues(lang));
        cues.addAll(fact.cues(lang.other()));
        return cues;
    }

    /**
     * Characters between a cue and a date; beyond reach when a sentence ends between them or the date overlaps the cue,
     * none when the date stands in the gap of a cue with one ("de code volgende week activeer").
     */
    private static int distance(String text, int cueStart, int cueEnd, DateMention mention) {
        if (around(new int[] {cueStart, cueEnd}, mention)) {
            return 0;
        }
        if (cueStart < mention.end() && cueEnd > mention.start()) {
            return Integer.MAX_VALUE;
        }
        String between = between(text, cueStart, cueEnd, mention);
        // "... on 3 March. Wait no, it was 3 April": a sentence of a correction only keeps the cue of the date it corrects.
        boolean ended = SENTENCE_END.matcher(between).matches() && !(cueEnd <= mention.start() && CorrectingSentence.reaches(between));
        return ended ? Integer.MAX_VALUE : between.length();
    }

    /** True when the date stands in the gap of a cue with one: the cue's parts are before and after it. */
    private static boolean around(int[] cue, DateMention mention) {
        return cue[0] < mention.start() && mention.end() < cue[1];
    }

    /** The text between a cue and a date that does not overlap it. */
    private static String between(String text, int cueStart, int cueEnd, DateMention mention) {
        int from = cueEnd <= mention.start() ? cueEnd : mention.end();
        int to = cueEnd <= mention.start() ? mention.start() : cueStart;
        return text.substring(from, to);
    }
}
