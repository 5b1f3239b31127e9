package org.faqbot.dialog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.nlu.Supposition;
import org.faqbot.rules.Fact;
import org.faqbot.rules.Tense;

/**
 * The events a message without a readable date states of the user's own ("I redeemed the key in March", "ik heb de
 * sleutel vorige lente ingewisseld"), for {@link RuleRouter}: such a statement asks nothing, but it tells that the
 * rule counting from that event applies to the user, so the bot asks for the exact day rather than searching the FAQ.
 * Only a plain statement counts: a question, one with a contrast or a denial ("I redeemed the key but it doesn't
 * work"), and a plan ("I want to redeem the key") are other messages; the verb must be a past form, and the user or
 * their company its subject ("my colleague says a key is redeemed in the portal" tells how things go).
 */
final class StatedEvents {

    /** Words that make a statement about more than the event: a problem, a contrast, a denial. */
    private static final Set<String> OTHER_THAN_EVENT = Set.of(
            "but", "however", "though", "although", "not", "never", "no", "maar", "echter", "toch", "niet", "nooit", "geen");
    /** The user, or their company, as the subject of the event. */
    private static final Set<String> FIRST_PERSON = Set.of("i", "i've", "i'd", "we", "we've", "we'd", "ik", "wij");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}'-]+");
    /** Past forms: English "-ed" and irregular ones, Dutch participles ("ingewisseld", "toegewezen", "verzilverd"). */
    private static final Map<Lang, Pattern> PAST = Map.of(
            Lang.EN, Pattern.compile("\\p{L}+ed|gave|given|got|sent"),
            Lang.NL, Pattern.compile("(?:in|toe|uit|op|af|aan|door|mee|over)?ge\\p{L}+(?:d|t|en)|(?:ver|be|ont|her)\\p{L}+[dt]"));

    private final List<Fact> events;

    StatedEvents(List<Fact> facts) {
        this.events = facts.stream().filter(f -> f.tense() == Tense.PAST).toList();
    }

    /** The ids of the past facts that {@code text} (its denied events masked) states as the user's own. */
    Set<String> in(String text, Lang lang, QuestionShape.Read shape) {
        if (shape.isQuestion() || shape.asksAboutOthers()) {
            return Set.of();
        }
        String normalized = Normalized.of(text);
        List<String> words = List.of(WORD.split(normalized));
        if (words.stream().noneMatch(FIRST_PERSON::contains) || words.stream().anyMatch(w -> OTHER_THAN_EVENT.contains(w) || w.endsWith("n't"))) {
            return Set.of();
        }
        Set<String> stated = new HashSet<>();
        for (Fact fact : events) {
            for (Lang cueLang : List.of(lang, lang.other())) {
                for (String cue : fact.cues(cueLang)) {
                    for (int at : CueMatcher.positions(normalized, cue, lang)) {
                        if (PAST.get(cueLang).matcher(wordAround(normalized, at)).matches()) {
                            stated.add(fact.id());
                        }
                    }
                }
            }
        }
        return stated;
    }

    /**
     * True when the word at {@code start}..{@code end} of {@code text} says that its event happened or is planned: a past
     * form ("redeemed", "geactiveerd") or a word in a supposition or plan ("if I redeem it", "als ik hem inwissel").
     */
    static boolean saysEvent(String text, int start, int end, Lang lang) {
        String word = wordAround(Normalized.of(text), start);
        return Supposition.around(text, start, end) || PAST.values().stream().anyMatch(past -> past.matcher(word).matches());
    }

    private static String wordAround(String normalized, int at) {
        return WordAt.in(normalized, at).of(normalized);
    }
}
