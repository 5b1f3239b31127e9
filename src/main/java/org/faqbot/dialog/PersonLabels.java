package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.DateMention;

/**
 * The people a message's dates are of, by the name each thing went to: "assigned them to Anna on 3 Aug and to Tom on 20
 * Oct", "op 3 augustus aan Anna en op 20 oktober aan Tom". Each date is then that person's, answered under the name and
 * kept for "and Anna's?". Read on the text as written: a name is a capitalised word, with a surname after it ("to Anna
 * Jansen", "aan Tom de Vries"); "to Visual Studio" or "aan Partner Center" names a product, no one.
 */
final class PersonLabels {

    /** A person's name: a first name and at most one surname, which Dutch names may lead with "de", "van der", .... */
    static final String NAME = "\\p{Lu}\\p{Ll}{1,20}(?: (?:(?:van|von|de|den|der|ten|ter|te|van de|van der|van den|in 't|'t) )?"
            + "\\p{Lu}\\p{Ll}{1,20})?";
    /** "to Anna", "aan Tom de Vries": group 1 the name; not one of more capitalised words in a row. */
    private static final Pattern TO_NAME = Pattern.compile("(?<!\\p{L})(?:to|To|aan|Aan) (" + NAME + ")(?![\\p{L}\\d]| \\p{Lu})");

    /** Capitalised words of products and places after "to" / "aan", which make it no person ("to Partner Center"). */
    private static final Pattern PRODUCT = Pattern.compile("(?:Visual|Studio|Partner|Center|Centre|Network|Microsoft|Azure|Office"
            + "|Dynamics|Power|Teams|Windows|Github|Copilot|Learn|Store|Marketplace|Portal|Cloud|Business|Premium|Enterprise"
            + "|Professional|Support|Admin|Account|Benefits|Membership|Subscription|Subscriptions)");

    /** Capitalised words after "to" that name a time, not a person ("from 3 Aug to March"). */
    private static final Pattern TIME = Pattern.compile("January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Kerst|Pasen|Pinksteren");

    private record Name(String name, int start, int end) {
    }

    private PersonLabels() {
    }

    /**
     * The name of each of {@code ordered} dates (in message order): each the nearest name before it and after the date
     * before it ("to Anna on 3 Aug"), else each the nearest after it and before the next date ("on 3 Aug to Anna"). Empty
     * unless every date has a name of its own and no name comes twice.
     */
    static List<String> of(String text, List<DateMention> ordered) {
        if (ordered.size() < 2) {
            return List.of();
        }
        List<Name> found = found(text, ordered);
        List<String> before = before(found, ordered);
        return before.isEmpty() ? after(found, ordered) : before;
    }

    private static List<String> before(List<Name> found, List<DateMention> ordered) {
        List<String> names = new ArrayList<>();
        int from = 0;
        for (DateMention date : ordered) {
            String last = null;
            for (Name name : found) {
                if (name.start() >= from && name.end() <= date.start()) {
                    last = name.name();
                }
            }
            if (last == null || names.contains(last)) {
                return List.of();
            }
            names.add(last);
            from = date.end();
        }
        return names;
    }

    private static List<String> after(List<Name> found, List<DateMention> ordered) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            int from = ordered.get(i).end();
            int to = i + 1 < ordered.size() ? ordered.get(i + 1).start() : Integer.MAX_VALUE;
            String first = found.stream().filter(n -> n.start() >= from && n.end() <= to).map(Name::name).findFirst().orElse(null);
            if (first == null || names.contains(first)) {
                return List.of();
            }
            names.add(first);
        }
        return names;
    }

    /** Every "to Name" of the text that is no part of a date ("to March" is the month). */
    private static List<Name> found(String text, List<DateMention> dates) {
        List<Name> found = new ArrayList<>();
        for (Matcher matcher = TO_NAME.matcher(text); matcher.find(); ) {
            int start = matcher.start(1);
            int end = matcher.end(1);
            if (dates.stream().noneMatch(d -> d.start() < end && start < d.end()) && person(matcher.group(1))) {
                found.add(new Name(matcher.group(1), matcher.start(), end));
            }
        }
        return found;
    }

    /** Whether none of the name's words names a time ("to March") or a product ("to Visual Studio"). */
    private static boolean person(String name) {
        for (String word : name.split(" ")) {
            if (TIME.matcher(word).matches() || PRODUCT.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }
}
