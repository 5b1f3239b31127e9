package org.faqbot.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The calendar's words in Dutch and English, for {@link OtherThings}: weekdays, months, the days around today and the
 * parts of a day ("vrijdag", "maart", "morgen", "tomorrow", "this evening", "woensdagmiddag"). Such a word says when,
 * never what a question is about, though no docs page may use it ("de verlengperiode zaterdag", "this Saturday").
 *
 * <p>Why a list here rather than the dialog's dates: whether a question is about another thing is decided inside the
 * search, on every path that searches (the dialog's answer, the date rules' check, {@code eval}, {@code fit}), and the
 * search may not import {@code nlu}, which reads dates. The dialog blanks a message's dates only when it routes the
 * message to a date rule; blanking them for every question would take a second text through the search for this check
 * alone (searching the blanked text instead changes what "maart" or "expiry date" find). A calendar word is no thing
 * whatever stands beside it, so whole words are enough; dates in digits are no words of letters and never were things.
 * Immutable.
 */
final class CalendarWords {

    private static final List<String> DAYS = List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
            "zondag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december", "january", "february", "march", "may", "june",
            "july", "august", "october");
    /** Days named from today, and Dutch words for a part of today ("vanavond"). */
    private static final List<String> AROUND_TODAY = List.of("vandaag", "morgen", "gisteren", "overmorgen", "eergisteren",
            "vanavond", "vannacht", "vanochtend", "vanmorgen", "vanmiddag", "weekend", "today", "tomorrow", "yesterday",
            "tonight", "fortnight");
    private static final List<String> DAY_PARTS = List.of("ochtend", "morgen", "middag", "avond", "nacht", "morning",
            "afternoon", "evening", "night");
    /** Plurals and the Dutch adverb ending: "weekends", "zaterdagen", "zaterdags", "mornings". */
    private static final List<String> ENDINGS = List.of("", "s", "en");

    /** Every form, worked out once: the check runs on every unknown word of a question. */
    private static final Set<String> WORDS = forms();

    private CalendarWords() {
    }

    /** Whether {@code folded} (lower case, no diacritics) is a word of the calendar. */
    static boolean contains(String folded) {
        return WORDS.contains(folded);
    }

    private static Set<String> forms() {
        Set<String> words = new HashSet<>();
        words.addAll(MONTHS);
        words.addAll(AROUND_TODAY);
        words.addAll(DAY_PARTS);
        words.addAll(DAYS);
        // Dutch writes a day and its part as one word: "woensdagmiddag", "morgenochtend", "gisteravond".
        for (String day : DAYS) {
            DAY_PARTS.forEach(part -> words.add(day + part));
        }
        for (String day : List.of("morgen", "gister", "overmorgen")) {
            DAY_PARTS.forEach(part -> words.add(day + part));
        }
        Set<String> withEndings = new HashSet<>();
        for (String word : words) {
            ENDINGS.forEach(ending -> withEndings.add(word + ending));
        }
        return Set.copyOf(withEndings);
    }
}
