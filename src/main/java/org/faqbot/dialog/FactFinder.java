package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.Fact;

/**
 * Tells which fact a date in a message is: the fact whose cue stands nearest to it in the same
 * sentence ("redeemed ... on 3 March" is the redeem date, "expire on 31 January" the expiry date).
 * Dutch often puts the verb after the date ("op 3 maart ingewisseld"), so cues after a date count as
 * much as cues before it.
 */
final class FactFinder {

    /** Farther than this many characters from a date, a cue says nothing about it. */
    private static final int MAX_DISTANCE = 60;

    private final List<Fact> facts;

    FactFinder(List<Fact> facts) {
        this.facts = List.copyOf(facts);
    }

    /** A date and the fact it was found to be, if any. */
    record Located(DateMention mention, Optional<Fact> fact) {
    }

    List<Located> locate(String text, Lang lang, List<DateMention> mentions) {
        String normalized = Normalized.of(text);
        List<Located> located = new ArrayList<>();
        for (DateMention mention : mentions) {
            located.add(new Located(mention, nearest(normalized, lang, mention)));
        }
        return located;
    }

    /** True when some fact's cue occurs in the text at all. */
    boolean anyCue(String text, Lang lang) {
        String normalized = Normalized.of(text);
        return facts.stream().anyMatch(f -> cuesOf(f, lang).stream().anyMatch(c -> CueMatcher.contains(normalized, c, lang)));
    }

    private Optional<Fact> nearest(String normalized, Lang lang, DateMention mention) {
        Fact best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (Fact fact : facts) {
            for (String cue : cuesOf(fact, lang)) {
                for (int at : CueMatcher.positions(normalized, cue, lang)) {
                    int distance = distance(normalized, at, at + cue.length(), mention);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = fact;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> cuesOf(Fact fact, Lang lang) {
        List<String> cues = new ArrayList<>(fact.cues(lang));
        cues.addAll(fact.cues(lang.other()));
        return cues;
    }

    /** Characters between a cue and a date; beyond reach when a sentence ends between them. */
    private static int distance(String text, int cueStart, int cueEnd, DateMention mention) {
        if (cueStart < mention.end() && cueEnd > mention.start()) {
            return Integer.MAX_VALUE;
        }
        int from = cueEnd <= mention.start() ? cueEnd : mention.end();
        int to = cueEnd <= mention.start() ? mention.start() : cueStart;
        String between = text.substring(from, to);
        return between.matches(".*[.!?](\\s|$).*") ? Integer.MAX_VALUE : to - from;
    }
}
