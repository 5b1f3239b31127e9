package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A date that continues the one before it for another person: "assigned to Anna Jansen on 3 Aug and to Tom de Vries on
 * 20 Oct", "on 3 Aug to Anna and on 20 Oct to Tom". The second date has no verb of its own, and with two-word names the
 * verb of the first stands too far from it for {@link FactFinder}'s reach; it is the same fact, said again.
 */
final class NamedContinuation {

    /** "and to Tom de Vries on", "en aan Tom op": what stands between the two dates when the name comes first. */
    private static final Pattern NAME_FIRST = Pattern.compile("\\s*,?\\s*(?:and|en)(?: (?:one|een|another|nog een))? (?:to|aan) "
            + PersonLabels.NAME + " (?:on|op) ");
    /** "to Anna and on", "aan Anna en op": the same when the date comes first. */
    private static final Pattern DATE_FIRST = Pattern.compile(" (?:to|aan) " + PersonLabels.NAME + ",? (?:and|en) (?:on|op) ");

    private NamedContinuation() {
    }

    /**
     * {@code located} with each date that has no cue of its own, right after a dated fact and joined to it as above, taken
     * as that fact with its cue; read on {@code text} as written, for the names' capitals.
     */
    static List<FactFinder.Located> carried(String text, List<FactFinder.Located> located) {
        List<FactFinder.Located> ordered = located.stream().sorted(Comparator.comparingInt(l -> l.mention().start())).toList();
        List<FactFinder.Located> out = new ArrayList<>(located);
        for (int i = 1; i < ordered.size(); i++) {
            FactFinder.Located previous = ordered.get(i - 1);
            FactFinder.Located current = ordered.get(i);
            if (current.fact().isPresent() || current.cueStart() >= 0 || previous.fact().isEmpty()
                    || previous.mention().end() > current.mention().start()) {
                continue;
            }
            String between = text.substring(previous.mention().end(), current.mention().start());
            if (NAME_FIRST.matcher(between).matches() || DATE_FIRST.matcher(between).matches()) {
                FactFinder.Located carried = new FactFinder.Located(current.mention(), previous.fact(), previous.verbTense(),
                        previous.cueStart(), previous.cueEnd());
                out.set(out.indexOf(current), carried);
                ordered = replaced(ordered, i, carried);
            }
        }
        return out;
    }

    private static List<FactFinder.Located> replaced(List<FactFinder.Located> list, int at, FactFinder.Located by) {
        List<FactFinder.Located> copy = new ArrayList<>(list);
        copy.set(at, by);
        return copy;
    }
}
