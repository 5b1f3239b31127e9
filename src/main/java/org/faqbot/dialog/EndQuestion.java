package org.faqbot.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.faqbot.rules.Polarity;
import org.faqbot.rules.Tense;

/**
 * How a yes/no question about the end of a rule's thing asks about its day ("does my key expire on 1 March?",
 * "verloopt mijn sleutel vóór 1 maart?"), read from the clause that asks it: the way round the question asks
 * ({@link Polarity}) and the tense of the day it asks about.
 *
 * <ul>
 *   <li>"by", "before", "vóór", "uiterlijk" before the day, a state ("is it no longer valid", "werkt hij niet
 *       meer") or a perfect ("has it expired", "is hij verlopen") ask whether it has ended by then;</li>
 *   <li>"after", "na" before the day whether it still runs after it;</li>
 *   <li>anything else ("does it expire on", "verloopt hij op", "will it stop working on") whether it ends then.</li>
 * </ul>
 *
 * The day is one still to come, as a question about an end mostly is, unless the question opens in the past
 * ("did it expire on 1 March?", "verliep hij op 1 maart?").
 */
record EndQuestion(Polarity polarity, Tense tense) {

    private static final Set<String> BY = Set.of("by", "before", "voor", "uiterlijk");
    private static final Set<String> AFTER = Set.of("after", "na");
    /**
     * Words of end cues that state the end as a state rather than an event: "no longer valid", "werkt niet meer", "is it
     * dead?", "is hij onbruikbaar?". Such a question asks whether it has ended, so its yes is the "expired" side.
     */
    private static final List<String> STATE_WORDS = List.of("no longer", "not", "n't", "niet", "ongeldig", "invalid", "unusable",
            "useless", "onbruikbaar", "dead", "dood", "anymore", "any more", "any longer");
    /** Auxiliaries that, with a participle, make the end a state reached: "has it expired", "is hij verlopen". */
    private static final Set<String> PERFECT_AUXILIARIES = Set.of(
            "has", "have", "had", "is", "are", "was", "were", "be", "been", "zijn", "heeft", "waren", "hebben");
    /** Participles of the end words; "verlopen" also is the Dutch present plural, so it needs such an auxiliary too. */
    private static final Set<String> PARTICIPLES = Set.of(
            "expired", "stopped", "ended", "lapsed", "run", "died", "verlopen", "vervallen", "afgelopen", "gestopt", "opgehouden");
    /** Openings of a question about a day gone by. */
    private static final Set<String> PAST_OPENINGS = Set.of(
            "did", "didn't", "was", "wasn't", "were", "weren't", "had", "hadn't", "werd", "waren", "verliep", "verviel", "liep",
            "stopte", "hield");

    /** The question that {@code clause} asks about the end cue at {@code cueStart} to {@code cueEnd}. */
    static EndQuestion read(EndClause clause, int cueStart, int cueEnd) {
        List<String> opening = words(clause.normalized().substring(clause.from(), cueStart));
        String cue = clause.normalized().substring(cueStart, wordEnd(clause.normalized(), cueEnd));
        String first = opening.isEmpty() ? words(cue).get(0) : opening.get(0);
        Tense tense = PAST_OPENINGS.contains(first) ? Tense.PAST : Tense.FUTURE;
        return new EndQuestion(polarity(clause, withWordAfter(clause, opening, cueEnd), cue), tense);
    }

    private static Polarity polarity(EndClause clause, List<String> opening, String cue) {
        String before = clause.wordBeforeDate().orElse("");
        if (AFTER.contains(before)) {
            return Polarity.ENDS_AFTER;
        }
        boolean state = STATE_WORDS.stream().anyMatch(cue::contains);
        // "It's expired" is "it is expired".
        boolean perfect = PARTICIPLES.contains(words(cue).get(0))
                && opening.stream().anyMatch(word -> PERFECT_AUXILIARIES.contains(word) || word.endsWith("'s"));
        return BY.contains(before) || state || perfect ? Polarity.ENDED_BY : Polarity.ENDS_ON;
    }

    /**
     * The opening with the word after the cue: a Dutch embedded question puts the auxiliary after the participle ("ik wil
     * weten of hij verlopen is").
     */
    private static List<String> withWordAfter(EndClause clause, List<String> opening, int cueEnd) {
        List<String> after = words(clause.normalized().substring(Math.min(wordEnd(clause.normalized(), cueEnd), clause.to()), clause.to()));
        return after.isEmpty() ? opening : Stream.concat(opening.stream(), Stream.of(after.get(0))).toList();
    }

    /** A cue may be the start of its word ("expire" in "expired"): the end of that word. */
    private static int wordEnd(String text, int end) {
        int to = end;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return to;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("[^\\p{L}']+")).filter(w -> !w.isEmpty()).toList();
    }
}
