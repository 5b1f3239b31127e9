package org.faqbot.search;

import java.util.Set;

/**
 * Words for the people of a partner's own organisation, for {@link OtherThings}: "my coworker", "mijn teamgenoot". Such
 * a word says whose a thing is ("I redeemed mine on 4 March and my coworker did hers on 6 May"), never what the question
 * is about, though no docs page may use it ("colleague" and "manager" are on the docs pages, so never were things).
 * Whole words, as typed and folded; the possessive ("coworker's") is read by its word. Immutable.
 */
final class PersonWords {

    private static final Set<String> WORDS = Set.of("coworker", "coworkers", "teammate", "teammates", "boss", "manager", "managers",
            "supervisor", "supervisors", "intern", "interns", "employee", "employees", "colleague", "colleagues", "collegue",
            "collegues", "collega", "collegas", "teamgenoot", "teamgenoten", "teamgenote", "leidinggevende", "baas",
            "werknemer", "werknemers", "medewerker", "medewerkers", "stagiair", "stagiaire", "stagiairs");

    private PersonWords() {
    }

    /** Whether {@code folded} (lower case, no diacritics) is a word for such a person, or its possessive. */
    static boolean contains(String folded) {
        return WORDS.contains(possessive(folded) ? folded.substring(0, folded.length() - 2) : folded);
    }

    /**
     * Whether {@code folded} is such a person's possessive ("coworker's", "colleague's"), which stands before a thing as
     * "my" does: "my colleague's gym membership" is a gym's membership, as "my gym membership" is.
     */
    static boolean possessive(String folded) {
        boolean s = folded.endsWith("'s") || folded.endsWith("’s");
        return s && WORDS.contains(folded.substring(0, folded.length() - 2));
    }
}
