package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.Normalized;

/**
 * The labels that tell a message's things apart, one before each of its dates: "key A ... and key B ...", "sleutel 1 ...,
 * sleutel 2 ...", the numbers of a list, one item a line ("1. key redeemed 2 Feb\n2. key redeemed 5 May"), or the words of a
 * pair ("one on ... and one on ...", "de ene ... de andere ..."). Such dates are of different things, each answered on its
 * own (a name's and a number's under it), never one date and its correction.
 */
final class ThingLabels {

    /** What a label is: a thing's name ("key A"), a list item's number, or a word for one of a pair ("the other"). */
    enum Kind { NAMED, LISTED, PAIRED }

    /** A label: as the user wrote it ("key A"), or a list item's number; its kind and where it stands. */
    record Label(String text, Kind kind, int start, int end) {
    }

    /** A thing's word and its letter or number: "key A", "sleutel 2", "subscription #1", "abonnement nr. 2". */
    private static final Pattern NAMED = Pattern.compile("\\b(?:product ?key|key|sleutel|productcode|code|licen[cs]e|licentie"
            + "|subscription|abonnement)\\s+(?:(?:nr|no|nummer|number)\\.?\\s*|#\\s*)?(?:[a-z]|\\d{1,2})(?![\\p{L}\\d]|[./-]\\d)");
    /** One of several things without a name: "one on ... and one on ...", "de ene ... de andere ...". */
    private static final Pattern PAIRED = Pattern.compile("\\b(?:one|another|the other(?: one)?|the (?:first|second|third)(?: one)?"
            + "|de ene|de andere|eentje|nog een|de eerste|de tweede|de derde)\\b");
    /** A numbered list item's marker at a line's start: "1.", "2)". */
    private static final Pattern LISTED = Pattern.compile("(?m)^[ \\t]*(\\d{1,2})[.)][ \\t]+");

    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.!?\\n]|\\b(?:and|but|or|en|maar|of|want|dus)\\b",
            Pattern.CASE_INSENSITIVE);

    private ThingLabels() {
    }

    /**
     * The label of each of {@code ordered} dates (in message order): the last one between the date before and the date,
     * none of them the same. Empty when a date has no label of its own: then the labels tell nothing apart.
     */
    static List<Label> of(String text, List<DateMention> ordered) {
        if (ordered.size() < 2) {
            return List.of();
        }
        List<Label> found = found(text, ordered);
        List<Label> labels = new ArrayList<>();
        int from = 0;
        for (DateMention mention : ordered) {
            Label last = null;
            for (Label label : found) {
                if (label.start() >= from && label.end() <= mention.start()) {
                    last = label;
                }
            }
            if (last == null || labels.stream().anyMatch(same(last))) {
                return List.of();
            }
            labels.add(last);
            from = mention.end();
        }
        return labels;
    }

    /**
     * {@code located} with each labelled date after the first given the first one's fact when its own stretch (from its
     * label to the next label, the last to its clause's end) has no cue: "sleutel 1 ingewisseld op 3 maart, sleutel 2 op 9
     * september, wanneer verlopen ze?" leaves the verb out after "sleutel 2", and the nearer "verlopen" is the question's.
     */
    static List<FactFinder.Located> sharedFact(String text, List<FactFinder.Located> located) {
        List<FactFinder.Located> ordered = located.stream().sorted(Comparator.comparingInt(l -> l.mention().start())).toList();
        List<Label> labels = of(text, ordered.stream().map(FactFinder.Located::mention).toList());
        FactFinder.Located first = labels.isEmpty() ? null : ordered.get(0);
        if (first == null || first.fact().isEmpty() || first.cueEnd() > labels.get(1).start()) {
            return located;
        }
        List<FactFinder.Located> shared = new ArrayList<>(located);
        for (int i = 1; i < ordered.size(); i++) {
            FactFinder.Located date = ordered.get(i);
            int end = i + 1 < labels.size() ? labels.get(i + 1).start() : clauseEnd(text, date.mention().end());
            boolean ownCue = date.cueStart() >= labels.get(i).start() && date.cueEnd() <= end;
            if (!ownCue) {
                shared.set(located.indexOf(date), new FactFinder.Located(date.mention(), first.fact(), first.verbTense(),
                        first.cueStart(), first.cueEnd()));
            }
        }
        return shared;
    }

    /** Where the clause that goes on at {@code from} ends: a comma, a sentence's or line's end, or "and" / "en". */
    private static int clauseEnd(String text, int from) {
        Matcher end = CLAUSE_END.matcher(text);
        return end.find(from) ? end.start() : text.length();
    }

    private static java.util.function.Predicate<Label> same(Label label) {
        return other -> label.kind() != Kind.PAIRED && other.kind() == label.kind()
                && Normalized.words(other.text()).equals(Normalized.words(label.text()));
    }

    /** Every label of the text that is no part of a date ("key 1/3" dates the key). */
    private static List<Label> found(String text, List<DateMention> dates) {
        List<Label> found = new ArrayList<>();
        String folded = Normalized.of(text);
        for (Matcher named = NAMED.matcher(folded); named.find(); ) {
            found.add(new Label(text.substring(named.start(), named.end()), Kind.NAMED, named.start(), named.end()));
        }
        for (Matcher paired = PAIRED.matcher(folded); paired.find(); ) {
            found.add(new Label(paired.group(), Kind.PAIRED, paired.start(), paired.end()));
        }
        for (Matcher listed = LISTED.matcher(text); listed.find(); ) {
            found.add(new Label(listed.group(1), Kind.LISTED, listed.start(1), listed.end()));
        }
        found.removeIf(label -> dates.stream().anyMatch(d -> d.start() < label.end() && label.start() < d.end()));
        found.sort(Comparator.comparingInt(Label::start));
        return found;
    }
}
