package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;

/**
 * Where the end words of a rule's thing ({@link org.faqbot.rules.RuleEnd}) occur in {@link org.faqbot.nlu.Normalized}
 * text, for {@link EndDates}: as written, or for a Dutch verb with its particle ("loopt af") also with the particle
 * split off to the end of its clause ("loopt mijn sleutel op 1 maart af?"). A cue's words of either language count.
 */
final class EndCues {

    /** Particles Dutch splits off a verb to the end of its clause: "loopt ... af", "houdt ... op". */
    private static final Set<String> PARTICLES = Set.of("af", "op", "uit");
    /**
     * A cue this short is found only as a whole word, as it starts too many others: "dead" is not "deadline", "dood" not
     * "doodgewoon", "ends" not "endsley".
     */
    private static final int WHOLE_WORD_LETTERS = 4;

    private EndCues() {
    }

    /** Where {@code cue}, or its verb with the particle split off, occurs in the clause of each occurrence. */
    static List<Integer> positions(String normalized, String cue, Lang lang) {
        List<Integer> found = new ArrayList<>();
        for (int at : CueMatcher.positions(normalized, verb(cue), lang)) {
            EndClause clause = EndClause.around(normalized, at, at + verb(cue).length());
            if (positions(clause, cue, lang).contains(at)) {
                found.add(at);
            }
        }
        return found;
    }

    /**
     * Where {@code cue} occurs, or, for a Dutch verb with its particle ("loopt af", "houdt op"), where its verb stands
     * with the particle split off to the end of the clause: "loopt mijn sleutel op 1 maart af?".
     */
    static List<Integer> positions(EndClause clause, String cue, Lang lang) {
        List<Integer> found = new ArrayList<>(CueMatcher.positions(clause.normalized(), cue, lang));
        if (cue.length() <= WHOLE_WORD_LETTERS) {
            found.removeIf(at -> !wholeWord(clause.normalized(), at + cue.length()));
        }
        String verb = verb(cue);
        if (!verb.equals(cue) && clause.endsWithWord(cue.substring(verb.length() + 1))) {
            for (int at : CueMatcher.positions(clause.normalized(), verb + " ", lang)) {
                found.add(at);
            }
        }
        return found;
    }

    /** Whether the word at a cue's end ends there: "dead" in "is it dead?", not in "deadline". */
    private static boolean wholeWord(String normalized, int end) {
        return end >= normalized.length() || !Character.isLetterOrDigit(normalized.charAt(end));
    }

    /** The verb of a cue with a separable particle ("loopt" of "loopt af"); the cue itself for any other. */
    static String verb(String cue) {
        int space = cue.lastIndexOf(' ');
        return space > 0 && PARTICLES.contains(cue.substring(space + 1)) && cue.indexOf(' ') == space ? cue.substring(0, space) : cue;
    }

    static Stream<String> bothLanguages(Function<Lang, List<String>> cues) {
        return Stream.of(Lang.values()).flatMap(lang -> cues.apply(lang).stream());
    }

    static Stream<String> bothLanguages(Function<Lang, List<String>> cues, Lang lang) {
        return Stream.concat(cues.apply(lang).stream(), cues.apply(lang.other()).stream()).distinct();
    }
}
